/**
 * Sentence splitting for news text: paragraphs, bullets, headings without punctuation, live-blog lines,
 * quotes and abbreviations. A sentence never crosses a blank line.
 */
import type { Sentence } from '../../types';

/** Words that end with a full stop without ending the sentence ("Mr Putin", "Gen. Gerasimov"). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj sgt capt cpt adm cmdr brig gov sen rep pres st jr sr no nos vs ' +
    'etc approx est fig vol jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept min ' +
    'mt ft u.s u.k u.n e.u e.g i.e a.m p.m'
  ).split(' '),
);

/** After dotted initialisms ("U.S.") a new sentence is only assumed before a word that usually starts one. */
const SENTENCE_STARTERS = new Set(
  (
    'the a an it he she they we i but and in on this that there these those his her their its our ' +
    'meanwhile however yet so if when while after before as at for officials russia moscow ukraine'
  ).split(' '),
);

/** Longer runs are split at a space; real sentences are far shorter. */
const MAX_SENTENCE = 1_500;
const CLOSERS = '"\'”’)]»';
const TERMINAL = /[.!?…]/;
const BULLET = /^(?:[•·▪◦*–—-]|\d{1,3}[.)])\s+/;

/** Splits a body into sentences; spans are trimmed and never include leading bullets or list numbers. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks(text)) splitBlock(text, block.start, block.end, out);
  return out;
}

/** Runs of lines that belong together: a new block starts at a blank line, a bullet, or a line after one
 *  that reads as complete (ends in punctuation) or as a heading (the next line starts upper-case). */
function blocks(text: string): Sentence[] {
  const lines: Sentence[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const out: Sentence[] = [];
  let current: Sentence | null = null;
  let previous = '';
  for (const line of lines) {
    const body = text.slice(line.start, line.end);
    if (body.trim() === '') {
      current = null;
      continue;
    }
    // The block's last line stands for the whole block: only its final character matters.
    const joined = current !== null && continues(previous, body);
    previous = body;
    if (current && joined) {
      current.end = line.end;
      continue;
    }
    current = { start: line.start, end: line.end };
    out.push(current);
  }
  return out;
}

/** A hard-wrapped line continues the previous one only when that one is unfinished and this one starts
 *  in lower case, or that one ends on a word no heading ends on ("has moved over" / "80,000 soldiers", "a border
 *  with" / "Ukraine"); headings and live-blog lines stand alone. */
function continues(previous: string, line: string): boolean {
  const last = previous.trimEnd().slice(-1);
  if (TERMINAL.test(last) || CLOSERS.includes(last) || last === ':') return false;
  const trimmed = line.trimStart();
  if (BULLET.test(trimmed)) return false;
  return /^[a-z]/.test(trimmed) || (DANGLING.test(previous.trimEnd()) && /^[\p{Lu}\d]/u.test(trimmed));
}

/** Words a line cut inside a sentence may end on, and a heading does not: articles, prepositions, conjunctions. */
const DANGLING =
  /\s(?:a|an|the|of|to|with|over|than|that|and|or|but|in|on|at|from|by|for|about|into|its|their|his|her|our|as|is|are|was|were|has|have|had|will|would|could)$/;

function splitBlock(text: string, start: number, end: number, out: Sentence[]): void {
  const lead = /^\s*/.exec(text.slice(start, end))?.[0].length ?? 0;
  const bullet = BULLET.exec(text.slice(start + lead, end));
  let from = start + lead + (bullet ? bullet[0].length : 0);
  let i = from;
  while (i < end) {
    const ch = text.charAt(i);
    if (!TERMINAL.test(ch)) {
      i += 1;
      continue;
    }
    let stop = i + 1;
    while (stop < end && (TERMINAL.test(text.charAt(stop)) || CLOSERS.includes(text.charAt(stop)))) stop += 1;
    if (isBoundary(text, from, i, stop, end)) {
      push(text, from, stop, out);
      from = stop;
    }
    i = stop;
  }
  push(text, from, end, out);
}

/** Abbreviations and initialisms are short; the word before a stop is read back at most this far, so a run of
 *  letters and dots without spaces costs the same at every stop (linear, not quadratic, in the run). */
const MAX_WORD = 40;
/** Only the start of what follows a stop decides a boundary. */
const LOOKAHEAD = 40;

/** The run of letters and dots that ends at `at`, read back no further than `from` or MAX_WORD. */
function wordBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && at - i < MAX_WORD && /[\p{L}.]/u.test(text.charAt(i - 1))) i -= 1;
  return text.slice(i, at);
}

/** What follows `stop` after any whitespace, cut to LOOKAHEAD characters. */
function textAfter(text: string, stop: number, end: number): string {
  let i = stop;
  while (i < end && /\s/.test(text.charAt(i))) i += 1;
  return text.slice(i, Math.min(end, i + LOOKAHEAD));
}

/** Whether the punctuation at `at` (closed at `stop`) ends a sentence. */
function isBoundary(text: string, from: number, at: number, stop: number, end: number): boolean {
  if (stop >= end) return true;
  if (!/\s/.test(text.charAt(stop))) return isRunOn(text, from, at, stop);
  const rest = textAfter(text, stop, end);
  const next = rest.charAt(0);
  // A stray stop after a closing quote ("headquarters.” .") is dropped as a fragment of its own.
  if (TERMINAL.test(next)) return true;
  if (!/[A-Z0-9"'“‘([•]/.test(next) && !/\p{Lu}/u.test(next)) return false;
  if (text.charAt(at) !== '.') return true;
  const word = wordBefore(text, from, at);
  const lower = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false;
  if (lower === 'no' && /^\d/.test(rest)) return false;
  if (ABBREVIATIONS.has(lower) && !(lower.includes('.') || lower === 'etc')) return false;
  if (lower.includes('.') || ABBREVIATIONS.has(lower)) {
    const nextWord = /^[\p{L}]+/u.exec(rest)?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** A full stop glued to the next sentence ("to Ukraine.Over the week", "about 4,500.Then"), as pasted or scraped
 *  text often has: a plain lower-case word or a figure before it and a capitalised word after it; abbreviations
 *  and initialisms ("Gen.Petrov", "U.S.Navy") are no such stop. */
function isRunOn(text: string, from: number, at: number, stop: number): boolean {
  if (text.charAt(at) !== '.' || !/^\p{Lu}\p{Ll}/u.test(text.slice(stop, stop + 2))) return false;
  // A decimal point has a digit after it, so a capital after a figure's stop opens a sentence.
  if (/\d/.test(text.charAt(at - 1))) return true;
  const word = wordBefore(text, from, at);
  return /^\p{L}\p{Ll}{2,}$/u.test(word) && !ABBREVIATIONS.has(word.toLowerCase());
}

/** Adds the trimmed span unless it holds no letter or digit (a stray "." after a closing quote). */
function push(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  // Text without stops (a table, a bad conversion) is cut at a space so no "sentence" grows unbounded.
  while (end - start > MAX_SENTENCE) {
    // Searched within the window only: lastIndexOf from the window's end would run back to the text's start.
    const space = text.slice(start, start + MAX_SENTENCE + 1).lastIndexOf(' ');
    const cut = space > 0 ? start + space : start + MAX_SENTENCE;
    push(text, start, cut, out);
    start = cut;
    while (start < end && /\s/.test(text.charAt(start))) start += 1;
  }
  if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}
