import { describe, expect, it } from 'vitest';
import { parseSzseRows, parseSzseXlsx } from '../../../utils/symbol-lists/szse';
import { fixtureBytes } from './support';

const summary = (l: { value: string; zh: string | null; en: string | null; lists: string[] }) => [
  l.value,
  l.zh,
  l.en,
  l.lists.join('|'),
];

describe('Shenzhen Stock Exchange', () => {
  it('reads the A-share workbook by its header names', () => {
    expect(parseSzseXlsx(fixtureBytes('szse-a.xlsx')).map(summary)).toEqual([
      ['000001.SZ', '平安银行', 'Ping An Bank Co., Ltd.', 'SZSE'],
      // "万 科Ａ": inner space removed, full-width A folded.
      ['000002.SZ', '万科A', 'China Vanke Co., Ltd.', 'SZSE'],
      // A number cell 63 padded back to 000063.
      ['000063.SZ', '中兴通讯', 'ZTE Corporation', 'SZSE'],
      ['300750.SZ', '宁德时代', 'Contemporary Amperex Technology Co., Limited', 'SZSE'],
      ['300760.SZ', '迈瑞医疗', null, 'SZSE'],
    ]);
    // 600000 is a Shanghai code: rejected by codeProblem, not thrown.
  });

  it('refuses a sheet without the A股代码 column and a file that is not xlsx', () => {
    expect(() => parseSzseRows([['证券代码', '证券简称']])).toThrow(/no "A股代码" column/);
    expect(() => parseSzseXlsx(new TextEncoder().encode('<html>blocked</html>'))).toThrow(
      /Shenzhen Stock Exchange: the A-share list: the file is not an xlsx workbook/,
    );
  });
});
