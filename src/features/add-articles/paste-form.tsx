/** "Paste article text" with optional Title, Outlet, URL and Date, and "Add". */
import { useId, useState, type FormEvent } from 'react';
import type { AddInput } from '../../data/local/add-input';
import { EMPTY_PASTE, pasteInput, type PasteFields } from './paste-input';

const OPTIONAL: { field: Exclude<keyof PasteFields, 'text'>; label: string; hint?: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'outlet', label: 'Outlet' },
  { field: 'url', label: 'URL', hint: 'https://…' },
  { field: 'date', label: 'Date', hint: 'YYYY-MM-DD' },
];

/** The form; `onAdd` gets a valid input, and the form empties. */
export function PasteForm({ disabled, onAdd }: { disabled: boolean; onAdd: (input: AddInput) => void }) {
  const [fields, setFields] = useState<PasteFields>(EMPTY_PASTE);
  const [problems, setProblems] = useState<string[]>([]);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = pasteInput(fields);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    setFields(EMPTY_PASTE);
    onAdd(checked.input);
  };
  return (
    <form className="paste-form" onSubmit={submit} aria-label="Paste an article">
      <label htmlFor={`${id}-text`}>Paste article text</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={fields.text}
        onChange={(event) => setFields({ ...fields, text: event.target.value })}
      />
      <div className="paste-form__fields">
        {OPTIONAL.map(({ field, label, hint }) => (
          <label key={field}>
            {label} <span className="paste-form__optional">(optional)</span>
            <input
              type="text"
              value={fields[field]}
              placeholder={hint}
              onChange={(event) => setFields({ ...fields, [field]: event.target.value })}
            />
          </label>
        ))}
      </div>
      {problems.length > 0 && (
        <ul role="alert" className="add-dialog__problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button type="submit" disabled={disabled}>
        Add
      </button>
    </form>
  );
}
