import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { CLIP_COLOURS, type ClipColour } from '../../utils/clips/clipping';
import { clipColourName } from '../../utils/clips/colour-name';
import { t } from '../../utils/i18n';
import type { Preferences } from '../../utils/storage';

const COMMAND = 'clip-selection';

// What Firefox's commands.update accepts: one or two modifiers and a key.
const SHORTCUT =
  /^(?:(?:Ctrl|Alt|Command|MacCtrl)\+(?:Shift\+)?|(?:Ctrl|Alt|Command|MacCtrl)\+(?:Ctrl|Alt|Command|MacCtrl)\+)(?:[A-Z0-9]|F\d{1,2}|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/;

type Commands = {
  getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  update?(detail: { name: string; shortcut: string }): Promise<void>;
};

/**
 * Clipping defaults: the colour new clippings start with, and the keyboard
 * shortcut. Firefox lets an extension change its shortcut; Chrome keeps that on its
 * own shortcuts page, which the button opens.
 */
export function ClippingSection({
  preferences,
  change,
  onError,
}: {
  preferences: Preferences;
  change(next: Partial<Preferences>): void;
  onError(message: string): void;
}) {
  const commands = browser.commands as unknown as Commands;
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState(false);
  const editable = typeof commands.update === 'function';

  useEffect(() => {
    commands.getAll().then(
      (all) => setShortcut(all.find((c) => c.name === COMMAND)?.shortcut ?? ''),
      () => setShortcut(''),
    );
  }, [commands]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim().replace(/\s*\+\s*/g, '+');
    if (!SHORTCUT.test(next)) return setProblem(true);
    setProblem(false);
    try {
      await commands.update!({ name: COMMAND, shortcut: next });
      setShortcut(next);
      setDraft('');
    } catch (error) {
      onError(t('optionsFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
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
      <p className="row" data-testid="shortcut">
        {t('optionsShortcut')}{' '}
        <kbd>{shortcut === null ? '…' : shortcut || t('optionsShortcutNone')}</kbd>
      </p>
      {editable ? (
        <form className="add-form" onSubmit={(e) => void save(e)} noValidate>
          <label>
            <span>{t('optionsShortcutNew')}</span>
            <input
              value={draft}
              placeholder="Alt+Shift+C"
              aria-invalid={problem || undefined}
              aria-describedby={problem ? 'shortcut-problem' : undefined}
              onChange={(e) => setDraft(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('optionsShortcutSave')}</button>
          {problem && (
            <p id="shortcut-problem" className="problem" role="alert">
              {t('optionsShortcutInvalid')}
            </p>
          )}
        </form>
      ) : (
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          {t('optionsShortcutChange')}
        </button>
      )}
    </fieldset>
  );
}
