import { describe, expect, it } from 'vitest';
import { wholeTextTest } from '../../../utils/finance/text-test';

describe('wholeTextTest', () => {
  it('answers for each text, and again for a new one', () => {
    const taiwan = wholeTextTest(/加權指數/);
    expect(taiwan('加權指數收高')).toBe(true);
    expect(taiwan('加權指數收高')).toBe(true);
    expect(taiwan('恒生指數收高')).toBe(false);
    expect(taiwan('加權指數收低')).toBe(true);
  });
});
