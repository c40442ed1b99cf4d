/**
 * Text and number helpers that behave exactly like the reference scorer's Python (`score.py`), so both
 * print the same figures: NFKC + lower-case normalisation, and half-to-even rounding of exact ties.
 */

/** Python's `str.isspace` set (JS `\s` has U+FEFF and lacks U+001C-U+001F and U+0085). */
// eslint-disable-next-line no-control-regex -- Python counts the separators U+001C-U+001F as spaces
const PY_SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** NFKC, curly apostrophe to straight, whitespace runs to one space, trimmed, lower-case. */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replaceAll('\u2019', "'")
    .replaceAll('\u00a0', ' ')
    .replace(PY_SPACE, ' ')
    .trim()
    .toLowerCase();
}

/** Python's `str.replace(old, '')`: every occurrence, left to right, without overlaps. */
export function removeAll(s: string, part: string): string {
  return s.split(part).join('');
}

/**
 * `x` with `digits` decimals as Python's `format(x, '.Nf')` writes it. `toFixed` already rounds the exact
 * binary value; it only differs on an exact tie (0.125), which Python rounds to even and JS rounds up.
 */
export function pyFixed(x: number, digits: number): string {
  const fixed = x.toFixed(digits);
  // 40 more digits: a ratio of small counts that is not an exact tie shows a non-zero digit long before.
  const long = Math.abs(x).toFixed(digits + 40);
  const tail = long.slice(long.length - 40);
  if (!/^50*$/.test(tail)) return fixed;
  const truncated = long.slice(0, long.length - 40);
  const lastDigit = Number(truncated.at(-1));
  if (lastDigit % 2 === 1) return fixed; // rounding up lands on an even digit, as Python does
  return (x < 0 ? '-' : '') + truncated.replace(/\.$/, '');
}

/** Python's `round(x, digits)`. */
export function pyRound(x: number, digits: number): number {
  return Number(pyFixed(x, digits));
}

/** Python's `repr` of a float (`1.0`, `0.74`). */
export function pyFloat(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}
