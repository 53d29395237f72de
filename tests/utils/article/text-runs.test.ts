import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serialise } from '../../../utils/article/off-thread-root';
import { hashText, runText, textRuns } from '../../../utils/article/text-runs';

/** A page as a browser holds it: scripting on, so <noscript> holds raw text. */
const parse = (html: string) => new JSDOM(html, { runScripts: 'outside-only' }).window.document;
const texts = (body: Element) => textRuns(body).map(runText);

describe('textRuns', () => {
  it('numbers visible text in document order, skipping blank runs, scripts and styles', () => {
    const doc = parse(
      '<body> <p>One <b>two</b></p>\n<noscript><p>no script</p></noscript><!-- c --><div>three</div>' +
        '<script>var four = 4;</script><style>p { color: red }</style><svg><script>5</script></svg> </body>',
    );
    expect(texts(doc.body)).toEqual(['One', 'two', 'three']);
  });

  it('joins adjacent text nodes a script left, as a parser of their HTML would', () => {
    const live = parse('<body><p id="p">Shares rose</p></body>');
    const p = live.getElementById('p')!;
    p.append(live.createTextNode(' 3% on Monday'), live.createTextNode(''));
    const copy = parse(live.documentElement.outerHTML);
    expect(textRuns(live.body).map((run) => run.length)).toEqual([3]);
    expect(texts(live.body)).toEqual(texts(copy.body));
    expect(texts(copy.body)).toEqual(['Shares rose 3% on Monday']);
  });

  it('splits runs at comments and elements, on both sides alike', () => {
    const live = parse('<body><p>a<!--x-->b<i>c</i>d</p></body>');
    const copy = parse(live.documentElement.outerHTML);
    expect(texts(live.body)).toEqual(['a', 'b', 'c', 'd']);
    expect(texts(copy.body)).toEqual(texts(live.body));
  });

  it('counts the same on a page and on its serialised HTML parsed without scripting', () => {
    const live = parse(
      '<body><p>Before</p><noscript><img src=x><p>Enable JavaScript</p></noscript><p>After</p></body>',
    );
    const copy = new new JSDOM('').window.DOMParser().parseFromString(serialise(live), 'text/html');
    expect(texts(live.body)).toEqual(['Before', 'After']);
    expect(texts(copy.body)).toEqual(['Before', 'After']);
  });
});

describe('hashText', () => {
  it('is stable, unsigned and tells texts apart', () => {
    expect(hashText('央行')).toBe(hashText('央行'));
    expect(hashText('央行')).not.toBe(hashText('央企'));
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a long sentence about markets')).toBeGreaterThanOrEqual(0);
  });
});
