import { MARKETS } from '../../utils/finance/markets';
import { QUOTE_SITES } from '../../utils/finance/quote-links';
import { t } from '../../utils/i18n';
import { quoteSiteName } from '../../utils/quote-site-name';
import type { Preferences } from '../../utils/storage';

/** Which quote sites a company's card links to, per market (at least one each). */
export function QuoteSitesSection({
  preferences,
  change,
}: {
  preferences: Preferences;
  change(next: Partial<Preferences>): void;
}) {
  const chosen = new Set(preferences.quoteSites);
  return (
    <fieldset>
      <legend>{t('optionsQuoteSites')}</legend>
      <p className="hint">{t('optionsQuoteSitesHint')}</p>
      {MARKETS.map(({ id, label, quoteSites: sites }) => {
        const inGroup = sites.filter((s) => chosen.has(s.id)).length;
        return (
          <fieldset key={id} className="inner">
            <legend>{t(label)}</legend>
            {sites.map((site) => {
              const on = chosen.has(site.id);
              return (
                <label key={site.id} className="row inline">
                  <input
                    type="checkbox"
                    checked={on}
                    // The last site of a market stays: a card always has a link.
                    disabled={on && inGroup === 1}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.currentTarget.checked) next.add(site.id);
                      else next.delete(site.id);
                      change({
                        quoteSites: QUOTE_SITES.map((s) => s.id).filter((id) => next.has(id)),
                      });
                    }}
                  />
                  {quoteSiteName(site.name)}
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
