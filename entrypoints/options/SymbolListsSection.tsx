import { useState } from 'react';
import { browser } from 'wxt/browser';
import { MARKETS } from '../../utils/finance/markets';
import { t, uiLocale } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import { ALL_SOURCE_ORIGINS, NO_PERMISSION } from '../../utils/symbol-lists/origins';
import { readSymbolListStatus, watchSymbolListStatus } from '../../utils/storage';
import { useStored } from './use-stored';

// Market by market, as the quote sites are listed.
const SOURCES = MARKETS.flatMap((m) => m.sources);

/**
 * The exchanges' official lists: when each was last downloaded, "Update now" and
 * the weekly update. The browser asks for the list hosts at the first update (the
 * request has to come straight from the click, before anything is awaited).
 */
export function SymbolListsSection({ onError }: { onError(message: string): void }) {
  const [status] = useStored(readSymbolListStatus, watchSymbolListStatus, onError);
  const [busy, setBusy] = useState(false);
  const [line, setLine] = useState<string | null>(null);
  if (!status) return null;

  const when = (ms: number) =>
    new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  const count = (n: number) => n.toLocaleString(uiLocale());
  const askHosts = () => browser.permissions.request({ origins: ALL_SOURCE_ORIGINS });

  const updateNow = () => {
    const asked = askHosts();
    setBusy(true);
    setLine(t('listsUpdating'));
    void (async () => {
      try {
        if (!(await asked)) return setLine(t('listsNoPermission'));
        const result = await sendToBackground('background/update-symbol-lists', {});
        const failed = Object.values(result).filter((r) => !r.ok).length;
        setLine(failed ? t('listsUpdatedSome', String(failed)) : t('listsUpdatedAll'));
      } catch (error) {
        setLine(null);
        onError(t('optionsFailed', error instanceof Error ? error.message : String(error)));
      } finally {
        setBusy(false);
      }
    })();
  };

  const setWeekly = (on: boolean) => {
    const asked = on ? askHosts() : Promise.resolve(true);
    void (async () => {
      try {
        if (!(await asked)) return setLine(t('listsNoPermission'));
        await sendToBackground('background/set-weekly-update', { on });
      } catch (error) {
        onError(t('optionsFailed', error instanceof Error ? error.message : String(error)));
      }
    })();
  };

  return (
    <fieldset data-testid="symbol-lists">
      <legend>{t('optionsLists')}</legend>
      <p className="hint">{t('optionsListsHint')}</p>
      <table className="lists">
        <thead>
          <tr>
            <th scope="col">{t('listsSource')}</th>
            <th scope="col">{t('listsUpdated')}</th>
            <th scope="col">{t('listsCount')}</th>
          </tr>
        </thead>
        <tbody>
          {SOURCES.map(({ id, label }) => {
            const s = status.sources[id];
            return (
              <tr key={id} data-source={id}>
                <th scope="row">{t(label)}</th>
                <td>
                  {s?.updatedAt ? when(s.updatedAt) : t('listsNever')}
                  {s?.error && s.lastAttempt && (
                    <details className="problem">
                      <summary>{t('listsFailed', when(s.lastAttempt))}</summary>
                      {s.error === NO_PERMISSION ? (
                        <p>{t('listsNoHost')}</p>
                      ) : (
                        <code>{s.error}</code>
                      )}
                    </details>
                  )}
                </td>
                <td className="number">{s?.updatedAt ? count(s.count) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="row">
        <button type="button" disabled={busy} onClick={updateNow}>
          {t('listsUpdateNow')}
        </button>
        <label className="row inline">
          <input
            type="checkbox"
            checked={status.weekly}
            onChange={(e) => setWeekly(e.currentTarget.checked)}
          />
          {t('listsWeekly')}
        </label>
      </div>
      {line && (
        <p className="hint" role="status">
          {line}
        </p>
      )}
    </fieldset>
  );
}
