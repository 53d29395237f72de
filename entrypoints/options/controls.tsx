import { useId, useState, type FormEvent } from 'react';
import { t, type MessageKey } from '../../utils/i18n';

/** The options page's list editors: chips with a remove button, and a form that adds. */
interface Chip {
  key: string;
  label: string;
  detail: string;
}

export function ChipList(props: {
  labelledBy: string;
  items: Chip[];
  onRemove(key: string): void;
  testId: string;
}) {
  if (!props.items.length) {
    return <p className="hint empty">{t('optionsListEmpty')}</p>;
  }
  return (
    <ul className="chips" aria-labelledby={props.labelledBy} data-testid={props.testId}>
      {props.items.map((item) => (
        <li key={item.key} className="chip">
          <span className="chip-label">{item.label}</span>
          {item.detail && <span className="chip-detail">{item.detail}</span>}
          <button
            type="button"
            className="chip-remove"
            aria-label={t('optionsRemove', item.label)}
            title={t('optionsRemove', item.label)}
            onClick={() => props.onRemove(item.key)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** One row of labelled inputs and a submit button; the check's message key is shown on error. */
export function AddForm(props: {
  fields: { label: MessageKey; placeholder: string }[];
  submitLabel: MessageKey;
  check(values: string[]): string | null;
  onAdd(values: string[]): void;
  testId: string;
}) {
  const [values, setValues] = useState(() => props.fields.map(() => ''));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = props.check(values);
    setProblem(found);
    if (found) return;
    props.onAdd(values);
    setValues(props.fields.map(() => ''));
  };
  return (
    <form className="add-form" onSubmit={submit} data-testid={props.testId} noValidate>
      {props.fields.map((field, i) => (
        <label key={field.label}>
          <span>{t(field.label)}</span>
          <input
            value={values[i]}
            placeholder={field.placeholder}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => {
              const next = [...values];
              next[i] = e.currentTarget.value;
              setValues(next);
            }}
          />
        </label>
      ))}
      <button type="submit">{t(props.submitLabel)}</button>
      {problem && (
        <p id={`${id}-problem`} className="problem" role="alert">
          {t(problem as MessageKey)}
        </p>
      )}
    </form>
  );
}
