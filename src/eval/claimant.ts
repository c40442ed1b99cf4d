/**
 * Who a claim is attributed to, reduced to the reference scorer's keys: a country (through an actor's
 * `affiliation`), `media` for a news outlet, `western`, or a non-state body's own name. The table and its order
 * are the reference scorer's; changing one changes the metric.
 */
import { norm } from './text';
import type { ScoredActor } from './scored-dataset';

/** Country keys and the names, capitals and metonyms that stand for each, in the scorer's order. */
export const COUNTRY: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'united states',
    ['united states', 'us', 'u.s.', 'usa', 'america', 'washington', 'pentagon', 'white house', 'biden'],
  ],
  [
    'united kingdom',
    ['united kingdom', 'uk', 'u.k.', 'britain', 'great britain', 'downing street', 'whitehall', 'london'],
  ],
  ['ukraine', ['ukraine', 'kyiv', 'kiev', 'ukrainian']],
  ['russia', ['russia', 'moscow', 'kremlin', 'russian']],
  ['nato', ['nato', 'north atlantic']],
  ['belarus', ['belarus', 'minsk']],
  ['germany', ['germany', 'berlin']],
  ['france', ['france', 'paris', 'elysee']],
  ['eu', ['eu', 'european union']],
  ['canada', ['canada', 'ottawa']],
  ['poland', ['poland', 'warsaw']],
  ['lithuania', ['lithuania', 'vilnius']],
  ['latvia', ['latvia', 'riga']],
  ['estonia', ['estonia', 'tallinn']],
  ['romania', ['romania', 'bucharest']],
  ['moldova', ['moldova']],
  ['north korea', ['north korea', 'pyongyang', 'dprk']],
  ['china', ['china', 'beijing']],
  ['turkey', ['turkey', 'ankara']],
  ['finland', ['finland']],
  ['sweden', ['sweden']],
  ['norway', ['norway']],
  ['denmark', ['denmark']],
  ['netherlands', ['netherlands']],
  ['italy', ['italy']],
  ['japan', ['japan']],
];
const COUNTRY_KEYS = new Set(COUNTRY.map(([c]) => c));
const STATE_KINDS = new Set(['country', 'government', 'ministry', 'military', 'alliance']);

/** True when `key` occurs in `name` as a whole word (bounded by non-letters). */
function hasWord(name: string, key: string): boolean {
  let from = 0;
  for (;;) {
    const at = name.indexOf(key, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : name[at - 1]!;
    const after = name[at + key.length] ?? '';
    if (!/^[a-z]$/.test(before) && !/^[a-z]$/.test(after)) return true;
    from = at + 1;
  }
}

/** The country a name stands for, `western` for a Western source, else the normalised name itself. */
export function toCountry(name: string | null | undefined): string {
  const n = norm(name);
  for (const [country, keys] of COUNTRY) if (keys.some((k) => n === k || hasWord(n, k))) return country;
  return n.includes('west') ? 'western' : n;
}

/** The scorer's key for one actor id. */
export function actorKey(id: string, actors: ReadonlyMap<string, ScoredActor>): string {
  const a = actors.get(id);
  if (!a) return toCountry(id);
  // A news outlet cited as the source is "media", whatever country it is based in.
  if (a.kind === 'media') return 'media';
  const aff = a.affiliation;
  // A body that speaks for no state keeps its own name ("Russia Behind Bars" is not Russia).
  if (!aff && !STATE_KINDS.has(a.kind ?? '')) {
    const n = norm(a.name ?? id);
    return COUNTRY.find(([, keys]) => keys.includes(n))?.[0] ?? n;
  }
  const candidates: string[] = [];
  if (aff) candidates.push(actors.get(aff)?.name ?? aff);
  candidates.push(a.name ?? id);
  const keys = candidates.map(toCountry);
  return keys.find((k) => COUNTRY_KEYS.has(k) || k === 'western') ?? keys.at(-1)!;
}

/** The set of keys of a claim's claimants; empty for an unattributed claim. */
export function claimantKeys(
  ids: readonly string[] | null | undefined,
  actors: ReadonlyMap<string, ScoredActor>,
) {
  return new Set((ids ?? []).map((id) => actorKey(id, actors)));
}

/** Whether the predicted claimants satisfy the gold claimant or its alternative. */
export function claimantOk(
  gold: string | null | undefined,
  alt: string | null | undefined,
  pred: ReadonlySet<string>,
): boolean {
  for (const g of alt ? [gold, alt] : [gold]) {
    if (g === null || g === undefined) continue;
    const gn = norm(g);
    if (gn === 'unattributed') {
      if (pred.size === 0) return true;
    } else if (gn === 'media') {
      if (pred.has('media')) return true;
    } else if (gn === 'us and uk') {
      if (pred.size === 2 && pred.has('united states') && pred.has('united kingdom')) return true;
    } else if (gn === 'us and allies') {
      if (pred.has('united states') || pred.has('western')) return true;
    } else if (gn === 'western officials') {
      if (pred.has('western') || pred.has('united states') || pred.has('united kingdom')) return true;
    } else if (gn === 'analysts') {
      if (pred.size > 0 && ![...pred].some((p) => COUNTRY_KEYS.has(p))) return true;
    } else if (pred.has(toCountry(g))) return true;
  }
  return false;
}

/**
 * Whether the predicted subject (whose forces) is the gold's. Not part of the reference scorer: the subject
 * actor is reduced like a claimant; separatist forces are their own key, not the state backing them.
 */
export function subjectOk(
  gold: string,
  subjectId: string | null | undefined,
  actors: ReadonlyMap<string, ScoredActor>,
): boolean {
  if (!subjectId) return false;
  const separatist = (s: string) => norm(s).includes('separatist');
  const name = actors.get(subjectId)?.name ?? subjectId;
  if (separatist(gold) || separatist(name)) return separatist(gold) && separatist(name);
  return norm(name) === norm(gold) || actorKey(subjectId, actors) === toCountry(gold);
}
