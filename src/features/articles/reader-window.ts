/**
 * Which part of a long body the reader shows: a very long article (the pipeline allows 10 MB) renders a
 * window of about CHUNK characters around what is selected, grown a chunk at a time on request, so no body
 * file can freeze the page with millions of nodes.
 */

/** Characters shown at first and added by each "Show more" / "Show earlier". */
export const CHUNK = 20_000;
/** How far a window edge may move to reach a line break or a space, so words and lines are never cut. */
const SNAP = 2_000;

/** A half-open range of the body's characters. */
export interface TextRange {
  start: number;
  end: number;
}

/** `at` moved back to the start of its line (or word), within SNAP characters. */
function snapBack(text: string, at: number): number {
  if (at <= 0) return 0;
  const from = Math.max(0, at - SNAP);
  const part = text.slice(from, at);
  const line = part.lastIndexOf('\n');
  if (line >= 0) return from + line + 1;
  const space = part.lastIndexOf(' ');
  return space >= 0 ? from + space + 1 : at;
}

/** `at` moved on to the end of its line (or word), within SNAP characters. */
function snapForward(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const part = text.slice(at, at + SNAP);
  const line = part.indexOf('\n');
  if (line >= 0) return at + line;
  const space = part.indexOf(' ');
  return space >= 0 ? at + space : at;
}

/** The first window: all of a short body, else CHUNK characters around `target` (or from the start). */
export function initialWindow(text: string, target: TextRange | null): TextRange {
  if (text.length <= CHUNK * 1.5) return { start: 0, end: text.length };
  const centre = target ? Math.floor((target.start + target.end) / 2) : 0;
  const start = Math.max(0, Math.min(centre - CHUNK / 2, text.length - CHUNK));
  const first = snapBack(text, Math.min(start, target?.start ?? start));
  const end = snapForward(text, Math.max(first + CHUNK, target?.end ?? 0));
  return { start: first, end };
}

/** The window with one more chunk before it. */
export function showEarlier(text: string, range: TextRange): TextRange {
  return { start: snapBack(text, Math.max(0, range.start - CHUNK)), end: range.end };
}

/** The window with one more chunk after it. */
export function showLater(text: string, range: TextRange): TextRange {
  return { start: range.start, end: snapForward(text, Math.min(text.length, range.end + CHUNK)) };
}
