import { createElement } from 'react';
import { clipColourName } from '../../utils/clips/colour-name';
import { ENTITY_KINDS } from '../../utils/finance/kinds';
import { HIGHLIGHT_KINDS, TINTS, type Tint } from '../../utils/highlight/tints';
import { t } from '../../utils/i18n';
import type { Preferences } from '../../utils/storage';

/**
 * Which kinds are marked and how each looks. The sample beside each kind is a
 * real mark, styled by the same stylesheet the pages get.
 */
export function HighlightsSection({
  preferences,
  change,
}: {
  preferences: Preferences;
  change(next: Partial<Preferences>): void;
}) {
  return (
    <fieldset>
      <legend>{t('optionsHighlights')}</legend>
      {HIGHLIGHT_KINDS.map((kind) => (
        <div key={kind} className="row kind-row">
          <label className="grow">
            <input
              type="checkbox"
              checked={preferences.kinds[kind]}
              onChange={(e) =>
                change({ kinds: { ...preferences.kinds, [kind]: e.currentTarget.checked } })
              }
            />
            {t(ENTITY_KINDS[kind].name)}
          </label>
          {createElement(
            'finmark-mark',
            {
              'data-finmark-kind': kind,
              'data-finmark-tint': preferences.tints[kind],
              'aria-hidden': true,
              className: 'sample',
            },
            t(ENTITY_KINDS[kind].sample),
          )}
          <select
            aria-label={t('optionsTintOf', t(ENTITY_KINDS[kind].name))}
            value={preferences.tints[kind]}
            onChange={(e) =>
              change({ tints: { ...preferences.tints, [kind]: e.currentTarget.value as Tint } })
            }
          >
            {TINTS.map((tint) => (
              <option key={tint} value={tint}>
                {clipColourName(tint)}
              </option>
            ))}
          </select>
        </div>
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
  );
}
