import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../utils/article/text-map';
import { WRAP_FORBIDDEN, wrapText, type TextSpan } from '../../../utils/highlight/wrap-text';

function page(html: string) {
  const { document } = new JSDOM(`<body><div id="r">${html}</div></body>`).window;
  return { document, root: document.getElementById('r')! };
}

/** Wraps every occurrence of each word in `<w-x>`. */
function wrapWords(root: Element, words: string[]) {
  const map = buildTextMap(root);
  const spans: TextSpan[] = [];
  for (const word of words) {
    for (let at = map.text.indexOf(word); at >= 0; at = map.text.indexOf(word, at + 1)) {
      spans.push({ start: at, end: at + word.length });
    }
  }
  return wrapText(map, spans, WRAP_FORBIDDEN, (_, doc) => doc.createElement('w-x'));
}

/** What a hostile page does to a wrapper: replaces it with a text node of its text. */
function unwrapLikeAPage(element: Element) {
  element.replaceWith(element.ownerDocument.createTextNode(element.textContent ?? ''));
}

describe('wrapText', () => {
  it('puts back the very text nodes it replaced', () => {
    const { root } = page('<p>贵州茅台涨超2%，五粮液跟涨</p>');
    const original = root.querySelector('p')!.firstChild;
    const wrapped = wrapWords(root, ['贵州茅台', '五粮液']);
    expect(root.querySelectorAll('w-x')).toHaveLength(2);
    wrapped.remove();
    expect(root.innerHTML).toBe('<p>贵州茅台涨超2%，五粮液跟涨</p>');
    expect(root.querySelector('p')!.firstChild).toBe(original);
  });

  it('never doubles text the page took out of its wrappers (hostile page, issue 14)', () => {
    const { root } = page('<p>招商银行涨逾2%，工商银行跟涨</p><p>贵州茅台收跌</p>');
    const wrapped = wrapWords(root, ['招商银行', '工商银行', '贵州茅台']);
    // The page unwraps one of the two wrappers in the first paragraph and the only one
    // in the second.
    const [first, , third] = root.querySelectorAll('w-x');
    unwrapLikeAPage(first!);
    unwrapLikeAPage(third!);
    wrapped.remove();
    expect(root.textContent).toBe('招商银行涨逾2%，工商银行跟涨贵州茅台收跌');
    // Our wrapper the page left is gone too.
    expect(root.querySelectorAll('w-x')).toHaveLength(0);
  });

  it('leaves text alone when the page removed a wrapped paragraph’s nodes', () => {
    const { root } = page('<p>宁德时代发布新品</p>');
    const p = root.querySelector('p')!;
    const wrapped = wrapWords(root, ['宁德时代']);
    p.replaceChildren('页面自己的文字');
    wrapped.remove();
    expect(root.innerHTML).toBe('<p>页面自己的文字</p>');
  });
});
