import { icsFor } from '../../../utils/cards/ics';
import { relativeToToday } from '../../../utils/cards/relative-date';
import type { DateEntity } from '../../../utils/finance/dates';
import type { IndicatorEntity } from '../../../utils/finance/indicators';
import { ENTITY_KINDS, type CardType, type EntityWithCard } from '../../../utils/finance/kinds';
import type { PolicyDocEntity } from '../../../utils/finance/policy-docs';
import { nameLanguage, preferredName } from '../../../utils/entity-lists';
import { formatDateValue } from '../../../utils/format';
import { parseTickerInput } from '../../../utils/finance/markets';
import { quoteLinks } from '../../../utils/finance/quote-links';
import type { Entity } from '../../../utils/finance/recognize';
import type { TickerEntity } from '../../../utils/finance/tickers';
import { dateWords, t, uiLocale, type MessageKey } from '../../../utils/i18n';
import {
  indicatorFigure,
  regionName,
  seriesName,
  seriesOtherName,
} from '../../../utils/indicator-text';
import { quoteSiteName } from '../../../utils/quote-site-name';

const day = (value: string) => formatDateValue(value, uiLocale(), dateWords);

/**
 * The contents of an entity's card, built with DOM calls only: page text and the
 * engine's values are set as text, never parsed as HTML.
 */
export interface CardContext {
  /** Every entity of the article (for mention counts). */
  all: readonly Entity[];
  now: Date;
  pageTitle: string;
  pageUrl: string;
  /** The quote sites the reader chose (ids of `QUOTE_SITES`). */
  quoteSites?: readonly string[];
}

type Child = Node | string | null | undefined | false;

function el(tag: string, className: string | null, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) if (child) node.append(child);
  return node;
}

type Renderer<C extends CardType> = (entity: EntityWithCard<C>, context: CardContext) => Child[];

/** Every card type's renderer, each typed for the kinds the registry gives that card. */
export const CARD_RENDERERS: { [C in CardType]: Renderer<C> } = {
  company: tickerCard,
  date: dateCard,
  document: policyDocCard,
  indicator: indicatorCard,
};

export function renderCard(entity: Entity, context: CardContext): HTMLElement {
  const render = CARD_RENDERERS[ENTITY_KINDS[entity.kind].card] as Renderer<CardType>;
  const body = render(entity, context);
  const card = el('div', `card ${entity.kind}`, ...body);
  card.setAttribute('role', 'dialog');
  // A dialog needs a name: its title (the shadow root holds one card, so the id is unique).
  const title = card.querySelector('.title');
  if (title) {
    title.id = 'finmark-card-title';
    card.setAttribute('aria-labelledby', title.id);
  }
  card.setAttribute('data-kind', entity.kind);
  return card;
}

function tickerCard(e: TickerEntity, { all, quoteSites }: CardContext): Child[] {
  const mentions = all.filter((x) => x.kind === 'ticker' && x.value === e.value).length;
  // The reader's language first; the other name beside it when the listing has both.
  const lang = nameLanguage(uiLocale());
  const primary = preferredName(e, lang) ?? e.text;
  const secondary = e.zh && e.en ? (lang === 'zh' ? e.en : e.zh) : null;
  const links = el('div', 'links');
  for (const link of quoteLinks(e.value, e.market, quoteSites)) {
    const a = el('a', null, quoteSiteName(link.site));
    a.setAttribute('href', link.url);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
    links.append(a);
  }
  return [
    el('div', 'head', el('span', 'title', primary), secondary && el('span', 'sub', secondary)),
    el('div', 'row code', el('b', null, e.value), ' · ', t(`cardMarket_${e.market}` as MessageKey)),
    el('div', 'row', t('cardMentions', String(mentions))),
    // One company, several listings: the mention is one of them, the card names the rest.
    !!e.listings?.length &&
      el(
        'div',
        'row listings',
        t(
          'cardOtherListings',
          e.listings
            .map((v) => {
              // The exchange from the registry's own reading of a listing's value.
              const market = parseTickerInput(v)?.market ?? 'US';
              return `${v} · ${t(`cardMarket_${market}` as MessageKey)}`;
            })
            .join('; '),
        ),
      ),
    el('div', 'label', t('cardQuotes')),
    links,
  ];
}

function dateCard(e: DateEntity, { now, pageTitle, pageUrl }: CardContext): Child[] {
  const policy = e.kind === 'policy-date';
  const relative = relativeToToday(e.value, now, uiLocale());
  const button = el('button', 'calendar', t('cardAddToCalendar'));
  button.setAttribute('type', 'button');
  button.addEventListener('click', () => {
    const ics = icsFor(
      { value: e.value, until: e.until, title: pageTitle, description: e.sentence, url: pageUrl },
      now,
    );
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    const a = el('a', null);
    a.setAttribute('href', url);
    a.setAttribute('download', `finmark-${e.value}.ics`);
    button.after(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return [
    el(
      'div',
      'head',
      el('span', `tag ${policy ? 'policy' : 'plain'}`, t(policy ? 'cardPolicyDate' : 'cardDate')),
      el('span', 'title', e.until ? `${day(e.value)} – ${day(e.until)}` : day(e.value)),
    ),
    relative && el('div', 'row', relative),
    el('blockquote', 'sentence', e.sentence),
    button,
  ];
}

function policyDocCard(e: PolicyDocEntity): Child[] {
  return [
    el('div', 'head', el('span', 'tag doc', t('cardPolicyDoc'))),
    el('div', 'row title', `《${e.value}》`),
    e.shortFor && el('div', 'row', t('cardShortFor', `《${e.shortFor}》`)),
  ];
}

function indicatorCard(e: IndicatorEntity): Child[] {
  const locale = uiLocale();
  const other = seriesOtherName(e.series, locale);
  const when = formatDateValue(e.period, locale, dateWords);
  return [
    el(
      'div',
      'head',
      el('span', 'tag indicator', t('cardIndicator')),
      el('span', 'title', seriesName(e.series, locale)),
      other && el('span', 'sub', other),
    ),
    el('div', 'row figure', el('b', null, indicatorFigure(e, locale))),
    el('div', 'row period', e.region ? `${when} · ${regionName(e.region)}` : when),
    el('blockquote', 'sentence', e.sentence),
  ];
}

/** The card's look, inside its shadow root: page CSS cannot reach it. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: 340px; min-width: 220px;
  padding: 10px 12px; border-radius: 8px; font: 13px/1.5 system-ui, -apple-system, "PingFang SC",
  "Microsoft YaHei", sans-serif; color: #1f2937; background: #fff; border: 1px solid #d1d5db;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); text-align: left; white-space: normal;
}
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin-bottom: 4px; }
.title { font-weight: 600; font-size: 15px; }
.sub, .label { color: #6b7280; }
.label { margin-top: 6px; font-size: 12px; }
.row { margin: 2px 0; }
.links { display: flex; gap: 12px; flex-wrap: wrap; }
a { color: #1d4ed8; text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.tag { font-size: 11px; padding: 1px 6px; border-radius: 9px; background: #e5e7eb; color: #374151; }
.tag.policy { background: #fde68a; color: #78350f; }
.tag.doc { background: #a7f3d0; color: #064e3b; }
.tag.indicator { background: #e9d5ff; color: #581c87; }
.figure { font-size: 15px; }
.sentence { margin: 6px 0; padding-left: 8px; border-left: 3px solid #d1d5db; color: #374151;
  max-height: 7.5em; overflow: hidden; }
.calendar { font: inherit; padding: 3px 10px; border-radius: 6px; border: 1px solid #9ca3af;
  background: transparent; color: inherit; cursor: pointer; }
.calendar:focus-visible, a:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
/* Last, so it wins over the light rules of the same specificity above. */
@media (prefers-color-scheme: dark) {
  .card { color: #e5e7eb; background: #1f2937; border-color: #374151; }
  .sentence { color: #d1d5db; border-color: #4b5563; }
  .sub, .label { color: #9ca3af; }
  a { color: #93c5fd; }
  .calendar:focus-visible, a:focus-visible { outline-color: #93c5fd; }
}
`;
