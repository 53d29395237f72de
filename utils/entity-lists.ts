import type { DateEntity } from './finance/dates';
import type { IndicatorEntity } from './finance/indicators';
import { ENTITY_KINDS, inGroup, type EntityInGroup, type ListGroup } from './finance/kinds';
import type { PolicyDocEntity } from './finance/policy-docs';
import type { Entity } from './finance/recognize';
import type { TickerEntity } from './finance/tickers';

/**
 * What the popup lists about an article, derived from its entities: companies by
 * how often they are named, the policy timeline in date order, the policy
 * documents cited and the indicators by series. Which list an entity goes to is
 * its kind's `list` in the registry (finance/kinds.ts). Pure, so the popup's logic
 * is tested without a browser.
 */
export interface TickerRow {
  value: string;
  /** The name as the article first writes it (二三四五). */
  name: string;
  /** The directory's name when it differs (岩山科技, the company's name today). */
  listedAs: string | null;
  market: TickerEntity['market'];
  mentions: number;
  /** Text offset of the first mention (what "show on the page" scrolls to). */
  firstStart: number;
  /** On the reader's watchlist: listed first. */
  watched: boolean;
  /** The watchlist entry that covers this company, when one does (what unstarring removes). */
  watchedAs: string | null;
}

export interface TimelineRow {
  value: string;
  until?: string;
  text: string;
  sentence: string;
  start: number;
}

export interface DocRow {
  title: string;
  shortForms: string[];
  firstStart: number;
}

/** One figure of a series: its period and the figure as the engine read it. */
export type IndicatorRow = Pick<
  IndicatorEntity,
  'value' | 'period' | 'figure' | 'unit' | 'basis' | 'region' | 'start'
>;

export interface IndicatorSeries {
  /** Series id (`CPI`, `LPR-1Y`). */
  series: string;
  /** By period, then by position; a figure repeated for the same period is listed once. */
  rows: IndicatorRow[];
}

export interface EntityLists {
  tickers: TickerRow[];
  timeline: TimelineRow[];
  docs: DocRow[];
  /** In the order the article first names each series. */
  indicators: IndicatorSeries[];
  /** Dates not tied to a policy act (counted, not listed). */
  otherDates: number;
}

export type NameLanguage = 'zh' | 'en';

/** The reader's language for company names: Chinese for a zh UI, English otherwise. */
export function nameLanguage(locale: string): NameLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A listing's name in the reader's language, or in the other when it has only that. */
export function preferredName(e: TickerEntity, lang: NameLanguage): string | null {
  return lang === 'zh' ? (e.zh ?? e.en ?? e.name) : (e.en ?? e.zh ?? e.name);
}

/** How many different listed companies the entities name (the badge's number). */
export function distinctTickers(entities: readonly Entity[]): number {
  return new Set(entities.filter((e) => inGroup(e, 'companies')).map((e) => e.value)).size;
}

/** The automatic tags of a quote: its distinct tickers and dates, in text order. */
export function quoteTags(entities: readonly Entity[]): { tickers: string[]; dates: string[] } {
  const tickers = new Set<string>();
  const dates = new Set<string>();
  for (const e of entities) {
    if (inGroup(e, 'companies')) tickers.add(e.value);
    else if (inGroup(e, 'timeline') || inGroup(e, 'dates')) dates.add(e.value);
  }
  return { tickers: [...tickers], dates: [...dates] };
}

/**
 * `watchlist`, when given, decides which rows are starred: the popup passes the
 * stored one, which follows a star at once, while the entities' own flag comes from
 * the last recognition.
 */
export function entityLists(
  entities: readonly Entity[],
  watchlist: readonly string[] | null = null,
  lang: NameLanguage = 'zh',
): EntityLists {
  const tickers = new Map<string, TickerRow>();
  const docs = new Map<string, DocRow>();
  const timeline: TimelineRow[] = [];
  const indicators = new Map<string, IndicatorSeries>();
  let otherDates = 0;
  // One collector per group, each typed for the kinds the registry puts in it.
  const collect: { [G in ListGroup]: (e: EntityInGroup<G>) => void } = {
    companies: (e) => addTicker(tickers, e, watchlist, lang),
    timeline: (e) => addTimelineRow(timeline, e),
    documents: (e) => addDoc(docs, e),
    indicators: (e) => addIndicator(indicators, e),
    dates: () => otherDates++,
  };
  for (const e of entities) {
    (collect[ENTITY_KINDS[e.kind].list] as (e: Entity) => void)(e);
  }
  return {
    tickers: [...tickers.values()].sort(
      (a, b) =>
        Number(b.watched) - Number(a.watched) ||
        b.mentions - a.mentions ||
        a.firstStart - b.firstStart,
    ),
    // Chronological; value strings of mixed precision sort by their start (2025 < 2025-03).
    timeline: timeline.sort((a, b) =>
      a.value < b.value ? -1 : a.value > b.value ? 1 : a.start - b.start,
    ),
    docs: [...docs.values()],
    indicators: [...indicators.values()].map((group) => ({
      ...group,
      rows: group.rows.sort((a, b) =>
        a.period < b.period ? -1 : a.period > b.period ? 1 : a.start - b.start,
      ),
    })),
    otherDates,
  };
}

function addTicker(
  rows: Map<string, TickerRow>,
  e: TickerEntity,
  watchlist: readonly string[] | null,
  lang: NameLanguage,
): void {
  const row = rows.get(e.value);
  if (row) row.mentions++;
  else {
    const listed = preferredName(e, lang);
    const written = e.form === 'name' ? e.text : (listed ?? e.text);
    rows.set(e.value, {
      value: e.value,
      name: written,
      listedAs:
        listed && e.form === 'name' && listed.toLowerCase() !== written.toLowerCase()
          ? listed
          : null,
      market: e.market,
      mentions: 1,
      firstStart: e.start,
      watched: watchlist
        ? watchlist.includes(e.value) || (!!e.watchedAs && watchlist.includes(e.watchedAs))
        : e.watched === true,
      watchedAs: watchlist?.includes(e.value) ? e.value : (e.watchedAs ?? null),
    });
  }
}

function addDoc(rows: Map<string, DocRow>, e: PolicyDocEntity): void {
  const row = rows.get(e.value) ?? { title: e.value, shortForms: [], firstStart: e.start };
  if (e.shortFor && !row.shortForms.includes(e.shortFor)) row.shortForms.push(e.shortFor);
  rows.set(e.value, row);
}

function addIndicator(groups: Map<string, IndicatorSeries>, e: IndicatorEntity): void {
  const group = groups.get(e.series) ?? { series: e.series, rows: [] };
  groups.set(e.series, group);
  const same = (r: IndicatorRow) =>
    r.value === e.value && r.basis === e.basis && r.unit === e.unit && r.figure === e.figure;
  if (group.rows.some(same)) return;
  const row: IndicatorRow = {
    value: e.value,
    period: e.period,
    figure: e.figure,
    unit: e.unit,
    basis: e.basis,
    start: e.start,
  };
  if (e.region) row.region = e.region;
  group.rows.push(row);
}

/**
 * A date glossed in brackets (下周一（6月23日）, Tuesday (Dec. 9)) is two mentions of one
 * day in one sentence: the timeline shows that event once.
 */
function addTimelineRow(rows: TimelineRow[], e: DateEntity): void {
  const same = (r: TimelineRow) =>
    r.value === e.value && r.until === e.until && r.sentence === e.sentence;
  if (!rows.some(same)) rows.push(timelineRow(e));
}

function timelineRow(e: DateEntity): TimelineRow {
  const row: TimelineRow = { value: e.value, text: e.text, sentence: e.sentence, start: e.start };
  if (e.until) row.until = e.until;
  return row;
}
