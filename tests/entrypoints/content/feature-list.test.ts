// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature } from '../../../entrypoints/content/feature';
import { CONTENT_FEATURES } from '../../../entrypoints/content/feature-list';

/**
 * The meta-test: every file of `features/` that defines a feature is registered
 * under its file name, named in the README's "Content features", and has a unit
 * test at the mirrored path.
 */
const root = join(import.meta.dirname, '../../..');
const featuresDir = join(root, 'entrypoints/content/features');
const featureFiles = readdirSync(featuresDir)
  .filter((file) => /\.tsx?$/.test(file))
  .filter((file) => readFileSync(join(featuresDir, file), 'utf8').includes('defineFeature('));

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = /^### Content features\n([\s\S]*?)(?=^#)/m.exec(readme)?.[1] ?? '';
const listed = [...section.matchAll(/^- `([^`]+)` — /gm)].map((m) => m[1]);

describe('content features', () => {
  it('finds the feature files', () => {
    expect(featureFiles.length).toBeGreaterThan(5);
  });

  it.each(featureFiles)('registers %s under its file name', async (file) => {
    const feature = ((await import(join(featuresDir, file))) as { default?: Feature }).default;
    expect(feature?.id).toBe(basename(file).replace(/\.tsx?$/, ''));
    expect(CONTENT_FEATURES).toContain(feature);
  });

  it('registers nothing twice and nothing that is not a feature file', () => {
    const ids = CONTENT_FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(featureFiles.map((f) => f.replace(/\.tsx?$/, '')).sort());
  });

  it('names every feature in the README, in the order they start', () => {
    expect(listed).toEqual(CONTENT_FEATURES.map((f) => f.id));
  });

  it.each(featureFiles)('has a unit test for %s', (file) => {
    const test = join(
      root,
      'tests/entrypoints/content/features',
      file.replace(/\.tsx?$/, '.test.ts'),
    );
    expect(existsSync(test), test).toBe(true);
  });
});
