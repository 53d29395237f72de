import { describe, expect, it } from 'vitest';
import { exMarkedNames } from '../../../utils/finance/ex-marked-names';
import { matchTickers } from '../../../utils/finance/tickers';
import { shippedDirectory } from '../../support/shipped-directory';

const shipped = shippedDirectory();
const names = (text: string) =>
  exMarkedNames(text, shipped).map((n) => [text.slice(n.start, n.end), n.listing.value]);

describe('exMarkedNames', () => {
  it('reads the ex-dividend and ex-rights marks before a short name cut to fit', () => {
    expect(names('XD贵州茅跌1%，XD招商银涨0.5%，XR中国平、DR长江电持平，XD万科A下跌。')).toEqual([
      ['XD贵州茅', '600519.SH'],
      ['XD招商银', '600036.SH'],
      ['XR中国平', '601318.SH'],
      ['DR长江电', '600900.SH'],
      ['XD万科A', '000002.SZ'],
    ]);
  });

  it('takes no head two companies share, no mark inside a Latin word and no text without one', () => {
    // 中国 opens hundreds of short names; XD is part of a longer Latin word in MXD
    expect(names('XD中国下跌。MXD招商银。')).toEqual([]);
    expect(names('贵州茅台今日上涨。')).toEqual([]);
  });

  it('makes the marked name a company mention in matchTickers', () => {
    expect(matchTickers('XD贵州茅收跌1.2%。', shipped).map((e) => [e.text, e.value])).toEqual([
      ['XD贵州茅', '600519.SH'],
    ]);
  });
});
