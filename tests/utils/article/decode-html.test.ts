import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../utils/article/decode-html';

// "证券时报" in GBK bytes. (Two characters alone, D6A4 C8AF, happen to be valid
// UTF-8; real pages are long enough that GBK text never is.)
const GBK_ZHENGQUAN = [0xd6, 0xa4, 0xc8, 0xaf, 0xca, 0xb1, 0xb1, 0xa8];
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('decodes real GBK bytes by the declared charset', () => {
    const bytes = new Uint8Array([
      ...ascii('<meta charset="gbk"><p>'),
      ...GBK_ZHENGQUAN,
      ...ascii('</p>'),
    ]);
    const decoded = decodeHtml(bytes);
    expect(decoded.text).toContain('<p>证券时报</p>');
    expect(decoded.charset).toBe('gb18030');
  });

  it('trusts valid UTF-8 over a GB2312 declaration the page does not use', () => {
    const bytes = new TextEncoder().encode('<meta charset="gb2312"><p>证券时报</p>');
    const decoded = decodeHtml(bytes);
    expect(decoded.text).toContain('证券时报');
    expect(decoded).toMatchObject({ charset: 'utf-8', declared: 'gb2312' });
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes', () => {
    const decoded = decodeHtml(new Uint8Array([...ascii('<p>caf'), 0xe9, ...ascii('</p>')]));
    expect(decoded.text).toBe('<p>café</p>');
  });

  it('honours a UTF-16 byte order mark', () => {
    const body = '<p>A股</p>';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      bytes[2 + i * 2] = code & 0xff;
      bytes[3 + i * 2] = code >> 8;
    }
    expect(decodeHtml(bytes).text).toBe(body);
  });
});
