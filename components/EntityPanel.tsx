import { Fragment, type ReactNode } from 'react';
import { entityLists, nameLanguage } from '../utils/entity-lists';
import { LIST_GROUPS, type ListGroup } from '../utils/finance/kinds';
import type { Entity } from '../utils/finance/recognize';
import { formatDateValue } from '../utils/format';
import { dateWords, t, uiLocale } from '../utils/i18n';
import { indicatorFigure, seriesName } from '../utils/indicator-text';

interface Props {
  entities: readonly Entity[];
  /** Highlights on for this site. */
  on: boolean;
  onToggle(on: boolean): void;
  /** Highlights kept in print (a preference for every site); absent until read. */
  printHighlights?: boolean;
  onPrintToggle?(on: boolean): void;
  /** Scroll the page to the entity at this text offset. */
  onReveal(start: number): void;
  /** The reader's watchlist; with `onWatch`, each company gets a star. */
  watchlist?: readonly string[] | null;
  onWatch?(value: string, on: boolean): void;
}

/**
 * The article's companies, policy timeline, documents and indicators, and the
 * per-site switch. One section per list group of the registry, in its order.
 */
export function EntityPanel({
  entities,
  on,
  onToggle,
  printHighlights,
  onPrintToggle,
  onReveal,
  watchlist = null,
  onWatch,
}: Props) {
  const locale = uiLocale();
  const lists = entityLists(entities, watchlist, nameLanguage(locale));
  const day = (value: string) => formatDateValue(value, locale, dateWords);
  const empty =
    !lists.tickers.length &&
    !lists.timeline.length &&
    !lists.docs.length &&
    !lists.indicators.length;
  const sections: Record<ListGroup, () => ReactNode> = {
    companies: () =>
      lists.tickers.length > 0 && (
        <>
          <h2>{t(LIST_GROUPS.companies.heading)}</h2>
          <ul className="tickers" data-testid="ticker-list">
            {lists.tickers.map((row) => (
              <li key={row.value} className={row.watched ? 'watched' : undefined}>
                {onWatch && (
                  <button
                    type="button"
                    className="star"
                    aria-pressed={row.watched}
                    aria-label={t(row.watched ? 'panelUnwatch' : 'panelWatch', row.name)}
                    title={t(row.watched ? 'panelUnwatch' : 'panelWatch', row.name)}
                    // Unstarring removes the entry that covers the row (09988.HK for BABA).
                    onClick={() =>
                      onWatch(row.watched ? (row.watchedAs ?? row.value) : row.value, !row.watched)
                    }
                  >
                    {row.watched ? '★' : '☆'}
                  </button>
                )}
                <button
                  type="button"
                  className="ticker"
                  title={t('panelShowOnPage')}
                  onClick={() => onReveal(row.firstStart)}
                  data-value={row.value}
                >
                  <span className="ticker-name">{row.name}</span>
                  {row.listedAs && (
                    <span className="ticker-listed" title={row.listedAs}>
                      {row.listedAs}
                    </span>
                  )}
                  <span className="ticker-code">{row.value}</span>
                  <span className="ticker-count">{t('panelMentions', String(row.mentions))}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ),
    timeline: () =>
      lists.timeline.length > 0 && (
        <>
          <h2>{t(LIST_GROUPS.timeline.heading)}</h2>
          <ol className="timeline" data-testid="timeline">
            {lists.timeline.map((row) => (
              <li key={`${row.start}`}>
                <button type="button" className="when" onClick={() => onReveal(row.start)}>
                  {row.until ? `${day(row.value)} – ${day(row.until)}` : day(row.value)}
                </button>
                <p className="sentence">{row.sentence}</p>
              </li>
            ))}
          </ol>
        </>
      ),
    documents: () =>
      lists.docs.length > 0 && (
        <>
          <h2>{t(LIST_GROUPS.documents.heading)}</h2>
          <ul className="docs" data-testid="doc-list">
            {lists.docs.map((row) => (
              <li key={row.title}>
                <button type="button" className="doc" onClick={() => onReveal(row.firstStart)}>
                  《{row.title}》
                </button>
                {row.shortForms.length > 0 && (
                  <span className="muted small">
                    {' '}
                    {row.shortForms.map((s) => `《${s}》`).join(' ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ),
    indicators: () =>
      lists.indicators.length > 0 && (
        <>
          <h2>{t(LIST_GROUPS.indicators.heading)}</h2>
          <ul className="indicators" data-testid="indicator-list">
            {lists.indicators.map((group) => (
              <li key={group.series}>
                <span className="indicator-series">{seriesName(group.series, locale)}</span>
                <ul>
                  {group.rows.map((row) => (
                    <li key={row.start}>
                      <button
                        type="button"
                        className="indicator"
                        title={t('panelShowOnPage')}
                        onClick={() => onReveal(row.start)}
                        data-value={row.value}
                      >
                        <span className="indicator-period">{day(row.period)}</span>
                        <span className="indicator-figure">{indicatorFigure(row, locale)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ),
    dates: () =>
      lists.otherDates > 0 && (
        <p className="muted small">{t(LIST_GROUPS.dates.heading, String(lists.otherDates))}</p>
      ),
  };
  return (
    <section className="entities" data-testid="entity-panel">
      <Switch
        label={t('panelHighlightSite')}
        checked={on}
        onChange={onToggle}
        testId="site-switch"
      />
      {printHighlights !== undefined && onPrintToggle && (
        <Switch
          label={t('panelPrintHighlights')}
          checked={printHighlights}
          onChange={onPrintToggle}
          testId="print-switch"
        />
      )}
      {empty && <p className="muted">{t('panelNothing')}</p>}
      {(Object.keys(LIST_GROUPS) as ListGroup[]).map((group) => (
        <Fragment key={group}>{sections[group]()}</Fragment>
      ))}
    </section>
  );
}

function Switch(props: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  testId: string;
}) {
  return (
    <label className="switch">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
        data-testid={props.testId}
      />
      {props.label}
    </label>
  );
}
