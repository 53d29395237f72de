import type { Quietly } from './page-changes';

/**
 * FinMark's own UI on a page (cards, the selection toolbar, notes): a custom-element
 * host appended outside <body>, its look in its own shadow root so page CSS cannot
 * reach in, and in the page only while shown. Adding and removing it goes through
 * `quietly`, so it never counts as a change of the page.
 */
export interface Overlay {
  readonly host: HTMLElement;
  /** Takes it off the page; safe to call twice. */
  remove(): void;
}

export function showOverlay(
  tag: string,
  mode: ShadowRootMode,
  css: string,
  content: Node,
  quietly: Quietly,
): Overlay {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style, content);
  quietly(() => document.documentElement.append(host));
  let removed = false;
  return {
    host,
    remove() {
      if (removed) return;
      removed = true;
      quietly(() => host.remove());
    },
  };
}
