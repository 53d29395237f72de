/**
 * Scrolls an element of ours into view and flashes an outline around it, by
 * animation only: no attribute or class is added to the page. `rgb` is the
 * outline's colour as "r, g, b".
 */
export function revealElement(element: Element, rgb: string): void {
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.animate(
    [
      { outline: `3px solid rgba(${rgb}, 0.9)`, outlineOffset: '2px' },
      { outline: `3px solid rgba(${rgb}, 0)`, outlineOffset: '6px' },
    ],
    { duration: 900, iterations: 2 },
  );
}
