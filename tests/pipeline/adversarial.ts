/**
 * Test helper: adversarial inputs for the linear-time property tests (issue 13). Each generator repeats a
 * short hostile pattern until the text reaches `bytes` characters, so a stage that re-reads a growing prefix
 * or backtracks over a long run shows up as a super-linear cost.
 */

/** Repeats `unit(i)` until the text is at least `bytes` long, then cuts it there. */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, bytes);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (i: number) => LETTERS.charAt(i % 26);
const pad = (n: number) => String(n).padStart(2, '0');

/** Named adversarial texts of about `bytes` characters. */
export const ADVERSARIAL: Record<string, (bytes: number) => string> = {
  initials: (bytes) => fill(bytes, (i) => `Lt. ${letter(i)}. ${letter(i + 7)}. Jones, Capt. D. P. Novak, `),
  abbreviations: (bytes) => fill(bytes, () => 'St. Gen. Mr. Dr. Col. '),
  dottedRun: (bytes) => fill(bytes, (i) => `${letter(i)}.`),
  digits: (bytes) => fill(bytes, (i) => `${(i * 7919) % 10}`),
  commas: (bytes) => fill(bytes, (i) => `${i % 1000},`),
  quotes: (bytes) => fill(bytes, (i) => (i % 2 ? '"Russia said ' : '“he said” ‘')),
  brackets: (bytes) => fill(bytes, (i) => (i % 3 === 2 ? ')]' : '([Russian ')),
  timestamps: (bytes) =>
    fill(
      bytes,
      (i) =>
        `${i + 1}. Update published at ${pad(i % 24)}:${pad((i * 7) % 60)} GMT 15 February 2022\nRussia said.\n`,
    ),
};

/** Deeply nested HTML with stray closing tags (what made the parser quadratic). */
export function nestedHtml(bytes: number): string {
  return `<html><head><title>Nested</title></head><body>${fill(bytes, (i) =>
    i % 5 === 4 ? '</span></b><p>Russia said troops.' : '<div><span><b>',
  )}</body></html>`;
}

/** A live page with `entries` stamped entries (about 80 characters each). */
export function livePage(entries: number): string {
  const lines = ['Summary', ''];
  for (let i = 0; i < entries; i += 1) {
    lines.push(
      `${(i % 999) + 1}. Update published at ${pad(Math.floor(i / 60) % 24)}:${pad(i % 60)} GMT 15 February 2022`,
    );
    lines.push(`Russia moved ${(i % 90) + 10},000 troops to Belarus.`, '');
  }
  return lines.join('\n');
}
