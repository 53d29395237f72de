import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../utils/article/article-text';

describe('articleText', () => {
  it('separates blocks, keeps inline runs together and leaves scripts out', () => {
    const { document } =
      new JSDOM(`<div id="r"><h2>跻身前20</h2><p>9月25日，<b>联合国</b>发布报告。</p>
      <script>var x = "2024年";</script><ul><li>Apple</li><li>Tesla</li></ul></div>`).window;
    expect(articleText(document.getElementById('r')!)).toBe(
      '跻身前20\n9月25日，联合国发布报告。\nApple\nTesla',
    );
  });
});
