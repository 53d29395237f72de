// `npx tsx scripts/traditional-names.ts [--check]`: writes the Traditional forms of
// every Chinese name in the shipped symbol tables (public/data/symbols/*.tsv) into
// their aliases column — OpenCC's mainland → Hong Kong and mainland → Taiwan
// conversions (腾讯控股 → 騰訊控股, 汇丰控股 → 滙豐控股), so Hong Kong and Taiwan
// pages find the companies the way mainland pages do.
//
// Why precomputed here and not converted when the directory is built: the
// conversion tables (opencc-js/cn2t, ≈ 1.1 MB) would enter the background bundle,
// and converting the ~6,500 names took ≈ 0.75 s to load the tables plus ≈ 0.37 s
// per build; the forms written into the tables cost ≈ 60 KB of TSV (≈ 4,800
// aliases) and nothing at run time beyond their automaton states.
//
// Idempotent: a form the row already has, or that another company already owns, is
// not added; `~` (an ordinary word, needs context) carries over to its forms. Run
// it again after editing a table; `--check` exits 1 when a table lacks a form.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { Converter as BackConverter } from 'opencc-js/t2cn';
import { SYMBOLS_DIR } from './lib/shipped-directory';

const CONVERTERS = [Converter({ from: 'cn', to: 'hk' }), Converter({ from: 'cn', to: 'tw' })];
const HAN = /[\u3400-\u9fff]/;
// A name already in Traditional characters is not converted again: 萬里揚 would
// come back as 萬裏揚, a form no one writes.
const toMainland = BackConverter({ from: 'hk', to: 'cn' });
const NOTE =
  '# Traditional forms (OpenCC cn→hk, cn→tw) of the Chinese names are appended to the aliases by scripts/traditional-names.ts.';

interface Row {
  file: string;
  line: number;
  cells: string[];
}

const bare = (name: string) => name.trim().replace(/^~\s*/, '');
const namesOf = (cells: string[]) =>
  [cells[2]!, cells[3]!, ...cells[4]!.split('|')].map((n) => n.trim()).filter((n) => bare(n));

/** The forms a table row lacks, `~`-flagged like the name they come from. */
function traditionalForms(
  names: readonly string[],
  takenByOthers: (form: string) => boolean,
): string[] {
  const have = new Set(names.map((n) => bare(n).toLowerCase()));
  const added: string[] = [];
  for (const name of names) {
    const text = bare(name);
    if (!HAN.test(text) || toMainland(text) !== text) continue;
    const forms = CONVERTERS.map((convert) => convert(text));
    // Hong Kong papers print 恒 where OpenCC's standard form is 恆 (恒生, 恒基地產).
    forms.push(...forms.filter((f) => f.includes('恆')).map((f) => f.replaceAll('恆', '恒')));
    for (const form of forms) {
      const key = form.toLowerCase();
      if (have.has(key) || takenByOthers(form)) continue;
      have.add(key);
      added.push(name.startsWith('~') ? `~${form}` : form);
    }
  }
  return added;
}

function main() {
  const check = process.argv.includes('--check');
  const files = readdirSync(SYMBOLS_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(SYMBOLS_DIR, f), 'utf8')]));
  const rows: Row[] = [];
  for (const [file, text] of texts) {
    text.split('\n').forEach((line, i) => {
      const cells = line.split('\t');
      if (!line.startsWith('#') && cells.length === 7) rows.push({ file, line: i, cells });
    });
  }
  // The company a name belongs to: a second listing's same_as, else its own code.
  const companyOf = (r: Row) =>
    r.cells[6]!.trim() || `${r.cells[0]!.trim()}.${r.cells[1]!.trim()}`.replace(/\.US$/, '');
  const owner = new Map<string, string>();
  for (const r of rows) {
    for (const n of namesOf(r.cells)) {
      const key = bare(n).toLowerCase();
      if (!owner.has(key)) owner.set(key, companyOf(r));
    }
  }

  let added = 0;
  let bytes = 0;
  const edits = new Map<string, Map<number, string>>();
  for (const r of rows) {
    const company = companyOf(r);
    const forms = traditionalForms(namesOf(r.cells), (form) => {
      const other = owner.get(form.toLowerCase());
      return other !== undefined && other !== company;
    });
    if (!forms.length) continue;
    for (const f of forms) owner.set(bare(f).toLowerCase(), company);
    added += forms.length;
    bytes += forms.reduce((sum, f) => sum + Buffer.byteLength(f) + 1, 0);
    const cells = [...r.cells];
    cells[4] = [cells[4]!.trim(), ...forms].filter(Boolean).join('|');
    if (!edits.has(r.file)) edits.set(r.file, new Map());
    edits.get(r.file)!.set(r.line, cells.join('\t'));
  }

  console.log(`${added} Traditional forms missing (${(bytes / 1024).toFixed(1)} KB)`);
  if (check) process.exit(added ? 1 : 0);
  for (const [file, lines] of edits) {
    const out = texts
      .get(file)!
      .split('\n')
      .map((line, i) => lines.get(i) ?? line);
    // The note goes after the header comment, once.
    if (!out.includes(NOTE))
      out.splice(
        out.findIndex((l) => !l.startsWith('#')),
        0,
        NOTE,
      );
    writeFileSync(join(SYMBOLS_DIR, file), out.join('\n'));
  }
}

main();
