import { useEffect, useState } from 'react';
import { clipColourName } from '../../utils/clips/colour-name';
import { browser } from 'wxt/browser';
import { CLIP_COLOURS, type ClipColour } from '../../utils/clips/clipping';
import { formatBytes } from '../../utils/format';
import { t, uiLocale, type MessageKey } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import { SymbolsSection } from './SymbolsSection';
import {
  HIGHLIGHT_KINDS,
  readClippings,
  readPreferences,
  watchPreferences,
  writePreferences,
  type HighlightKind,
  type Preferences,
} from '../../utils/storage';

const KIND_LABEL: Record<HighlightKind, MessageKey> = {
  ticker: 'kindTicker',
  'policy-date': 'kindPolicyDate',
  date: 'kindDate',
  'policy-doc': 'kindPolicyDoc',
};

/** What local storage holds, in bytes: the browser's count where it has one. */
async function bytesInUse(): Promise<number> {
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  if (typeof local.getBytesInUse === 'function') return local.getBytesInUse(null);
  const all = await browser.storage.local.get(null);
  return new Blob([JSON.stringify(all)]).size;
}

/**
 * The options page: which highlights are drawn, print and clipping defaults, and the
 * reader's data (how much there is, and erasing it after a confirmation). Every
 * change is written at once and reaches open pages through storage.
 */
export function OptionsApp() {
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [usage, setUsage] = useState<{ bytes: number; clippings: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const refreshUsage = () => {
    Promise.all([bytesInUse(), readClippings()]).then(
      ([bytes, library]) => setUsage({ bytes, clippings: library.clippings.length }),
      (error: unknown) => setMessage(String(error)),
    );
  };
  useEffect(() => {
    readPreferences().then(setPreferences, (error: unknown) => setMessage(String(error)));
    refreshUsage();
    return watchPreferences(setPreferences);
  }, []);

  const change = (next: Partial<Preferences>) => {
    if (!preferences) return;
    setPreferences({ ...preferences, ...next });
    writePreferences(next).catch((error: unknown) =>
      setMessage(t('optionsFailed', error instanceof Error ? error.message : String(error))),
    );
  };

  const erase = async () => {
    setConfirming(false);
    try {
      await sendToBackground('background/erase-all', null);
      setPreferences(await readPreferences());
      setMessage(t('optionsErased'));
    } catch (error) {
      setMessage(t('optionsFailed', error instanceof Error ? error.message : String(error)));
    }
    refreshUsage();
  };

  return (
    <main className="options" lang={uiLocale()}>
      <h1>{t('optionsTitle')}</h1>
      {preferences && (
        <>
          <fieldset>
            <legend>{t('optionsHighlights')}</legend>
            {HIGHLIGHT_KINDS.map((kind) => (
              <label key={kind} className="row">
                <input
                  type="checkbox"
                  checked={preferences.kinds[kind]}
                  onChange={(e) =>
                    change({ kinds: { ...preferences.kinds, [kind]: e.currentTarget.checked } })
                  }
                />
                <span className={`swatch kind-${kind}`} aria-hidden="true" />
                {t(KIND_LABEL[kind])}
              </label>
            ))}
            <label className="row">
              <input
                type="checkbox"
                checked={preferences.printHighlights}
                onChange={(e) => change({ printHighlights: e.currentTarget.checked })}
              />
              {t('panelPrintHighlights')}
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('optionsClipping')}</legend>
            <label className="row">
              {t('optionsClipColour')}
              <select
                value={preferences.clipColour}
                onChange={(e) => change({ clipColour: e.currentTarget.value as ClipColour })}
              >
                {CLIP_COLOURS.map((c) => (
                  <option key={c} value={c}>
                    {clipColourName(c)}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </>
      )}
      <SymbolsSection onError={setMessage} />
      <fieldset>
        <legend>{t('optionsData')}</legend>
        {usage && (
          <p data-testid="usage">
            {t('optionsClipCount', String(usage.clippings))} ·{' '}
            {t('optionsStorageUsed', formatBytes(usage.bytes, uiLocale()))}
          </p>
        )}
        {confirming ? (
          <div role="alertdialog" aria-label={t('optionsErase')} className="confirm">
            <p>{t('optionsEraseConfirm', String(usage?.clippings ?? 0))}</p>
            <button type="button" className="danger" onClick={() => void erase()}>
              {t('optionsEraseYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('optionsEraseNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('optionsErase')}
          </button>
        )}
      </fieldset>
      {message && (
        <p role="status" className="message">
          {message}
        </p>
      )}
    </main>
  );
}
