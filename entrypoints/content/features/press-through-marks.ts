import { defineFeature } from '../feature';
import type { Quietly } from './page-changes';

/**
 * Marks and clippings are focusable (tabindex="0") so the keyboard can open their
 * cards and notes. But Chromium starts no text selection when a mouse press lands on
 * a focusable element, and finance text is full of marks: a reader dragging from
 * "比亚迪" to clip a sentence would select nothing. So, for the length of a mouse
 * press, the pressed mark is not focusable; its tabindex comes back on release.
 */
const FOCUSABLE_OURS = 'finmark-mark[tabindex], finmark-clip[tabindex]';

export function letPressesSelectThroughMarks(signal: AbortSignal, quietly: Quietly): void {
  document.addEventListener(
    'mousedown',
    (event) => {
      if (event.button !== 0 || !(event.target instanceof Element)) return;
      const pressed = [...ancestorsMatching(event.target)];
      if (!pressed.length) return;
      const saved = pressed.map((el) => [el, el.getAttribute('tabindex')!] as const);
      quietly(() => saved.forEach(([el]) => el.removeAttribute('tabindex')));
      const restore = () =>
        quietly(() => saved.forEach(([el, value]) => el.setAttribute('tabindex', value)));
      window.addEventListener('mouseup', restore, { once: true, capture: true });
    },
    { capture: true, signal },
  );
}

/** The target and its ancestors that are our focusable wrappers (a mark inside a clip: both). */
function* ancestorsMatching(target: Element): Generator<Element> {
  for (
    let el = target.closest(FOCUSABLE_OURS);
    el;
    el = el.parentElement?.closest(FOCUSABLE_OURS) ?? null
  ) {
    yield el;
  }
}

export default defineFeature({
  id: 'press-through-marks',
  start: ({ quietly }, signal) => letPressesSelectThroughMarks(signal, quietly),
});
