/**
 * Text from input files (names, front matter, titles, messages quoting them) made safe for a terminal: control
 * characters, line and paragraph separators and bidirectional overrides are shown as escapes, so a file can
 * never move the cursor, retitle or clear the terminal, or print a line of its own into the report.
 */

// C0 and C1 controls (matching them is the point, hence the lint exception), DEL, the Unicode line/paragraph separators and the bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every unsafe character written as an escape (`\x1b`, `\n`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
