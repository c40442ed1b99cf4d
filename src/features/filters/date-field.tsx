/**
 * A typed date that works in every locale: a text field that commits a complete, valid day inside the data's range
 * as it is typed, on blur or on Enter, never a partial one, and says inline what is wrong with anything else.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { datePattern, formatTypedDate, parseTypedDate, type DateOrder } from './typed-date';

/** Props: the label, the committed day, the allowed range, the locale's order and the commit callback. */
export interface DateFieldProps {
  label: string;
  value: string | null;
  min?: string;
  max?: string;
  order: DateOrder;
  onCommit: (day: string | null) => void;
}

/** "14 Feb 2022" for messages: unambiguous in any locale. */
function spelled(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m! - 1];
  return `${d} ${month} ${y}`;
}

/** The field; see the module comment. */
export function DateField({ label, value, min, max, order, onCommit }: DateFieldProps) {
  const [text, setText] = useState(() => (value ? formatTypedDate(value, order) : ''));
  const [shownValue, setShownValue] = useState(value);
  const [message, setMessage] = useState<string | null>(null);
  const hintId = useId();
  const messageId = useId();
  const pattern = datePattern(order);

  // A value set from outside (reset, another control, Back) replaces the text, unless the text already says it.
  if (value !== shownValue) {
    setShownValue(value);
    const typed = parseTypedDate(text, order);
    if ((typed.kind === 'day' ? typed.day : null) !== value) {
      setText(value ? formatTypedDate(value, order) : '');
      setMessage(null);
    }
  }

  const outOfRange = (day: string) => (min && day < min) || (max && day > max);
  const rangeText = () =>
    `Out of range: choose a day from ${min ? spelled(min) : 'the start'} to ${max ? spelled(max) : 'the end'}.`;

  /** Commits what the text says; `final` on blur or Enter, when an incomplete or bad date gets its message. */
  const settle = (next: string, final: boolean) => {
    const typed = parseTypedDate(next, order);
    if (typed.kind === 'empty') {
      setMessage(null);
      if (value !== null) onCommit(null);
      return;
    }
    if (typed.kind === 'invalid' || (!typed.complete && !final)) {
      if (final) setMessage(`“${next.trim()}” is not a date: type it as ${pattern}.`);
      return;
    }
    if (outOfRange(typed.day)) {
      setMessage(rangeText());
      return;
    }
    setMessage(null);
    if (typed.day !== value) onCommit(typed.day);
    if (final) setText(formatTypedDate(typed.day, order));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') settle(event.currentTarget.value, true);
  };

  return (
    <div className="filters__date">
      <label>
        {label}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder={pattern}
          size={11}
          value={text}
          aria-invalid={message !== null}
          aria-describedby={message ? `${hintId} ${messageId}` : hintId}
          onChange={(event) => {
            setText(event.target.value);
            settle(event.target.value, false);
          }}
          onBlur={(event) => settle(event.target.value, true)}
          onKeyDown={onKeyDown}
        />
      </label>
      <span id={hintId} className="visually-hidden">
        Type a date as {pattern}
      </span>
      {message && (
        <span id={messageId} className="filters__date-error" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}
