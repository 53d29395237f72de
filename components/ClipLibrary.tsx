import { useVirtualizer } from '@tanstack/react-virtual';
import { clipColourName } from '../utils/clips/colour-name';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  CLIP_COLOURS,
  type ClipColour,
  type Clipping,
  type ClippingChange,
} from '../utils/clips/clipping';
import { ClipTransfer } from './ClipTransfer';
import { filterChoices, filterClippings, type ClipFilters } from '../utils/clips/search';
import { formatDay } from '../utils/format';
import { t, uiLocale } from '../utils/i18n';

/**
 * The clipping library: "This page" and "All clippings", search over quote, note and
 * title, filters, inline notes that save as you type, delete with undo, and a link
 * back to the passage. The list is virtualised: only the rows in view are in the DOM.
 */
interface Props {
  clippings: readonly Clipping[];
  /** The active tab's clipping address and its unplaced clippings (null: no page). */
  pageUrl: string | null;
  notFound: readonly string[];
  deleted: Clipping | null;
  error: string | null;
  onSave(id: string, change: ClippingChange): void;
  onDelete(id: string): void;
  onUndo(): void;
  onOpen(clipping: Clipping): void;
  /** Merges an import file; resolves to the line to show. */
  onImport(text: string): Promise<string>;
}

export function ClipLibrary(props: Props) {
  const { clippings, pageUrl, notFound, deleted, error } = props;
  const [tab, setTab] = useState<'page' | 'all'>(pageUrl ? 'page' : 'all');
  const [filters, setFilters] = useState<ClipFilters>({});
  const shown = useMemo(
    () =>
      filterClippings(clippings, {
        ...filters,
        ...(tab === 'page' && pageUrl ? { url: pageUrl } : {}),
      }),
    [clippings, filters, tab, pageUrl],
  );
  const choices = useMemo(() => filterChoices(clippings), [clippings]);
  const scroller = useRef<HTMLDivElement>(null);
  // useVirtualizer's result changes as the list scrolls, so this component must not be
  // memoised by the React compiler, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 132,
    // The popup's list box, so the first rows render before it has been measured.
    initialRect: { width: 340, height: 340 },
    overscan: 4,
    getItemKey: (i) => shown[i]!.id,
  });
  const set = (change: ClipFilters) => setFilters((f) => ({ ...f, ...change }));
  // The WAI-ARIA tabs pattern: one Tab stop (the chosen tab), arrows, Home and End
  // move between the enabled tabs and choose as they go; the panel is named by its tab.
  const id = useId();
  const tabId = (name: 'page' | 'all') => `${id}-tab-${name}`;
  const enabled = pageUrl ? (['page', 'all'] as const) : (['all'] as const);
  const onTabKey = (event: KeyboardEvent) => {
    const at = enabled.indexOf(tab as never);
    const next = {
      ArrowRight: enabled[(at + 1) % enabled.length],
      ArrowLeft: enabled[(at - 1 + enabled.length) % enabled.length],
      Home: enabled[0],
      End: enabled[enabled.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <section className="library" data-testid="clip-library">
      <div role="tablist" className="tabs" onKeyDown={onTabKey}>
        {(['page', 'all'] as const).map((name) => (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            disabled={name === 'page' && !pageUrl}
            onClick={() => setTab(name)}
          >
            {t(name === 'page' ? 'tabThisPage' : 'tabAllClips')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={tabId(tab)}>
        <div className="filters">
          <input
            type="search"
            placeholder={t('clipsSearch')}
            aria-label={t('clipsSearch')}
            value={filters.query ?? ''}
            onChange={(e) => set({ query: e.currentTarget.value })}
            data-testid="clip-search"
          />
          <FilterSelect
            label={t('clipsFilterTicker')}
            value={filters.ticker}
            options={choices.tickers.map((v) => [v, v])}
            onChange={(ticker) => set({ ticker })}
          />
          <FilterSelect
            label={t('clipsFilterSite')}
            value={filters.site}
            options={choices.sites.map((v) => [v, v])}
            onChange={(site) => set({ site })}
          />
          <FilterSelect
            label={t('clipsFilterColour')}
            value={filters.colour}
            options={CLIP_COLOURS.map((c) => [c, clipColourName(c)])}
            onChange={(colour) => set({ colour: colour as ClipColour | undefined })}
          />
          {choices.tags.length > 0 && (
            <FilterSelect
              label={t('clipsFilterTag')}
              value={filters.tag}
              options={choices.tags.map((v) => [v, v])}
              onChange={(tag) => set({ tag })}
            />
          )}
          <label className="date">
            {t('clipsFilterFrom')}
            <input
              type="date"
              value={filters.from ?? ''}
              onChange={(e) => set({ from: e.currentTarget.value || undefined })}
            />
          </label>
          <label className="date">
            {t('clipsFilterTo')}
            <input
              type="date"
              value={filters.to ?? ''}
              onChange={(e) => set({ to: e.currentTarget.value || undefined })}
            />
          </label>
        </div>
        <ClipTransfer clippings={shown} onImport={props.onImport} />
        {deleted && (
          <p className="undo" role="status">
            {t('clipDeleted')}{' '}
            <button type="button" onClick={props.onUndo}>
              {t('clipUndo')}
            </button>
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {t('clipSaveFailed', error)}
          </p>
        )}
        <p className="muted count">{t('clipsCount', String(shown.length))}</p>
        {shown.length === 0 ? (
          <p className="muted">{clippings.length ? t('clipsNoMatch') : t('clipsNone')}</p>
        ) : (
          <div className="clip-scroller" ref={scroller} data-testid="clip-list">
            <ul style={{ height: rows.getTotalSize(), position: 'relative' }}>
              {rows.getVirtualItems().map((row) => {
                const clipping = shown[row.index]!;
                return (
                  <li
                    key={row.key}
                    data-index={row.index}
                    ref={rows.measureElement}
                    style={{
                      position: 'absolute',
                      top: 0,
                      width: '100%',
                      transform: `translateY(${row.start}px)`,
                    }}
                  >
                    <ClipRow
                      clipping={clipping}
                      missing={notFound.includes(clipping.id)}
                      onSave={props.onSave}
                      onDelete={props.onDelete}
                      onOpen={props.onOpen}
                    />
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

interface RowProps {
  clipping: Clipping;
  missing: boolean;
  onSave(id: string, change: ClippingChange): void;
  onDelete(id: string): void;
  onOpen(clipping: Clipping): void;
}

/** One clipping; its note saves half a second after the reader stops typing. */
function ClipRow({ clipping, missing, onSave, onDelete, onOpen }: RowProps) {
  const [note, setNote] = useState(clipping.note);
  const pending = useRef<number | null>(null);
  // A change from elsewhere (another view) shows unless the reader is typing here.
  useEffect(() => {
    if (pending.current === null) setNote(clipping.note);
  }, [clipping.note]);
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  const edit = (value: string) => {
    setNote(value);
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = window.setTimeout(() => {
      pending.current = null;
      onSave(clipping.id, { note: value });
    }, 500);
  };
  const automatic = [...clipping.tickers, ...clipping.dates];
  const [tagText, setTagText] = useState(clipping.tags.join(', '));
  // Tags changed elsewhere (another view, an import): show them.
  const [tagsShown, setTagsShown] = useState(clipping.tags);
  if (tagsShown !== clipping.tags) {
    setTagsShown(clipping.tags);
    setTagText(clipping.tags.join(', '));
  }
  const saveTags = () => {
    const tags = tagText.split(/[,，;；]/);
    if (tags.join(',') !== clipping.tags.join(',')) onSave(clipping.id, { tags });
  };
  return (
    <article className={`clip colour-${clipping.colour}`} data-clip-id={clipping.id}>
      <blockquote className="quote">{clipping.quote}</blockquote>
      {missing && <p className="missing">{t('clipNotFound')}</p>}
      <textarea
        className="note"
        aria-label={t('clipNoteLabel')}
        placeholder={t('clipNotePlaceholder')}
        value={note}
        rows={note ? 2 : 1}
        onChange={(e) => edit(e.currentTarget.value)}
      />
      {automatic.length > 0 && (
        <ul className="tags" aria-label={t('clipTagsLabel')}>
          {automatic.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <input
        className="own-tags"
        aria-label={t('clipTagsLabel')}
        placeholder={t('clipTagsLabel')}
        value={tagText}
        onChange={(e) => setTagText(e.currentTarget.value)}
        onBlur={saveTags}
        onKeyDown={(e) => {
          if (e.key === 'Enter') saveTags();
        }}
      />
      <footer>
        <button
          type="button"
          className="link"
          title={t('clipOpen')}
          onClick={() => onOpen(clipping)}
        >
          {clipping.title ?? clipping.url}
        </button>
        <span className="muted">
          {clipping.site ?? ''} · {formatDay(clipping.created, uiLocale())}
        </span>
        <button type="button" className="delete" onClick={() => onDelete(clipping.id)}>
          {t('clipDelete')}
        </button>
      </footer>
    </article>
  );
}

/** A filter's choices, with "any" (its own name) first. */
function FilterSelect(props: {
  label: string;
  value: string | undefined;
  options: [value: string, label: string][];
  onChange(value: string | undefined): void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
    >
      <option value="">{props.label}</option>
      {props.options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
