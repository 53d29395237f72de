import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFirstSheet, XlsxError } from '../../../utils/symbol-lists/xlsx';
import { buildXlsx } from '../../fixtures/symbol-lists/make-xlsx';
import { fixtureBytes } from './support';

describe('readFirstSheet', () => {
  it('reads shared strings and numbers, keeping blank cells in their columns', () => {
    const rows = readFirstSheet(fixtureBytes('szse-a.xlsx'));
    expect(rows[0]!.slice(0, 6)).toEqual([
      '板块',
      '公司全称',
      '英文名称',
      '注册地址',
      'A股代码',
      'A股简称',
    ]);
    expect(rows[2]![4]).toBe('000002');
    expect(rows[2]![5]).toBe('万 科Ａ');
    expect(rows[3]![4]).toBe('63'); // a number cell, as written
    // 300760 has no English name: C is blank, the code is still in E.
    expect(rows[5]![2]).toBe('');
    expect(rows[5]![4]).toBe('300760');
    expect(rows[5]![9]).toBe('C 制造业');
  });

  it('places HKEX title rows above the header and fills the blank cells between', () => {
    const rows = readFirstSheet(fixtureBytes('hkex-en.xlsx'));
    expect(rows[0]).toEqual(['List of Securities']);
    expect(rows[1]).toEqual(['Updated as at 09/10/2026']);
    expect(rows[2]![16]).toBe('Trading Currency');
    const tencent = rows.find((r) => r[0] === '00700')!;
    expect(tencent.slice(0, 6)).toEqual([
      '00700',
      'TENCENT',
      'Equity',
      'Equity Securities (Main Board)',
      '100',
      'KYG875721634',
    ]);
    expect(tencent[6]).toBe(''); // Expiry Date left blank in the file
    expect(tencent[16]).toBe('HKD');
    expect(tencent[17]).toBe('80700');
  });

  it('reads inline strings, entities and rich-text runs', () => {
    const inline = buildXlsx(
      [
        ['A & B', 'x<y'],
        [null, 'second'],
      ],
      { inlineStrings: true },
    );
    expect(readFirstSheet(inline)).toEqual([
      ['A & B', 'x<y'],
      ['', 'second'],
    ]);

    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rich = zipSync({
      'xl/sharedStrings.xml': strToU8(
        `<sst xmlns="${ns}"><si><r><t>Tencent </t></r><r><rPr><b/></rPr><t>Holdings</t></r>` +
          `<rPh sb="0" eb="1"><t>テン</t></rPh></si></sst>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="2"><x:c r="C2" t="s"><x:v>0</x:v></x:c>` +
          `<x:c r="D2" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    });
    // No workbook.xml: the reader falls back to the first worksheet; prefixed tags are read.
    expect(readFirstSheet(rich)).toEqual([[], ['', '', 'Tencent Holdings', 'TRUE']]);
  });

  it('throws XlsxError on something that is not a workbook', () => {
    expect(() => readFirstSheet(strToU8('<!DOCTYPE html><html></html>'))).toThrow(XlsxError);
    expect(() => readFirstSheet(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(XlsxError);
    expect(() => readFirstSheet(zipSync({ 'xl/styles.xml': strToU8('<styleSheet/>') }))).toThrow(
      /no worksheet/,
    );
  });
});
