/**
 * JSON written with every element of its top-level arrays on a line of its own, and read back while it downloads.
 * A raw line break never occurs inside a JSON string, so each such line is a whole value: the page parses the
 * dataset's rows as the chunks arrive, while it would otherwise wait idle for the last byte and then parse 46 MB in
 * one go. The text stays plain JSON; a reader that does not know the layout parses it as it always did, and this
 * reader parses any other layout (one line, pretty-printed) whole at the end, with `JSON.parse`'s own errors.
 */

/** `value` (an object) as JSON whose non-empty top-level arrays hold one element per line. */
export function toRowsPerLine(value: Record<string, unknown>): string {
  const members: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const text = JSON.stringify(item);
    if (text === undefined) continue;
    const name = JSON.stringify(key);
    if (!Array.isArray(item) || item.length === 0) members.push(`${name}:${text}`);
    else members.push(`${name}:[\n${item.map((row) => JSON.stringify(row) ?? 'null').join(',\n')}\n]`);
  }
  return `{${members.join(',')}}`;
}

// The key of the top-level array a line opens: `…,"claims":[` at the end of the line. Only the line's tail is
// searched (a one-line file is one 46 MB line); a longer key is not recognised, and the text is parsed whole.
const OPENS_ARRAY = /"((?:[^"\\]|\\.)*)":\[$/;
const KEY_TAIL = 1000;

/**
 * Reads JSON text pushed in pieces. Lines inside a top-level array opened at the end of a line are parsed one by
 * one as they complete; the rest (the "head", with those arrays left empty) is parsed at the end and the rows put
 * back. Anything unexpected switches to parsing the whole text at the end.
 */
export class RowsPerLineReader {
  private readonly pieces: string[] = [];
  private readonly head: string[] = [];
  private readonly arrays: { key: string; rows: unknown[] }[] = [];
  private rows: unknown[] | null = null;
  // Whether the last row ended with a comma (null before the first row of an array).
  private comma: boolean | null = null;
  private partial = '';
  private whole = false;
  // Nesting depth and string state after the head lines scanned so far (scanned only when a line may open rows).
  private scanned = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  /** How many rows were parsed so far, before the end: none when the text has another layout. */
  get rowsRead(): number {
    return this.whole ? 0 : this.arrays.reduce((sum, a) => sum + a.rows.length, 0);
  }

  /** Takes the next piece of text. */
  push(piece: string): void {
    this.pieces.push(piece);
    if (this.whole) return;
    let from = 0;
    for (let end = piece.indexOf('\n'); end !== -1; end = piece.indexOf('\n', from)) {
      const line = from === 0 && this.partial ? this.partial + piece.slice(0, end) : piece.slice(from, end);
      this.partial = '';
      this.line(line);
      if (this.whole) return;
      from = end + 1;
    }
    this.partial += piece.slice(from);
  }

  /** The value of the whole text; throws as `JSON.parse` does when it is no JSON. */
  end(): unknown {
    if (!this.whole && this.partial) this.line(this.partial);
    if (!this.whole && this.rows === null) {
      const value = parseHead(this.head.join('\n'), this.arrays);
      if (value !== undefined) return value;
    }
    return JSON.parse(this.pieces.join('')) as unknown;
  }

  private line(line: string): void {
    if (this.rows !== null && !line.startsWith(']')) {
      // Rows are separated by a comma at the end of a line; two rows without one are no JSON.
      if (this.comma === false) this.whole = true;
      else {
        this.comma = line.endsWith(',');
        try {
          this.rows.push(JSON.parse(this.comma ? line.slice(0, -1) : line));
        } catch {
          this.whole = true;
        }
      }
      return;
    }
    // A comma after the last row is no JSON either.
    if (this.comma === true) {
      this.whole = true;
      return;
    }
    this.rows = null;
    this.comma = null;
    this.head.push(line);
    const key = line.endsWith(':[') ? OPENS_ARRAY.exec(line.slice(-KEY_TAIL)) : null;
    if (!key || this.depthAfterHead() !== 2) return;
    const name = JSON.parse(`"${key[1]}"`) as string;
    if (this.arrays.some((a) => a.key === name)) {
      this.whole = true;
      return;
    }
    this.rows = [];
    this.arrays.push({ key: name, rows: this.rows });
  }

  /** The nesting depth after the head lines so far: 2 is inside an array that is a member of the top object. */
  private depthAfterHead(): number {
    for (; this.scanned < this.head.length; this.scanned += 1) {
      const text = this.head[this.scanned]!;
      for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) this.escaped = true;
          else if (c === 0x22) this.inString = false;
        } else if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.depth += 1;
        else if (c === 0x7d || c === 0x5d) this.depth -= 1;
      }
    }
    return this.inString ? -1 : this.depth;
  }
}

/** The head parsed with its rows put back, or undefined when it does not fit (the caller parses the whole text). */
function parseHead(head: string, arrays: readonly { key: string; rows: unknown[] }[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(head);
  } catch {
    return undefined;
  }
  if (arrays.length === 0) return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const members = value as Record<string, unknown>;
  for (const { key, rows } of arrays) {
    const empty = members[key];
    if (!Array.isArray(empty) || empty.length !== 0) return undefined;
    members[key] = rows;
  }
  return value;
}
