/**
 * A searchable multi-select as a disclosure: a button named after the picker opens a text filter and a
 * checkbox list, closed by Done, Escape or leaving it; chosen options stay visible as removable chips. Options
 * render only while open, so a closed picker adds nothing to the page's labels or tab order. Behind the open list
 * lies a backdrop: a tap beside the list (on a phone, where the list is a sheet) closes it and reaches nothing else,
 * so a dismissing tap never ticks an option.
 */
import { useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/** One choice of a picker. */
export interface PickerOption {
  id: string;
  label: string;
  /** Short extra text after the label, e.g. a count. */
  detail?: string;
  /** Listed indented under the option before it (a member under its group). */
  member?: boolean;
}

/** Props of a picker: its name, the choices, the chosen ids and what to do when they change. */
export interface MultiPickerProps {
  name: string;
  options: readonly PickerOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** How many options the open list shows at once; typing narrows the rest. */
export const MAX_SHOWN_OPTIONS = 200;

/** The picker; see the module comment. */
export function MultiPicker({ name, options, selected, onChange }: MultiPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const chosen = new Set(selected);

  const matching = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const found = needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options;
    return found.slice(0, MAX_SHOWN_OPTIONS);
  }, [options, query]);

  const close = (refocus: boolean) => {
    setOpen(false);
    setQuery('');
    if (refocus) button.current?.focus();
  };
  const toggle = (id: string) =>
    onChange(chosen.has(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  // Closing when focus leaves the picker keeps at most one list open.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
  };

  return (
    <div className="picker" onKeyDown={onKeyDown} onBlur={onBlur}>
      {open && (
        // Mouse-down keeps focus where it is, so the close happens on the click, which the backdrop takes whole.
        <div
          className="picker__backdrop"
          aria-hidden="true"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => close(false)}
        />
      )}
      <button
        ref={button}
        type="button"
        className="picker__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        {name}
        {selected.length > 0 && ' '}
        {selected.length > 0 && <span className="picker__count">({selected.length})</span>}
      </button>
      {open && (
        <div id={panelId} className="picker__panel">
          <input
            type="search"
            className="picker__search"
            aria-label={`Search ${name.toLowerCase()}`}
            placeholder={`Search ${name.toLowerCase()}`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoFocus
          />
          <ul className="picker__options">
            {matching.map((option) => (
              <li key={option.id} className={option.member ? 'picker__member' : undefined}>
                <label className="picker__option">
                  <input type="checkbox" checked={chosen.has(option.id)} onChange={() => toggle(option.id)} />
                  {option.label}
                  {option.detail && <span className="picker__detail"> {option.detail}</span>}
                </label>
              </li>
            ))}
          </ul>
          {matching.length === 0 && <p className="picker__empty">No match.</p>}
          <button type="button" className="picker__done" onClick={() => close(true)}>
            Done
          </button>
        </div>
      )}
      {selected.length > 0 && (
        <ul className="chips">
          {selected.map((id) => (
            <li key={id}>
              <button type="button" className="chip" onClick={() => toggle(id)}>
                <span className="visually-hidden">Remove</span> {byId.get(id)?.label ?? id}
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
