import { describe, expect, it } from 'vitest';
import { eachMatch } from '../../../utils/finance/each-match';

const starts = (text: string, re: RegExp, notAfter: RegExp | null) => {
  const found: string[] = [];
  eachMatch(text, re, notAfter, (m) => found.push(`${m.index}:${m[0]}`));
  return found;
};

describe('eachMatch', () => {
  it('skips matches after a forbidden character, retrying one character later', () => {
    // "12月": rejected at "1" (after 3) and at "2" (after 1); "5月" stands alone.
    expect(starts('312月，5月', /(1[0-2]|[1-9])月/g, /\d/)).toEqual(['5:5月']);
    expect(starts('sh600519 xsh600000', /sh(\d{6})/g, /[a-z]/)).toEqual(['0:sh600519']);
  });

  it('does not stall on empty matches', () => {
    expect(starts('ab', /x*/g, null)).toEqual([]);
  });
});
