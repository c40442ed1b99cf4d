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
  // Replacing only what changes keeps this linear; appending a character at a time builds a rope whose
  // flattening grows faster than the text.
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase()).replace(/[\u0080-\uffff]/g, foldChar);
}

/** A lower-to-upper step inside a word after three lower-case letters: a run-on ("BorrellImage"), not "McFaul". */
const RUN_ON = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu;

/** Where `text` splits between start and end: at run-ons, when the word has a capital after its first letter. */
function cutsOf(text: string, start: number, end: number): number[] {
  if (end - start < 5 || text.slice(start + 1, end) === text.slice(start + 1, end).toLowerCase()) return [];
  return [...text.slice(start, end).matchAll(RUN_ON)].map((m) => start + m.index);
}
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** What a code point is to the tokenizer: 0 white space, 1 part of a word (letter or digit), 2 punctuation. */
const KIND = new Map<number, number>();
function kindOf(point: number): number {
  let kind = KIND.get(point);
  if (kind === undefined) {
    const c = String.fromCodePoint(point);
    kind = /\s/u.test(c) ? 0 : /[\p{L}\p{N}]/u.test(c) ? 1 : 2;
    KIND.set(point, kind);
  }
  return kind;
}
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) => kindOf(c));
/** `kindOf`, from the table for ASCII. */
const kindAt = (point: number): number => (point < 0x80 ? ASCII_KIND[point]! : kindOf(point));
/** How many UTF-16 units the code point takes. */
const unitsOf = (point: number): number => (point > 0xffff ? 2 : 1);

/** The code point at `i`; a lone surrogate stands for itself. */
function pointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c : (text.codePointAt(i) ?? c);
}

/** Splits text into word and punctuation tokens with spans into `text`. */
export function tokenize(text: string): Token[] {
  const norm = foldText(text);
  const tokens: Token[] = [];
  let last = 0;
  // The next line break at or after `last`, found once per break rather than once per token.
  let lineBreak = text.indexOf('\n');
  const push = (start: number, end: number): void => {
    if (lineBreak !== -1 && lineBreak < last) lineBreak = text.indexOf('\n', last);
    const nl = lineBreak !== -1 && lineBreak < start;
    last = end;
    let ascii = true;
    let lower = 0;
    let capital = 0;
    for (let k = start; k < end && ascii; k += 1) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) ascii = false;
      else if (c >= 97 && c <= 122) lower += 1;
      else if (c >= 65 && c <= 90) capital += 1;
    }
    const first = text.charCodeAt(start);
    const raw = ascii ? '' : text.slice(start, end);
    const head = ascii ? '' : String.fromCodePoint(text.codePointAt(start) ?? first);
    tokens.push({
      start,
      end,
      norm: norm.slice(start, end),
      cap: ascii ? first >= 65 && first <= 90 : LETTER.test(head) && head !== head.toLowerCase(),
      upper: ascii
        ? end - start >= 2 && lower === 0 && capital > 0
        : raw.length >= 2 && LETTER.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
      word: ascii ? ASCII_KIND[first] === 1 : LETTER.test(head) || NUMBER.test(head),
      nl,
    });
  };
  for (let i = 0; i < norm.length;) {
    const point = pointAt(norm, i);
    const kind = kindAt(point);
    if (kind !== 1) {
      if (kind === 2) push(i, i + unitsOf(point));
      i += unitsOf(point);
      continue;
    }
    let end = i + unitsOf(point);
    while (end < norm.length) {
      const next = pointAt(norm, end);
      if (kindAt(next) !== 1) break;
      end += unitsOf(next);
    }
    let from = i;
    for (const cut of cutsOf(text, i, end)) {
      push(from, cut);
      from = cut;
    }
    push(from, end);
    i = end;
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
