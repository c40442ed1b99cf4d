/**
 * Text folding and tokens for name matching. Folding keeps the string length unchanged, one UTF-16 unit
 * for one, so a match found in the folded text has the same span in the original.
 */

/** A word or a single punctuation mark, with its span and how it was written. */
export interface Token {
  start: number;
  end: number;
  /** Folded form: lower case, accents removed, curly apostrophes and dashes made plain. */
  norm: string;
  /** Starts with an upper-case letter in the original. */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym such as "US"). */
  upper: boolean;
  /** A letter or digit word, not punctuation. */
  word: boolean;
  /** A line break separates it from the previous token (names never run across lines). */
  nl: boolean;
}

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02bc', '`', '\u00b4']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const folded = new Map<string, string>();

function foldChar(c: string): string {
  if (c < '\u0080') return c.toLowerCase();
  if (APOSTROPHES.has(c)) return "'";
  if (DASHES.has(c)) return '-';
  if (SPACES.test(c)) return ' ';
  let out = folded.get(c);
  if (out === undefined) {
    const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // Characters that fold to two letters ("ß") keep their place rather than shift every later span.
    out = base.length === 1 ? base : c;
    folded.set(c, out);
  }
  return out;
}

/** Folds text to a string of the same length: "Volodímir" -> "volodimir", "Russia’s" -> "russia's". */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldChar(text.charAt(i));
  return out;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
/** A lower-to-upper step inside a word after three lower-case letters: a run-on ("BorrellImage"), not "McFaul". */
const RUN_ON = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu;

function pieces(text: string, start: number, end: number): [number, number][] {
  if (end - start < 5 || text.slice(start + 1, end) === text.slice(start + 1, end).toLowerCase()) {
    return [[start, end]];
  }
  const cuts = [...text.slice(start, end).matchAll(RUN_ON)].map((m) => start + m.index);
  return [start, ...cuts].map((from, n) => [from, cuts[n] ?? end]);
}
const LETTER = /\p{L}/u;

/** Splits text into word and punctuation tokens with spans into `text`. */
export function tokenize(text: string): Token[] {
  const norm = foldText(text);
  const tokens: Token[] = [];
  let last = 0;
  for (const m of norm.matchAll(TOKEN)) {
    for (const [start, end] of pieces(text, m.index, m.index + m[0].length)) {
      const raw = text.slice(start, end);
      const first = raw.charAt(0);
      const word = LETTER.test(first) || /\p{N}/u.test(first);
      const cap = LETTER.test(first) && first !== first.toLowerCase();
      const upper =
        raw.length >= 2 && LETTER.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      const nl = text.slice(last, start).includes('\n');
      last = end;
      tokens.push({ start, end, norm: norm.slice(start, end), cap, upper, word, nl });
    }
  }
  return tokens;
}

/** How a name's token must be written in the text to count: as the registry writes it, or in any case. */
export type CaseRule = 'upper' | 'cap' | 'any';

/** The match key of a name ("Ukraine’s border" -> "ukraine ' s border") and a case rule per token. */
export function nameKey(name: string): { key: string; rules: CaseRule[]; length: number } {
  const tokens = tokenize(name);
  const rules = tokens.map((t): CaseRule => (t.upper ? 'upper' : t.cap ? 'cap' : 'any'));
  return { key: tokens.map((t) => t.norm).join(' '), rules, length: tokens.length };
}

/** True when the text's tokens are written as the rules ask (acronyms in capitals, proper nouns capitalised). */
export function casesAgree(tokens: readonly Token[], from: number, rules: readonly CaseRule[]): boolean {
  return rules.every((rule, k) => {
    const t = tokens[from + k];
    if (!t || (k > 0 && t.nl)) return false;
    if (rule === 'upper') return t.upper;
    if (rule === 'cap') return t.cap || /\p{N}/u.test(t.norm);
    return true;
  });
}

/** The key of tokens [from, from + length). */
export function keyAt(tokens: readonly Token[], from: number, length: number): string {
  let key = '';
  for (let k = from; k < from + length; k += 1) key += (k > from ? ' ' : '') + (tokens[k]?.norm ?? '');
  return key;
}
