import { t } from '../../utils/i18n';
import { parseSiteInput, type SiteRules } from '../../utils/site-rules';
import { readSiteRules, watchSiteRules, writeSiteRules } from '../../utils/storage';
import { AddForm, ChipList } from './controls';
import { useStored } from './use-stored';

/**
 * Where highlights show: every site but a deny list, or only an allow list. The
 * popup's per-site switch edits the same lists.
 */
export function SitesSection({ onError }: { onError(message: string): void }) {
  const [rules, setRules] = useStored(readSiteRules, watchSiteRules, onError);
  if (!rules) return null;

  const save = (next: SiteRules) => {
    setRules(next);
    writeSiteRules(next).then(setRules, (error: unknown) =>
      onError(t('optionsFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  const listKey = rules.mode === 'all' ? 'denied' : 'allowed';
  const list = rules[listKey];

  return (
    <fieldset data-testid="sites">
      <legend>{t('optionsSites')}</legend>
      <label className="row">
        <input
          type="radio"
          name="site-mode"
          checked={rules.mode === 'all'}
          onChange={() => save({ ...rules, mode: 'all' })}
        />
        {t('optionsSitesAll')}
      </label>
      <label className="row">
        <input
          type="radio"
          name="site-mode"
          checked={rules.mode === 'allowed'}
          onChange={() => save({ ...rules, mode: 'allowed' })}
        />
        {t('optionsSitesAllowed')}
      </label>
      <h2 id="site-list-heading">
        {t(rules.mode === 'all' ? 'optionsSitesDenied' : 'optionsSitesAllowedList')}
      </h2>
      <ChipList
        labelledBy="site-list-heading"
        items={list.map((host) => ({ key: host, label: host, detail: '' }))}
        onRemove={(host) => save({ ...rules, [listKey]: list.filter((h) => h !== host) })}
        testId="site-list"
      />
      <AddForm
        fields={[{ label: 'optionsSiteLabel', placeholder: 'finance.sina.com.cn' }]}
        submitLabel="optionsSiteAdd"
        check={([site]) => (parseSiteInput(site!) ? null : 'optionsSiteInvalid')}
        onAdd={([site]) => save({ ...rules, [listKey]: [...list, parseSiteInput(site!)!] })}
        testId="site-add"
      />
    </fieldset>
  );
}
