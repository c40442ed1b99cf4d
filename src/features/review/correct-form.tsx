/** The small form that corrects a claim: values, unit, kind, whose forces, claimants and a note. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActorGroupChoices } from '../../domain/claimant-colors';
import { ClaimKindSchema } from '../../domain/schema';
import type { ClaimValues } from '../../domain/reviews';

/** Props: the values to start from, the actors to choose from by group, and what to do with the result. */
export interface CorrectFormProps {
  initial: ClaimValues;
  initialNote: string;
  actors: readonly ActorGroupChoices[];
  onSave: (values: ClaimValues, note: string) => void;
  onCancel: () => void;
}

const KINDS = ClaimKindSchema.options;

/** The actors as options under their group, named as the claimant filter names them. */
function ActorOptions({ groups }: { groups: readonly ActorGroupChoices[] }) {
  return groups.map((group) => (
    <optgroup key={group.group} label={group.name}>
      {group.actors.map((a) => (
        <option key={a.id} value={a.id}>
          {a.label}
        </option>
      ))}
    </optgroup>
  ));
}

/** A problem with the typed values, or null when they make a claim. */
function problemOf(min: number, max: number): string | null {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return 'Enter both values as numbers.';
  if (min < 0 || max < 0) return 'Values cannot be negative.';
  if (min > max) return 'The lowest value is larger than the highest.';
  if (max > 10_000_000) return 'Values above 10,000,000 are not troop numbers.';
  return null;
}

/** The form; Escape cancels, the first field takes focus when it opens. */
export function CorrectForm({ initial, initialNote, actors, onSave, onCancel }: CorrectFormProps) {
  const [min, setMin] = useState(String(initial.valueMin));
  const [max, setMax] = useState(String(initial.valueMax));
  const [unit, setUnit] = useState(initial.unit);
  const [kind, setKind] = useState(initial.kind);
  const [subject, setSubject] = useState(initial.subjectId ?? '');
  const [claimants, setClaimants] = useState<string[]>(initial.claimantIds);
  const [note, setNote] = useState(initialNote);
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const low = min.trim() === '' ? NaN : Number(min.replace(/,/g, ''));
    const high = max.trim() === '' ? NaN : Number(max.replace(/,/g, ''));
    const wrong = problemOf(low, high);
    setProblem(wrong);
    if (wrong) return;
    onSave(
      { valueMin: low, valueMax: high, unit, kind, subjectId: subject || null, claimantIds: claimants },
      note,
    );
  };

  return (
    <form
      className="correct-form"
      aria-label="Correct the claim"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="correct-form__row">
        <label>
          Lowest value
          <input ref={first} inputMode="numeric" value={min} onChange={(e) => setMin(e.target.value)} />
        </label>
        <label>
          Highest value
          <input inputMode="numeric" value={max} onChange={(e) => setMax(e.target.value)} />
        </label>
        <label>
          Unit
          <select value={unit} onChange={(e) => setUnit(e.target.value as ClaimValues['unit'])}>
            <option value="troops">troops</option>
            <option value="btg">battalion tactical groups</option>
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as ClaimValues['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="correct-form__row">
        <label>
          Whose forces
          <select value={subject} onChange={(e) => setSubject(e.target.value)}>
            <option value="">not stated</option>
            <ActorOptions groups={actors} />
          </select>
        </label>
        <label>
          Claimants
          <select
            multiple
            size={6}
            value={claimants}
            onChange={(e) => setClaimants([...e.target.selectedOptions].map((o) => o.value))}
          >
            <ActorOptions groups={actors} />
          </select>
        </label>
      </div>
      <label className="correct-form__note">
        Note
        <textarea value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="correct-form__problem">
          {problem}
        </p>
      )}
      <div className="correct-form__actions">
        <button type="submit">Save correction</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
