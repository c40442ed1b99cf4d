/**
 * Merges event drafts that report the same happening (same trigger family, dates within the precision of
 * the vaguer one, at least one actor or place in common) into one event with several sources.
 * Ids come from content: the date, the family and a hash of the earliest source.
 */
import type { CrisisEvent, Day } from '../../domain/schema';
import { shortHash } from '../ids';
import type { EventDraft } from '../types';

const PRECISION_DAYS = { day: 0, week: 6, month: 30 } as const;
const RANK = { day: 0, week: 1, month: 2 } as const;
const PRECISIONS = ['day', 'week', 'month'] as const;
/** Families about who met or spoke with whom: two reports are one only if they share two names. */
const BETWEEN_PEOPLE = new Set(['meeting', 'call', 'agreement', 'statement', 'declaration']);

const dayNumbers = new Map<Day, number>();

/** Whole days since 1970-01-01; memoised, as a corpus has few distinct days and many drafts. */
function dayNumber(day: Day): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    dayNumbers.set(day, n);
  }
  return n;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sourceKey(s: EventDraft['sources'][number]): string {
  return `${s.articleId}:${String(s.start).padStart(9, '0')}`;
}

function sameHappening(a: EventDraft, b: EventDraft): boolean {
  if (a.trigger !== b.trigger) return false;
  const slack = Math.max(PRECISION_DAYS[a.datePrecision], PRECISION_DAYS[b.datePrecision]);
  if (Math.abs(dayNumber(a.date) - dayNumber(b.date)) > slack) return false;
  const shared = [...new Set([...b.actorIds, ...b.placeIds])].filter(
    (id) => a.actorIds.includes(id) || a.placeIds.includes(id),
  );
  // A country named in a sentence is both an actor and a place there: too common alone to tie two reports.
  const generic = (d: EventDraft, id: string): boolean => d.actorIds.includes(id) && d.placeIds.includes(id);
  if (!BETWEEN_PEOPLE.has(a.trigger)) return shared.length > 0;
  // Who met whom: both sides (or one side and the place) must agree, and a country named in passing is
  // both an actor and a place in its sentence, too common to count.
  return shared.filter((id) => !generic(a, id) && !generic(b, id)).length >= 2;
}

function combine(group: EventDraft[]): CrisisEvent {
  const sources = group
    .flatMap((d) => d.sources)
    .sort((x, y) => byString(sourceKey(x), sourceKey(y)))
    .filter((s, n, all) => n === 0 || sourceKey(s) !== sourceKey(all[n - 1]!));
  // The most precise date wins; the title of the draft that carries it, earliest source first.
  const lead = [...group].sort(
    (x, y) =>
      RANK[x.datePrecision] - RANK[y.datePrecision] ||
      byString(sourceKey(x.sources[0]!), sourceKey(y.sources[0]!)),
  )[0]!;
  const status = group.some((d) => d.status === 'occurred') ? 'occurred' : lead.status;
  const first = sources[0]!;
  return {
    id: `ev-${lead.date}-${lead.trigger}-${shortHash(sourceKey(first), 6)}`,
    date: lead.date,
    datePrecision: lead.datePrecision,
    title: lead.title,
    status,
    actorIds: [...new Set(group.flatMap((d) => d.actorIds))].sort(byString),
    placeIds: [...new Set(group.flatMap((d) => d.placeIds))].sort(byString),
    sources,
  };
}

/** A draft already placed in a group, keyed for the date-window lookup. */
interface Placed {
  draft: EventDraft;
  group: number;
}

/**
 * Merges drafts of the same happening into events, sorted by date then id. A draft joins the earliest
 * group holding a matching draft; only drafts of its family within the date slack are compared (bucketed by
 * family, precision and day), so the step stays near linear on corpora of many thousand articles.
 */
export function mergeEvents(drafts: EventDraft[]): CrisisEvent[] {
  const groups: EventDraft[][] = [];
  const buckets = new Map<string, Placed[]>();
  const ordered = [...drafts].sort(
    (a, b) => byString(a.date, b.date) || byString(sourceKey(a.sources[0]!), sourceKey(b.sources[0]!)),
  );
  for (const draft of ordered) {
    if (draft.sources.length === 0) continue;
    const day = dayNumber(draft.date);
    let joined = Infinity;
    for (const precision of PRECISIONS) {
      const slack = Math.max(PRECISION_DAYS[draft.datePrecision], PRECISION_DAYS[precision]);
      // Drafts come in date order, so every placed draft is on or before this one's day.
      for (let d = day - slack; d <= day; d += 1) {
        for (const placed of buckets.get(`${draft.trigger}|${precision}|${d}`) ?? []) {
          if (placed.group < joined && sameHappening(placed.draft, draft)) joined = placed.group;
        }
      }
    }
    const group = Number.isFinite(joined) ? joined : groups.push([]) - 1;
    groups[group]!.push(draft);
    const key = `${draft.trigger}|${draft.datePrecision}|${day}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push({ draft, group });
    else buckets.set(key, [{ draft, group }]);
  }
  return groups.map(combine).sort((a, b) => byString(a.date, b.date) || byString(a.id, b.id));
}
