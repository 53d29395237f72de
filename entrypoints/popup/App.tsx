import { browser } from 'wxt/browser';
import { useEffect } from 'react';
import { ArticleSummary } from '../../components/ArticleSummary';
import { ClipLibrary } from '../../components/ClipLibrary';
import { EntityPanel } from '../../components/EntityPanel';
import { StatusNotice } from '../../components/StatusNotice';
import { importClippingFile } from '../../utils/clips/import-file';
import { t, uiLocale } from '../../utils/i18n';
import { useClipStore } from './clips-store';
import { usePopupStore } from './store';

export function App() {
  const {
    phase,
    status,
    entities,
    preferences,
    load,
    reloadTab,
    setSiteHighlights,
    setPrintHighlights,
    reveal,
    watchlist,
    setWatched,
  } = usePopupStore();
  const tabId = usePopupStore((s) => s.tabId);
  const clips = useClipStore();
  useEffect(() => {
    void load();
  }, [load]);
  const loadClips = clips.load;
  useEffect(() => {
    if (phase === 'ready') void loadClips(tabId);
  }, [phase, tabId, loadClips]);
  const locale = uiLocale();
  return (
    <div className="popup" lang={locale}>
      <header className="popup-header">
        <img src="/icon/32.png" alt="" width="20" height="20" />
        <span className="brand">FinMark</span>
        <button
          type="button"
          className="settings"
          aria-label={t('popupSettings')}
          title={t('popupSettings')}
          onClick={() => {
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          ⚙
        </button>
      </header>
      <main aria-busy={phase === 'loading'}>
        {phase === 'loading' || !status ? (
          <p className="loading" role="status">
            {t('popupLoading')}
          </p>
        ) : status.kind === 'analysed' ? (
          <>
            <ArticleSummary report={status.report} locale={locale} />
            {entities && (
              <EntityPanel
                entities={entities.entities}
                on={entities.on}
                onToggle={(on) => {
                  setSiteHighlights(on).catch((error: unknown) => console.warn('[FinMark]', error));
                }}
                printHighlights={preferences?.printHighlights}
                onPrintToggle={(on) => {
                  setPrintHighlights(on).catch((error: unknown) =>
                    console.warn('[FinMark]', error),
                  );
                }}
                onReveal={(start) => {
                  reveal(start).catch((error: unknown) => console.warn('[FinMark]', error));
                }}
                watchlist={watchlist}
                onWatch={(value, on) => {
                  setWatched(value, on).catch((error: unknown) => console.warn('[FinMark]', error));
                }}
              />
            )}
          </>
        ) : (
          <StatusNotice status={status} onReload={() => void reloadTab()} />
        )}
        {clips.loaded && (
          <ClipLibrary
            clippings={clips.clippings}
            pageUrl={clips.page?.url ?? null}
            notFound={clips.page?.notFound ?? []}
            deleted={clips.deleted}
            error={clips.error}
            onSave={(id, change) => {
              clips.save(id, change).catch((error: unknown) => console.warn('[FinMark]', error));
            }}
            onDelete={(id) => void clips.remove(id)}
            onUndo={() => void clips.undo()}
            onOpen={(clipping) => void clips.open(clipping)}
            onImport={importClippingFile}
          />
        )}
      </main>
      <footer className="popup-footer">{t('footerPrivacy')}</footer>
    </div>
  );
}
