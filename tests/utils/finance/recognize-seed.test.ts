import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/analyse-article';
import { corpusAvailable, SEED_PAGE } from '../../../scripts/lib/corpus';
import { loadPage } from '../../../scripts/lib/load-page';
import { SEED_COMPANIES, SEED_DATES, SEED_POLICY_DATES } from '../../support/seed-labels';
import { shippedDirectory } from '../../support/shipped-directory';

describe.runIf(corpusAvailable())('recognize on the 财联社 seed article', () => {
  const { text, entities } = analyseArticle(loadPage(SEED_PAGE), shippedDirectory());
  const of = (kind: string) => entities.filter((e) => e.kind === kind);

  it('finds all sixteen companies, by short name, and nothing else', () => {
    const tickers = of('ticker').map((e) => `${e.text} ${e.value}`);
    expect(tickers).toEqual(SEED_COMPANIES.map(([name, value]) => `${name} ${value}`));
  });

  it('finds its dates with the right values, and its policy dates', () => {
    const dates = [...of('date'), ...of('policy-date')];
    expect(new Set(dates.map((d) => d.value))).toEqual(new Set(SEED_DATES));
    expect(
      of('policy-date')
        .map((d) => d.value)
        .sort(),
    ).toEqual([...SEED_POLICY_DATES].sort());
  });

  it('links 《指导意见》 to the guideline it abbreviates', () => {
    const docs = of('policy-doc');
    expect(docs.length).toBeGreaterThan(5);
    expect(new Set(docs.map((d) => d.value))).toEqual(new Set(['关于加强数字政府建设的指导意见']));
  });

  it('gives offsets that point at the text', () => {
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('returns entities in text order', () => {
    const starts = entities.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(entities.map((e) => e.kind))).toEqual(
      new Set(['ticker', 'date', 'policy-date', 'policy-doc']),
    );
  });
});
