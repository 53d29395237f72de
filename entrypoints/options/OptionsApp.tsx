import { useState } from 'react';
import { t, uiLocale } from '../../utils/i18n';
import {
  readPreferences,
  watchPreferences,
  writePreferences,
  type Preferences,
} from '../../utils/storage';
import { ClippingSection } from './ClippingSection';
import { DataSection } from './DataSection';
import { HighlightsSection } from './HighlightsSection';
import { QuoteSitesSection } from './QuoteSitesSection';
import { SitesSection } from './SitesSection';
import { SymbolListsSection } from './SymbolListsSection';
import { SymbolsSection } from './SymbolsSection';
import { useStored } from './use-stored';

/**
 * The options page. Every change is written at once and reaches open pages
 * through storage; a failure is said in the status line and nothing else changes.
 */
export function OptionsApp() {
  const [message, setMessage] = useState<string | null>(null);
  const [preferences, setPreferences] = useStored(readPreferences, watchPreferences, setMessage);

  const change = (next: Partial<Preferences>) => {
    if (!preferences) return;
    setPreferences({ ...preferences, ...next });
    writePreferences(next).catch((error: unknown) =>
      setMessage(t('optionsFailed', error instanceof Error ? error.message : String(error))),
    );
  };

  return (
    <main className="options" lang={uiLocale()}>
      <h1>{t('optionsTitle')}</h1>
      {preferences && <HighlightsSection preferences={preferences} change={change} />}
      <SitesSection onError={setMessage} />
      <SymbolsSection onError={setMessage} />
      <SymbolListsSection onError={setMessage} />
      {preferences && <QuoteSitesSection preferences={preferences} change={change} />}
      {preferences && (
        <ClippingSection preferences={preferences} change={change} onError={setMessage} />
      )}
      <DataSection
        onError={setMessage}
        onErased={() => {
          readPreferences().then(setPreferences, () => {});
          setMessage(t('optionsErased'));
        }}
      />
      {message && (
        <p role="status" className="message">
          {message}
        </p>
      )}
    </main>
  );
}
