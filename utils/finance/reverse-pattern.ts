/**
 * A pattern turned to read a text backwards: it matches the reversed text wherever the
 * given pattern matches the text. A cue on the text before a date is written against
 * the date, ending in `$` ("takes effect on$"), and V8 tries such a pattern from every
 * position of that text: up to 180 characters, for each of dozens of cues and each of
 * thousands of dates. Reversed, the pattern starts with `^` and is tried at the first
 * position only.
 *
 * Only whether a match exists is asked of the reversed pattern: greedy and lazy
 * quantifiers find the same matches in another order, and capture groups are dropped.
 * Backreferences cannot be reversed this way and are refused.
 */
export interface ReversedPattern {
  /** The pattern for the reversed text (sticky when anchored: one attempt, at 0). */
  re: RegExp;
  /** Every alternative of the original pattern ends in `$`. */
  anchored: boolean;
}

interface Part {
  source: string;
  /** The reversed part starts with `^` (the original ends with `$`). */
  anchored: boolean;
}

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;

class Reverser {
  private i = 0;
  constructor(private readonly src: string) {}

  all(): Part {
    const part = this.disjunction();
    if (this.i < this.src.length) throw new SyntaxError(`unbalanced ) in /${this.src}/`);
    return part;
  }

  private disjunction(): Part {
    const branches: Part[] = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.alternative());
    }
    return {
      source: branches.map((b) => b.source).join('|'),
      anchored: branches.every((b) => b.anchored),
    };
  }

  private alternative(): Part {
    const terms: Part[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      terms.push(this.term());
    }
    terms.reverse();
    return { source: terms.map((t) => t.source).join(''), anchored: terms[0]?.anchored ?? false };
  }

  private term(): Part {
    const atom = this.atom();
    const q = QUANTIFIER.exec(this.src.slice(this.i, this.i + 16));
    if (!q) return atom;
    this.i += q[0].length;
    // (a quantified `$` or group may match nothing: no longer an anchor)
    return { source: atom.source + q[0], anchored: false };
  }

  private atom(): Part {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') {
      const start = this.i;
      this.i++;
      if (src[this.i] === '^') this.i++;
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      if (this.i >= src.length) throw new SyntaxError(`unclosed [ in /${src}/`);
      this.i++;
      return { source: src.slice(start, this.i), anchored: false };
    }
    if (c === '\\') {
      const next = src[this.i + 1] ?? '';
      if (/[1-9k]/.test(next)) throw new SyntaxError(`backreference in /${src}/`);
      const length = next === 'u' ? 6 : next === 'x' ? 4 : next === 'c' ? 3 : 2;
      const source = src.slice(this.i, this.i + length);
      this.i += length;
      return { source, anchored: false };
    }
    this.i++;
    if (c === '$') return { source: '^', anchored: true };
    if (c === '^') return { source: '$', anchored: false };
    return { source: c, anchored: false };
  }

  private group(): Part {
    const src = this.src;
    // Lookarounds look the other way once the text is reversed.
    const opens: [string, string][] = [
      ['(?:', '(?:'],
      ['(?=', '(?<='],
      ['(?!', '(?<!'],
      ['(?<=', '(?='],
      ['(?<!', '(?!'],
    ];
    let open = opens.find(([o]) => src.startsWith(o, this.i));
    if (open) this.i += open[0].length;
    else {
      // A capture group, named or not: only whether the pattern matches is asked.
      const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(src.slice(this.i, this.i + 40));
      this.i += named ? named[0].length : 1;
      open = ['(', '(?:'];
    }
    const inner = this.disjunction();
    if (src[this.i] !== ')') throw new SyntaxError(`unclosed ( in /${src}/`);
    this.i++;
    return {
      source: `${open[1]}${inner.source})`,
      anchored: open[0] === '(?:' || open[0] === '(' ? inner.anchored : false,
    };
  }
}

export function reversePattern(re: RegExp): ReversedPattern {
  if (re.flags.includes('u') || re.flags.includes('v')) {
    // (code points would have to be reversed whole; no cue needs these flags)
    throw new SyntaxError(`reversePattern reads no u or v patterns: /${re.source}/${re.flags}`);
  }
  const reversed = new Reverser(re.source).all();
  // (with `m`, a `$` ends any line: the match need not end at the text's end)
  const anchored = reversed.anchored && !re.flags.includes('m');
  const source = reversed.source;
  const flags = re.flags.replace(/[gy]/g, '') + (anchored ? 'y' : '');
  return { re: new RegExp(source, flags), anchored };
}

/** The text read backwards, by UTF-16 code unit (as a pattern without `u` reads it). */
export function reverseText(text: string): string {
  const n = text.length;
  if (n <= SHORT) {
    let reversed = '';
    for (let i = n - 1; i >= 0; i--) reversed += text[i];
    return reversed;
  }
  // A long text in chunks of code units: one string per chunk rather than one per
  // character (and fromCharCode takes at most so many arguments).
  const parts: string[] = [];
  for (let end = n; end > 0; end -= CHUNK) {
    const start = Math.max(0, end - CHUNK);
    const codes = new Uint16Array(end - start);
    for (let k = 0; k < codes.length; k++) codes[k] = text.charCodeAt(end - 1 - k);
    parts.push(String.fromCharCode.apply(null, codes as unknown as number[]));
  }
  return parts.join('');
}
const SHORT = 64;
const CHUNK = 8192;
