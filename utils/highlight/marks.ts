import type { TextMap } from '../article/text-map';
import { WRAP_FORBIDDEN, wrapText } from './wrap-text';

/**
 * Wraps spans of the article's text in `<finmark-mark data-finmark-kind
 * data-finmark-value>` elements, one per text node a span crosses (英<b>飞拓</b> gets
 * two marks with the same attributes). This markup is a public contract: tests and
 * readers' own CSS rely on it.
 *
 * See `wrapText` for how the DOM is changed and restored exactly.
 */
export const MARK_TAG = 'finmark-mark';

export interface MarkSpec {
  start: number;
  end: number;
  kind: string;
  value: string;
  /** On the reader's watchlist: drawn with `data-finmark-watched`. */
  watched?: boolean;
}

export interface DrawnMarks {
  /** Every mark element, in text order, with the spec it draws. */
  readonly marks: readonly { element: HTMLElement; spec: MarkSpec }[];
  /** Restores every replaced text node; safe to call twice. */
  remove(): void;
}

/** Where a mark must never go: form fields, editors, code, vector art, our own UI. */
const FORBIDDEN = `${WRAP_FORBIDDEN}, finmark-mark, finmark-clip, finmark-card`;

/** Present on marks that keep their look in print (the reader's preference). */
export const PRINT_ATTRIBUTE = 'data-finmark-print';

export interface DrawOptions {
  /** Marks stay visible when the page is printed. */
  printable?: boolean;
  /** The tint of each kind (`data-finmark-tint`); marks.css has a default look. */
  tints?: Readonly<Record<string, string>>;
}

export function drawMarks(
  map: TextMap,
  specs: readonly MarkSpec[],
  options: DrawOptions = {},
): DrawnMarks {
  const wrapped = wrapText(map, specs, FORBIDDEN, (spec, doc) => {
    const element = doc.createElement(MARK_TAG);
    element.setAttribute('data-finmark-kind', spec.kind);
    element.setAttribute('data-finmark-value', spec.value);
    if (spec.watched) element.setAttribute('data-finmark-watched', '');
    const tint = options.tints?.[spec.kind];
    if (tint) element.setAttribute(TINT_ATTRIBUTE, tint);
    // Focusable, so a keyboard reader can open the mark's card too.
    element.setAttribute('tabindex', '0');
    if (options.printable) element.setAttribute(PRINT_ATTRIBUTE, '');
    return element;
  });
  return { marks: wrapped.wrappers, remove: wrapped.remove };
}

export const TINT_ATTRIBUTE = 'data-finmark-tint';

/** Gives marks already drawn the reader's new tints. */
export function setTints(drawn: DrawnMarks, tints: Readonly<Record<string, string>>): void {
  for (const { element, spec } of drawn.marks) {
    const tint = tints[spec.kind];
    if (tint) element.setAttribute(TINT_ATTRIBUTE, tint);
    else element.removeAttribute(TINT_ATTRIBUTE);
  }
}

/** Applies the print preference to marks already drawn. */
export function setPrintable(drawn: DrawnMarks, printable: boolean): void {
  for (const { element } of drawn.marks) {
    if (printable) element.setAttribute(PRINT_ATTRIBUTE, '');
    else element.removeAttribute(PRINT_ATTRIBUTE);
  }
}
