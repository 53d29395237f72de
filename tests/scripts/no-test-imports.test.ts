import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Scripts may read fixture files under tests/ by path (data), but import no code from
 * tests/: what scripts and tests share lives in scripts/lib/, and tests import it there.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPTS = join(ROOT, 'scripts');

// Static imports and re-exports (`import … from '…'`, `import '…'`, `export … from '…'`)
// and dynamic ones (`import('…')`).
const SPECIFIERS =
  /(?:^|[;\s])(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g;
// WXT's aliases for the project root.
const ROOT_ALIASES = ['@/', '~/', '@@/', '~~/'];

/** The module specifiers in `source` that point into tests/, for a file at `file`. */
export function testImports(source: string, file: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(SPECIFIERS)) {
    const specifier = (m[1] ?? m[2])!;
    const alias = ROOT_ALIASES.find((a) => specifier.startsWith(a));
    const target = specifier.startsWith('.')
      ? resolve(dirname(file), specifier)
      : alias
        ? join(ROOT, specifier.slice(alias.length))
        : null;
    if (!target) continue; // a package
    const inProject = relative(ROOT, target);
    if (inProject === 'tests' || inProject.startsWith(`tests${sep}`)) found.push(specifier);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?[jt]s|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('scripts/', () => {
  it('imports no code from tests/', () => {
    const files = sourceFiles(SCRIPTS);
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) =>
      testImports(readFileSync(file, 'utf8'), file).map(
        (specifier) => `${relative(ROOT, file)}: ${specifier}`,
      ),
    );
    expect(offending).toEqual([]);
  });

  it('finds imports from tests/ in every form, and lets fixture paths and packages be', () => {
    const file = join(SCRIPTS, 'bench', 'example.ts');
    const source = [
      "import { a } from '../../tests/support/corpus';",
      "import type { B } from '../../tests/e2e/support/chromium';",
      "import '../../tests/setup';",
      "export { c } from '../../tests/support/load-page';",
      "const d = await import('../../tests/e2e/support/server');",
      "import {\n  e,\n  f,\n} from '@/tests/support/seed-labels';",
      "import { g } from '../lib/corpus';",
      "import { chromium } from 'playwright-core';",
      "const data = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/pages/expected.json'));",
      "// import { h } from '../../tests-like/x';",
    ].join('\n');
    expect(testImports(source, file)).toEqual([
      '../../tests/support/corpus',
      '../../tests/e2e/support/chromium',
      '../../tests/setup',
      '../../tests/support/load-page',
      '../../tests/e2e/support/server',
      '@/tests/support/seed-labels',
    ]);
  });
});
