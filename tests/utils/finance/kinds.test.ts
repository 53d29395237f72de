import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CARD_RENDERERS } from '../../../entrypoints/content/features/card-view';
import { INDICATOR_SERIES } from '../../../utils/finance/indicator-series';
import type { IndicatorEntity } from '../../../utils/finance/indicators';
import {
  ENTITY_KINDS,
  KIND_NAMES,
  LIST_GROUPS,
  type EntityKind,
} from '../../../utils/finance/kinds';
import type { Entity } from '../../../utils/finance/recognize';
import { DEFAULT_TINTS, HIGHLIGHT_KINDS, TINTS } from '../../../utils/highlight/tints';
import { REGIONS, seriesKey } from '../../../utils/indicator-text';
import { DEFAULT_PREFERENCES } from '../../../utils/storage';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const locales = {
  en: JSON.parse(read('public/_locales/en/messages.json')) as Record<string, unknown>,
  zh_CN: JSON.parse(read('public/_locales/zh_CN/messages.json')) as Record<string, unknown>,
};
const marksCss = read('assets/marks.css');

function expectInBothLocales(key: string, what: string) {
  for (const [lang, messages] of Object.entries(locales))
    expect(messages[key], `${what}: ${key} in ${lang}`).toBeDefined();
}

describe('the entity-kind registry', () => {
  it('has exactly the kinds the engine can produce', () => {
    // Checked by tsc (vitest only runs it): the `satisfies` in kinds.ts refuses a
    // missing kind; this refuses one the engine no longer makes.
    expectTypeOf<keyof typeof ENTITY_KINDS>().toEqualTypeOf<Entity['kind']>();
    expect(KIND_NAMES).toEqual(Object.keys(ENTITY_KINDS));
    expect(HIGHLIGHT_KINDS).toEqual(KIND_NAMES);
  });

  describe.each(KIND_NAMES)('%s', (kind: EntityKind) => {
    const spec = ENTITY_KINDS[kind];

    it('has a tint that marks.css draws, and is the default tint and switch', () => {
      expect(TINTS).toContain(spec.tint);
      expect(marksCss).toContain(`finmark-mark[data-finmark-tint='${spec.tint}'] {`);
      expect(DEFAULT_TINTS[kind]).toBe(spec.tint);
      expect(DEFAULT_PREFERENCES.tints[kind]).toBe(spec.tint);
      expect(DEFAULT_PREFERENCES.kinds[kind]).toBe(spec.on);
    });

    it('has a card renderer and a list group', () => {
      expect(typeof CARD_RENDERERS[spec.card]).toBe('function');
      expect(Object.keys(LIST_GROUPS)).toContain(spec.list);
    });

    it('has its name, its sample and its list heading in both locales', () => {
      expectInBothLocales(spec.name, 'name');
      expectInBothLocales(spec.sample, 'sample');
      expectInBothLocales(LIST_GROUPS[spec.list].heading, 'list heading');
    });

    it('is scored as kinds that exist', () => {
      for (const as of spec.scoredAs) expect(KIND_NAMES).toContain(as);
    });
  });

  it('gives each default tint to one kind only, so kinds tell apart at a glance', () => {
    const tints = KIND_NAMES.map((kind) => ENTITY_KINDS[kind].tint);
    expect(new Set(tints).size).toBe(tints.length);
  });
});

describe('indicator messages', () => {
  it('name every series in both locales', () => {
    expect(INDICATOR_SERIES.map((s) => s.id)).toContain('LPR-5Y');
    for (const { id } of INDICATOR_SERIES) expectInBothLocales(seriesKey(id), 'series');
  });

  it('name every region and every basis a figure can have', () => {
    expectTypeOf<(typeof REGIONS)[number]>().toEqualTypeOf<
      NonNullable<IndicatorEntity['region']>
    >();
    for (const region of REGIONS) expectInBothLocales(`region_${region}`, 'region');
    const bases = ['yoy', 'mom', 'qoq', 'change'] as const satisfies readonly Exclude<
      IndicatorEntity['basis'],
      'level'
    >[];
    expectTypeOf<(typeof bases)[number]>().toEqualTypeOf<
      Exclude<IndicatorEntity['basis'], 'level'>
    >();
    for (const basis of bases) expectInBothLocales(`indicatorBasis_${basis}`, 'basis');
  });
});
