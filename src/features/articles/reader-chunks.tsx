/**
 * The reader's body in parts: a window around the selected quote or open entry, with buttons that show the
 * text before and after it a chunk at a time (see reader-window.ts). Short bodies show whole.
 */
import { useState } from 'react';
import { initialWindow, showEarlier, showLater, type TextRange } from './reader-window';
import { ReaderText, type ReaderTextProps } from './reader-text';

/** Same props as ReaderText; the window starts around the selected claim's quote, else the open entry. */
export function ReaderChunks(props: ReaderTextProps) {
  const { text, claims, selectedClaimId, focus } = props;
  const selected = claims.find((c) => c.id === selectedClaimId);
  const target = selected ? selected.quote : focus;
  const key = `${target?.start ?? -1}:${target?.end ?? -1}`;
  const [state, setState] = useState<{ text: string; key: string; range: TextRange | null }>({
    text,
    key,
    range: null,
  });
  // A new body or a new target starts a new window (derived during render, as usePages does).
  const own = state.text === text && state.key === key ? state.range : null;
  const range = own ?? initialWindow(text, target ?? null);
  const set = (next: TextRange) => setState({ text, key, range: next });
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    <>
      {range.start > 0 && (
        <button type="button" className="reader__more" onClick={() => set(showEarlier(text, range))}>
          Show earlier text ({count(range.start)} characters before)
        </button>
      )}
      <ReaderText {...props} range={range} />
      {range.end < text.length && (
        <button type="button" className="reader__more" onClick={() => set(showLater(text, range))}>
          Show more ({count(text.length - range.end)} characters left)
        </button>
      )}
    </>
  );
}
