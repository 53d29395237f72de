import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../utils/finance/policy-cue';
import { EN_CUES } from '../../../utils/finance/policy-cues-en';
import { ZH_CUES } from '../../../utils/finance/policy-cues-zh';
import { reversePattern, reverseText } from '../../../utils/finance/reverse-pattern';

/** Whether the reversed pattern answers the reversed text as the pattern answers the text. */
function agrees(re: RegExp, text: string): boolean {
  const backward = reversePattern(re).re;
  backward.lastIndex = 0;
  return backward.test(reverseText(text)) === re.test(text);
}

describe('reverseText', () => {
  it('reads short and long texts backwards, code unit by code unit', () => {
    expect(reverseText('')).toBe('');
    expect(reverseText('takes effect on ')).toBe(' no tceffe sekat');
    const long = Array.from({ length: 20_000 }, (_, i) =>
      String.fromCharCode(0x41 + (i % 50)),
    ).join('');
    const reversed = reverseText(long);
    expect(reversed).toHaveLength(long.length);
    expect(reversed).toBe([...long].reverse().join(''));
    expect(reverseText(reversed)).toBe(long);
  });
});

describe('reversePattern', () => {
  it('anchors a pattern whose every alternative ends the text, and no other', () => {
    expect(reversePattern(/\btakes effect on\s+$/i).anchored).toBe(true);
    expect(reversePattern(/(?:from|on)\s+$|\bby\s+the\s+end\s+of\s+$/).anchored).toBe(true);
    expect(reversePattern(/(?:\bfrom\s+$)|(?:\buntil\s+(?:the\s+)?$)/).anchored).toBe(true);
    // an alternative that can end anywhere, a quantified anchor, a multiline anchor
    expect(reversePattern(/from\s+$|\bdeadline\b/).anchored).toBe(false);
    expect(reversePattern(/(?:on\s+$)?/).anchored).toBe(false);
    expect(reversePattern(/\bon\s+$/m).anchored).toBe(false);
    // a sticky pattern only where anchored: one attempt at the first position
    expect(reversePattern(/\bon\s+$/).re.sticky).toBe(true);
    expect(reversePattern(/\bon\b/).re.sticky).toBe(false);
  });

  it('turns lookarounds the other way, keeps classes and escapes, drops captures', () => {
    expect(reversePattern(/(?<=\b[A-Za-z])\.$/).re.source).toBe(String.raw`^\.(?=[A-Za-z]\b)`);
    expect(reversePattern(/\bU(?!\.S)\s+(?=x)$/).re.source).toBe(String.raw`^(?<=x)\s+(?<!S\.)U\b`);
    expect(reversePattern(/([a-c]+)-(?<day>\d{1,2})$/).re.source).toBe(
      String.raw`^(?:\d{1,2})-(?:[a-c]+)`,
    );
    expect(reversePattern(/[^.;\]]{0,60}?\bon$/i).re.source).toBe(String.raw`^no\b[^.;\]]{0,60}?`);
    expect(reversePattern(/\u00e9t\x41$/).re.source).toBe(String.raw`^\x41t\u00e9`);
  });

  it('answers as the pattern does, on texts around every construct it reads', () => {
    const patterns = [
      /\btakes?\s+effect\s+(?:on|from)\s+(?:the\s+)?$/i,
      /\b(?:rates|rule)\s(?:[^.;]|\.(?=[\w-])|(?<=\b[A-Za-z])\.){0,40}?\bon\s+$/,
      /\b(?:rules?|curbs)\b[^.;]{0,20}?(?<!not\s)\bfrom\s+$/i,
      /^\s*[（(][^）)]{1,12}[）)]\s*起$/,
      /(?:自|从)\s*$|截至\s*$/,
      /a{2,3}b?$|^c+/,
    ];
    const texts = [
      '',
      'The rule takes effect on ',
      'the rule TAKES EFFECT FROM THE ',
      'the U.S. rule applies on ',
      'rates near .5 on ',
      'a rule x. on ',
      'a rule of the U.S. on ',
      'curbs apply from ',
      'curbs do not\tfrom ',
      'curbs do not from ',
      '（周二）起',
      '(1)起',
      '新规自 ',
      '截至',
      'caab',
      'aa',
      'xaaaa',
      'ccc rest',
      'effect; on ',
    ];
    for (const re of patterns)
      for (const text of texts) expect(agrees(re, text), `${re} on "${text}"`).toBe(true);
  });

  it('refuses what it cannot reverse', () => {
    expect(() => reversePattern(/(a)\1$/)).toThrow(/backreference/);
    expect(() => reversePattern(/(?<x>a)\k<x>$/)).toThrow(/backreference/);
    expect(() => reversePattern(/a$/u)).toThrow(/u or v/);
  });
});

describe('the policy cues read backwards', () => {
  const patternsOf = (cues: readonly Cue[] | undefined) =>
    (cues ?? []).flatMap((cue) => {
      const { side, re } = cue as { side?: string; re?: RegExp };
      return side === 'before' && re ? [re] : [];
    });
  const patterns = [EN_CUES, ZH_CUES].flatMap((cues) =>
    [cues.never, cues.actBefore, cues.not].flatMap(patternsOf),
  );

  it('are every one anchored (one attempt per date)', () => {
    expect(patterns.length).toBeGreaterThan(20);
    for (const re of patterns) expect(reversePattern(re).anchored, re.source).toBe(true);
  });

  it('answer as read forwards, before every number of the fixture pages', () => {
    // The text before each digit of the project's own fixture pages stands in for the
    // text before a date: finance sentences, with their abbreviations and punctuation.
    const dir = join(__dirname, '../../fixtures/pages');
    const befores: string[] = [];
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .slice(0, 40)) {
      const text = readFileSync(join(dir, file), 'utf8')
        .replace(/<(script|style)[^]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/[ \t]+/g, ' ');
      for (const m of text.matchAll(/(?<!\d)\d/g))
        befores.push(text.slice(Math.max(0, m.index - 180), m.index));
    }
    expect(befores.length).toBeGreaterThan(2000);
    let matched = 0;
    for (const re of patterns) {
      const backward = reversePattern(re).re;
      for (const before of befores) {
        backward.lastIndex = 0;
        const answer = backward.test(reverseText(before));
        if (answer !== re.test(before)) expect.fail(`/${re.source}/ on "${before}"`);
        if (answer) matched++;
      }
    }
    // (the comparison means something only if some texts match)
    expect(matched).toBeGreaterThan(50);
  });
});
