/**
 * Titles around a person's name: "Russian President Vladimir Putin", "Mr Biden", "Secretary of State Antony
 * Blinken", "Vladimir Putin, the Russian president". The words are a small lexicon, not a list of people.
 */
import type { Token } from '../entities/tokens';

/** Words that are an office or a form of address by themselves. */
const HEADS = new Set(
  `president chancellor minister pm premier secretary spokesman spokeswoman spokesperson general mr mrs ms
   dr professor prof sir dame leader ambassador envoy director chairman chairwoman chair chief commander adviser
   advisor senator sen rep governor mayor speaker admiral colonel lieutenant major deputy representative diplomat
   head king queen analyst correspondent editor economist expert researcher strategist fellow foreign-secretary
   marshal sergeant captain officer commissioner`.split(/\s+/),
);

/** Words that qualify an office ("foreign", "of", "state", "defence ministry"). */
const MODIFIERS = new Set(
  `foreign defence defense prime vice state of ministry interior finance economy justice national security council
   joint chiefs staff kremlin press federal high top affairs the for armed forces assistant under white house
   pentagon department us u s uk k eu nato un . ' - general military intelligence government`.split(/\s+/),
);

/** Words before a title that make it a past office, so that it names nobody today. */
const PAST = new Set(['former', 'ex', 'then', 'onetime', 'late', 'previous', 'as']);

/** True when tokens right before `from` are an office and its qualifiers ("Head of Joint Staff", "Defence
 *  Minister"), read back over qualifiers to an office word on the same line. */
export function titledBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 5); k -= 1) {
    const t = tokens[k]!;
    if (tokens[k + 1]!.nl || !t.word) return false;
    if (HEADS.has(t.norm)) return true;
    if (!MODIFIERS.has(t.norm)) return false;
  }
  return false;
}

/** True when the token qualifies an office ("Staff" in "Head of Joint Staff"), so it starts no name. */
export function isTitleQualifier(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.cap && MODIFIERS.has(t.norm);
}

/** True when the token is an office word such as "president" or "Mr". */
export function isHead(t: Token | undefined): boolean {
  return t !== undefined && t.word && HEADS.has(t.norm);
}

/** True when a title starting at token `from` is qualified as past ("former US ambassador"). */
export function isPastTitle(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  if (prev?.norm === '-' && prev2?.norm === 'ex') return true;
  return prev !== undefined && PAST.has(prev.norm) && !prev.nl;
}

/**
 * How far left a title reaches before a name that starts at token `from`. `free(k)` says whether token k is
 * not part of another name; `qualifier(k)` whether it is a country or demonym that may qualify the office
 * ("Ukraine President", "Russian"). Returns `from` when no office word precedes the name.
 */
export function titleStart(
  tokens: readonly Token[],
  from: number,
  free: (k: number) => boolean,
  qualifier: (k: number) => boolean,
): number {
  let best = from;
  let k = from - 1;
  while (k >= 0 && !tokens[k + 1]?.nl) {
    const t = tokens[k]!;
    const fits = qualifier(k) || (free(k) && (HEADS.has(t.norm) || MODIFIERS.has(t.norm)));
    const comma = t.norm === ',' && k === from - 1 && isHead(tokens[k - 1]);
    if (!fits && !comma) break;
    if (HEADS.has(t.norm)) best = k;
    k -= 1;
  }
  if (best === from) return from;
  // Past the last office word, take the qualifiers that belong to it ("Russian", "Defence Ministry", "UK").
  for (let j = best - 1; j > k; j -= 1) {
    const t = tokens[j]!;
    if (t.norm === ',') break;
    if (t.cap || t.upper || qualifier(j) || t.norm === 'the') best = j;
  }
  while (best < from && ['of', "'", 's', '.', '-', 'for'].includes(tokens[best]!.norm)) best += 1;
  return best;
}

/** True when only punctuation a title and its name may share lies between tokens `end` and `start`. */
export function apposed(tokens: readonly Token[], end: number, start: number): boolean {
  const between = tokens.slice(end, start).map((t) => t.norm);
  for (let k = end; k <= start; k += 1) if (tokens[k]?.nl) return false;
  const joined = between.join(' ');
  return joined === '' || joined === ',' || joined === ', the' || joined === ', who is the';
}
