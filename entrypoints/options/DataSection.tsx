import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ClipTransfer } from '../../components/ClipTransfer';
import type { Clipping } from '../../utils/clips/clipping';
import { importClippingFile } from '../../utils/clips/import-file';
import { formatBytes } from '../../utils/format';
import { t, uiLocale } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import { readClippings } from '../../utils/storage';

/** What local storage holds, in bytes: the browser's count where it has one. */
async function bytesInUse(): Promise<number> {
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  if (typeof local.getBytesInUse === 'function') return local.getBytesInUse(null);
  const all = await browser.storage.local.get(null);
  return new Blob([JSON.stringify(all)]).size;
}

/**
 * The reader's data: how much there is, export and import of every clipping, and
 * erasing everything after a confirmation that says how much would go.
 */
export function DataSection({
  onError,
  onErased,
}: {
  onError(message: string): void;
  onErased(): void;
}) {
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [bytes, setBytes] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);

  const refresh = useCallback(() => {
    Promise.all([bytesInUse(), readClippings()]).then(
      ([used, library]) => {
        setBytes(used);
        setClippings(library.clippings);
      },
      (error: unknown) => onError(String(error)),
    );
  }, [onError]);
  useEffect(() => {
    refresh();
    // Any write (a clipping, a setting, a list) changes the bytes used.
    const listener = () => refresh();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [refresh]);

  const erase = async () => {
    setConfirming(false);
    try {
      await sendToBackground('background/erase-all', null);
      onErased();
    } catch (error) {
      onError(t('optionsFailed', error instanceof Error ? error.message : String(error)));
    }
    refresh();
  };

  return (
    <fieldset>
      <legend>{t('optionsData')}</legend>
      {clippings && bytes !== null && (
        <p data-testid="usage">
          {t('optionsClipCount', String(clippings.length))} ·{' '}
          {t('optionsStorageUsed', formatBytes(bytes, uiLocale()))}
        </p>
      )}
      <ClipTransfer clippings={clippings ?? []} onImport={importClippingFile} />
      {confirming ? (
        <div role="alertdialog" aria-label={t('optionsErase')} className="confirm">
          <p>{t('optionsEraseConfirm', String(clippings?.length ?? 0))}</p>
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
  );
}
