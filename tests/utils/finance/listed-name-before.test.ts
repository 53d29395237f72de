import { describe, expect, it } from 'vitest';
import { isInitialism, listedNameBefore } from '../../../utils/finance/listed-name-before';

// Where the name before the bracket starts, as the words it keeps.
function nameOf(text: string): string | null {
  const open = text.indexOf('(');
  const code = text.slice(open + 1, text.indexOf(')'));
  const start = listedNameBefore(text, open, code, text);
  return start === null ? null : text.slice(start, open).trim();
}

describe('listedNameBefore', () => {
  it.each([
    ['Femsa (FMX) also trades in New York.', 'Femsa'],
    [
      'Airport operator Grupo Aeroportuario del Sureste (ASR) rose 2%.',
      'Grupo Aeroportuario del Sureste',
    ],
    ['But Itau Unibanco (ITUB) slipped 0.7%.', 'Itau Unibanco'],
  ])('%s → the name is %s', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  it.each([
    // the capitals are the name's initials
    'The Financial Industry Regulatory Authority (FINRA) fined brokers whose shares fell.',
    'The American Petroleum Institute (API) said stocks fell.',
    'The Organisation for Economic Co-operation and Development (OECD) said shares rose.',
    // an index or a fund, not a company
    'The Nasdaq Composite (COMP) rose 1%.',
    // no word of shares or trading in the sentence
    'Femsa (FMX) hired a new chief executive.',
    // no capitalised name before the bracket
    'its preferred receipts (PBR) rose 1%.',
  ])('%s → no listed name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('isInitialism', () => {
  it('reads an organisation’s capitals, and the exact initials of three words', () => {
    expect(isInitialism('SEC', ['Securities', 'Exchange', 'Commission'])).toBe(true);
    expect(isInitialism('FINRA', ['Financial', 'Industry', 'Regulatory', 'Authority'])).toBe(true);
    expect(isInitialism('WTI', ['West', 'Texas', 'Intermediate'])).toBe(true);
  });

  it('leaves a symbol that spells more of the name', () => {
    expect(isInitialism('ITUB', ['Itau', 'Unibanco'])).toBe(false);
    expect(isInitialism('ASR', ['Grupo', 'Aeroportuario', 'Sureste'])).toBe(false);
    expect(isInitialism('FMX', ['Femsa'])).toBe(false);
    expect(isInitialism('GFI', ['Gold', 'Fields'])).toBe(false);
  });
});
