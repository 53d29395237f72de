import { describe, expect, it } from 'vitest';
import { firstWordMentions, introducedNames } from '../../../utils/finance/introduced-names';
import { matchTickers } from '../../../utils/finance/tickers';
import { smallDirectory } from './small-directory';

const codeIn = (text: string, code: string) => {
  const start = text.indexOf(code);
  return { start, end: start + code.length, value: code };
};
const mentioned = (text: string, code: string) =>
  introducedNames(text, [codeIn(text, code)]).mentions.map((m) => text.slice(m.start, m.end));

describe('introducedNames', () => {
  it('takes the capitalised words before the bracket as the name, suffix and lead word left out', () => {
    const text =
      'Shares of Zeta Widgets Inc. (NYSE: ZWX) fell. Zeta Widgets said it would cut jobs.';
    const { nameStarts } = introducedNames(text, [codeIn(text, 'ZWX')]);
    expect(text.slice(nameStarts[0])).toMatch(/^Zeta Widgets Inc\./);
    expect(mentioned(text, 'ZWX')).toEqual(['Zeta Widgets']);
  });

  it('leaves out a legal form written without its full stop, and keeps Group', () => {
    const text = 'Acme Widgets Inc (NASDAQ: ACMW) jumped. Acme Widgets said demand held.';
    const { nameStarts } = introducedNames(text, [codeIn(text, 'ACMW')]);
    expect(nameStarts[0]).toBe(0);
    expect(mentioned(text, 'ACMW')).toEqual(['Acme Widgets']);
    // an initialism is a name with its legal form ("XYZ Corp"), not a bare one of two letters
    expect(mentioned('XYZ Corp (NYSE: XYZC) fell. XYZ cut jobs.', 'XYZC')).toEqual(['XYZ']);
    expect(mentioned('AB Corp (NYSE: ABCO) fell. AB cut jobs.', 'ABCO')).toEqual([]);
    expect(mentioned('Quill Group (NYSE: QLG) fell. Quill Group cut jobs.', 'QLG')).toEqual([
      'Quill Group',
    ]);
  });

  it('counts the first word alone only when it is no everyday word', () => {
    const text = 'Activision Blizzard (ATVI 0.34%) rose. Later, Activision said sales grew.';
    expect(mentioned(text, 'ATVI')).toEqual(['Activision']);
    const general = 'American Outdoor Brands (NASDAQ: AOUT) fell; American stocks rose.';
    expect(mentioned(general, 'AOUT')).toEqual([]);
  });

  it('finds no name in a bare bracket, an initialism or inside a longer word', () => {
    expect(
      introducedNames('Its code (NYSE: ZWX) is new.', [codeIn('Its code (NYSE: ZWX)', 'ZWX')]),
    ).toEqual({ nameStarts: [undefined], mentions: [] });
    expect(mentioned('IBM (NYSE: IBMX) rose. IBM fell.', 'IBMX')).toEqual([]);
    expect(mentioned('Zeta Widgets (NYSE: ZWX) rose. Zeta Widgetsmith fell.', 'ZWX')).toEqual([]);
  });
});

describe('introducedNames on a page that repeats its codes', () => {
  it('looks for each name once and finds every mention but those written with a code', () => {
    const row = 'Zeta Widgets (NYSE: ZWX) rose. ';
    const text = `${row.repeat(50)}Zeta Widgets said more.`;
    const codes = [...text.matchAll(/ZWX/g)].map((m) => ({
      start: m.index,
      end: m.index + 3,
      value: 'ZWX',
    }));
    const { nameStarts, mentions } = introducedNames(text, codes);
    expect(nameStarts.filter((s) => s !== undefined)).toHaveLength(50);
    expect(mentions).toEqual([
      { start: text.lastIndexOf('Zeta'), end: text.lastIndexOf('Zeta') + 12, value: 'ZWX' },
    ]);
  });
});

describe('introducedNames with several names', () => {
  it('finds each name and first word with its own code, a shorter name inside a longer one included', () => {
    const text =
      'Zeta Widgets (NYSE: ZWX) and Zeta Widgets Global (NYSE: ZWG) rose; Quorvex Labs ' +
      '(NASDAQ: QVX) fell. Zeta Widgets Global said more, Zeta Widgets less, Quorvex nothing.';
    const { mentions } = introducedNames(text, [
      codeIn(text, 'ZWX'),
      codeIn(text, 'ZWG'),
      codeIn(text, 'QVX'),
    ]);
    const found = mentions.map((m) => [text.slice(m.start, m.end), m.value]);
    expect(found).toContainEqual(['Zeta Widgets Global', 'ZWG']);
    expect(found).toContainEqual(['Quorvex', 'QVX']);
    // "Zeta Widgets" inside "Zeta Widgets Global" is found too: matchTickers keeps the longer.
    expect(found.filter(([, v]) => v === 'ZWX')).toHaveLength(3);
    const marks = matchTickers(text, smallDirectory()).map((e) => [e.text, e.value]);
    expect(marks.slice(3)).toEqual([
      ['Zeta Widgets Global', 'ZWG'],
      ['Zeta Widgets', 'ZWX'],
      ['Quorvex', 'QVX'],
    ]);
  });
});

describe('matchTickers with names the page introduces', () => {
  const directory = smallDirectory();
  const marks = (text: string) => matchTickers(text, directory).map((e) => [e.text, e.value]);

  it('joins the name to an unknown code and marks its later mentions', () => {
    expect(
      marks(
        'Activision Blizzard (ATVI 0.34%) and Amazon (AMZN 1.2%) led. Activision Blizzard said sales rose.',
      ),
    ).toEqual([
      ['Activision Blizzard (ATVI 0.34%)', 'ATVI'],
      ['Amazon (AMZN 1.2%)', 'AMZN'],
      ['Activision Blizzard', 'ATVI'],
    ]);
  });

  it('reads no quote widget in a statistic’s own move or a bare figure', () => {
    expect(marks('Inflation (CPI 3.1%) rose.')).toEqual([]);
    expect(marks('The index rose (3.1%) today.')).toEqual([]);
  });
});

describe('firstWordMentions', () => {
  const mentionsIn = (text: string, names: [string, string][]) =>
    firstWordMentions(
      text,
      names.map(([name, value]) => {
        const start = text.indexOf(name);
        return { start, end: start + name.length, value };
      }),
    ).map((m) => [text.slice(m.start, m.end), m.value]);

  it('finds the first word of a name the page wrote in full, after it', () => {
    expect(
      mentionsIn('Constellation Energy rose. Constellation said it would wait.', [
        ['Constellation Energy', 'CEG'],
      ]),
    ).toEqual([['Constellation', 'CEG']]);
  });

  it('leaves the word before the full name, an everyday first word, and a word two names share', () => {
    expect(
      mentionsIn('Constellation gained. Constellation Energy rose.', [
        ['Constellation Energy', 'CEG'],
      ]),
    ).toEqual([]);
    expect(mentionsIn('General Motors rose. General said.', [['General Motors', 'GM']])).toEqual(
      [],
    );
    expect(
      mentionsIn('Dollar General and Dollar Tree fell. Dollar sales rose.', [
        ['Dollar General', 'DG'],
        ['Dollar Tree', 'DLTR'],
      ]),
    ).toEqual([]);
  });
});
