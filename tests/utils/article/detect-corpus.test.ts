import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../utils/article/detect';
import {
  corpusAvailable,
  languageGroup,
  loadCorpusManifest,
  SEED_PAGE,
} from '../../../scripts/lib/corpus';
import { loadPage } from '../../../scripts/lib/load-page';

/**
 * Accuracy over the shared corpus of real saved pages, against the MANIFEST's hand
 * labels. Runs where ../shared is present (CI has it); a bare clone skips it and
 * relies on the project's own fixtures.
 */
const available = corpusAvailable();

describe.runIf(available)('detectArticle on ../shared/corpus', () => {
  it('labels Chinese and English pages correctly (≥ 95% each; target 97%)', () => {
    const tally = {
      zh: { right: 0, total: 0 },
      en: { right: 0, total: 0 },
      other: { right: 0, total: 0 },
    };
    const wrong: string[] = [];
    for (const page of loadCorpusManifest()) {
      const info = detectArticle(loadPage(page.path));
      const group = tally[languageGroup(page.lang)];
      group.total++;
      if (info.isArticle === page.isArticle) group.right++;
      else
        wrong.push(
          `${page.file} (label ${page.isArticle ? 'Y' : 'N'}): ${info.reasons.join('; ')}`,
        );
    }
    const pct = (g: { right: number; total: number }) => ((100 * g.right) / g.total).toFixed(1);
    console.log(
      `corpus accuracy — zh: ${tally.zh.right}/${tally.zh.total} (${pct(tally.zh)}%), ` +
        `en: ${tally.en.right}/${tally.en.total} (${pct(tally.en)}%), ` +
        `other: ${tally.other.right}/${tally.other.total} (${pct(tally.other)}%)`,
    );
    if (wrong.length) console.log(`misjudged:\n  ${wrong.join('\n  ')}`);
    expect(tally.zh.total).toBeGreaterThanOrEqual(20);
    expect(tally.en.total).toBeGreaterThanOrEqual(40);
    expect(tally.zh.right / tally.zh.total).toBeGreaterThanOrEqual(0.95);
    expect(tally.en.right / tally.en.total).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the 财联社 seed page', () => {
    const doc = loadPage(SEED_PAGE);
    const info = detectArticle(doc);
    expect(info.isArticle).toBe(true);
    expect(info.siteName).toBe('财联社');
    expect(info.title).toBe('数字政府建设顶层文件落地 2024年或迎爆发期_财联社蜂网电话会议第56期');
    expect(info.lang).toBe('zh-CN');
    expect(info.byline).toBe('付静');
    expect(info.publishedTime?.slice(0, 16)).toBe('2022-07-01T19:14');
    expect(info.publishedTime).toMatch(/\+08:00$/);
    const body = info.root?.textContent ?? '';
    expect(body).toContain('英飞拓拉升触板');
    expect(body).toContain('到2035年');
    for (const outside of ['热门股票', '股友a8k2', '沪ICP备14040942号']) {
      expect(body).not.toContain(outside);
    }
  });
});
