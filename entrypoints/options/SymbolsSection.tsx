import { useEffect, useState } from 'react';
import { parseTickerInput } from '../../utils/finance/markets';
import {
  aliasProblem,
  EMPTY_USER_SYMBOLS,
  type UserSymbols,
} from '../../utils/finance/user-symbols';
import { t, type MessageKey } from '../../utils/i18n';
import { sendToBackground, type TickerNames } from '../../utils/messages';
import { editUserSymbols, readUserSymbols, watchUserSymbols } from '../../utils/storage';
import { AddForm, ChipList } from './controls';
import { useStored } from './use-stored';

/**
 * The reader's own symbols: a watchlist, aliases and mutes. Each list is edited
 * in place and written at once; open pages redraw from storage.
 */
export function SymbolsSection({ onError }: { onError(message: string): void }) {
  const [symbols, setSymbols] = useStored(readUserSymbols, watchUserSymbols, onError);
  const [names, setNames] = useState<TickerNames>({});

  // The names the symbol directory has for the reader's tickers, shown beside them.
  const values = symbols ? [...symbols.watchlist, ...symbols.aliases.map((a) => a.value)] : [];
  const valuesKey = values.join(',');
  useEffect(() => {
    if (!valuesKey) return;
    sendToBackground('background/ticker-names', { values: valuesKey.split(',') }).then(
      setNames,
      () => {}, // names are a courtesy; the codes stand on their own
    );
  }, [valuesKey]);

  const edit = (change: (current: UserSymbols) => UserSymbols) => {
    setSymbols((s) => change(s ?? EMPTY_USER_SYMBOLS));
    editUserSymbols(change).then(setSymbols, (error: unknown) =>
      onError(t('optionsFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  const nameOf = (value: string) => {
    const n = names[value];
    return n ? (n.zh ?? n.en ?? '') : '';
  };
  if (!symbols) return null;

  return (
    <fieldset data-testid="symbols">
      <legend>{t('optionsSymbols')}</legend>

      <h2 id="watchlist-heading">{t('optionsWatchlist')}</h2>
      <p className="hint">{t('optionsWatchlistHint')}</p>
      <ChipList
        labelledBy="watchlist-heading"
        items={symbols.watchlist.map((v) => ({ key: v, label: v, detail: nameOf(v) }))}
        onRemove={(value) =>
          edit((s) => ({ ...s, watchlist: s.watchlist.filter((v) => v !== value) }))
        }
        testId="watchlist"
      />
      <AddForm
        fields={[{ label: 'optionsTickerLabel', placeholder: '600519 · 1810.HK · AAPL' }]}
        submitLabel="optionsWatchAdd"
        check={([ticker]) => (parseTickerInput(ticker!) ? null : 'tickerUnknownForm')}
        onAdd={([ticker]) =>
          edit((s) => ({ ...s, watchlist: [...s.watchlist, parseTickerInput(ticker!)!.value] }))
        }
        testId="watch-add"
      />

      <h2 id="aliases-heading">{t('optionsAliases')}</h2>
      <p className="hint">{t('optionsAliasesHint')}</p>
      <ChipList
        labelledBy="aliases-heading"
        items={symbols.aliases.map((a) => ({
          key: a.text,
          label: `${a.text} → ${a.value}`,
          detail: nameOf(a.value),
        }))}
        onRemove={(text) =>
          edit((s) => ({ ...s, aliases: s.aliases.filter((a) => a.text !== text) }))
        }
        testId="aliases"
      />
      <AddForm
        fields={[
          { label: 'optionsAliasLabel', placeholder: '小米 · Google' },
          { label: 'optionsTickerLabel', placeholder: '01810.HK · GOOGL' },
        ]}
        submitLabel="optionsAliasAdd"
        check={([text, ticker]) => aliasProblem(text!, ticker!) as MessageKey | null}
        onAdd={([text, ticker]) =>
          edit((s) => ({
            ...s,
            // The newest alias for a word wins.
            aliases: [
              { text: text!.trim(), value: parseTickerInput(ticker!)!.value },
              ...s.aliases.filter((a) => a.text.toLowerCase() !== text!.trim().toLowerCase()),
            ],
          }))
        }
        testId="alias-add"
      />

      <h2 id="mutes-heading">{t('optionsMutes')}</h2>
      <p className="hint">{t('optionsMutesHint')}</p>
      <ChipList
        labelledBy="mutes-heading"
        items={symbols.mutes.map((m) => ({ key: m, label: m, detail: '' }))}
        onRemove={(mute) => edit((s) => ({ ...s, mutes: s.mutes.filter((m) => m !== mute) }))}
        testId="mutes"
      />
      <AddForm
        fields={[{ label: 'optionsMuteLabel', placeholder: '长城 · TGT' }]}
        submitLabel="optionsMuteAdd"
        check={([mute]) => (mute!.trim() ? null : 'optionsMuteEmpty')}
        onAdd={([mute]) => edit((s) => ({ ...s, mutes: [...s.mutes, mute!.trim()] }))}
        testId="mute-add"
      />
    </fieldset>
  );
}
