import { describe, expect, it } from 'vitest';
import { parseBseList } from '../../../utils/symbol-lists/bse';
import { fixtureText } from './support';

const summary = (l: { value: string; zh: string | null; en: string | null; lists: string[] }) => [
  l.value,
  l.zh,
  l.en,
  l.lists.join('|'),
];

describe('Beijing Stock Exchange', () => {
  it('unwraps null(...) and reads codes and short names', () => {
    expect(parseBseList(fixtureText('bse-page0.txt')).map(summary)).toEqual([
      ['920185.BJ', '贝特瑞', null, 'BSE'],
      ['920799.BJ', '艾融软件', null, 'BSE'],
    ]);
    // An older 83xxxx code is still a BSE code; 400001 is not and is left out.
    expect(parseBseList(fixtureText('bse-page1.txt')).map(summary)).toEqual([
      ['831010.BJ', '凯添燃气', null, 'BSE'],
    ]);
  });

  it('refuses an answer without content', () => {
    expect(() => parseBseList('null([{"totalPages":1}])')).toThrow(
      /Beijing Stock Exchange: .*"content"/,
    );
  });
});
