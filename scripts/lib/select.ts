import type { Page } from 'playwright-core';

/**
 * Drags the mouse across `sentence` inside the first element matching `selector`,
 * as a reader would, from just before its first character to just after its last.
 */
export async function dragSelect(page: Page, selector: string, sentence: string): Promise<void> {
  // No named functions inside: tsx's loader would wrap them in a helper the page lacks.
  const box = await page.evaluate(
    ({ selector, sentence }) => {
      // The sentence may cross elements (<b>比亚迪</b>, marks): find it in the
      // element's text, then the text nodes holding its first and last characters.
      const root = document.querySelector(selector)!;
      const at = (root.textContent ?? '').indexOf(sentence);
      if (at < 0) throw new Error(`"${sentence}" is not in ${selector}`);
      const rects: DOMRect[] = [];
      for (const offset of [at, at + sentence.length - 1]) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const length = (n as Text).data.length;
          if (offset < seen + length) {
            if (!rects.length) n.parentElement!.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(n, offset - seen);
            range.setEnd(n, offset - seen + 1);
            rects.push(range.getBoundingClientRect());
            break;
          }
          seen += length;
        }
      }
      const [first, last] = rects as [DOMRect, DOMRect];
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { selector, sentence },
  );
  // As a reader would: away from any open card (it closes on Esc), then drag.
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}
