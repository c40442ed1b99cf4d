/**
 * One claim, several mentions: a figure an article states in its headline, its lead and a quote is one claim,
 * charted once, with every sentence that states it kept as a mention. Two sources giving the same figure stay
 * two claims.
 */
import type { ClaimDraft } from '../../types';

/** What decides whether two drafts state the same claim, beyond value and unit. */
export interface RepeatContext {
  /** The day (or live entry) a text offset belongs to: a figure repeated on another day is a new report. */
  periodOf: (offset: number) => string;
  /** The country or body an actor speaks for, so "the Pentagon" and "a US official" count as one source. */
  groupOf: (actorId: string) => string;
}

/** Merges repeats of one claim in one document; the attributed mention (else the first) leads, with the figures
 *  of a range its bound restates. */
export function mergeRepeats(drafts: ClaimDraft[], context: RepeatContext): ClaimDraft[] {
  const groups: ClaimDraft[][] = [];
  // Groups by the figures a repeat must share, so a page of thousands of different figures stays linear.
  const byFigure = new Map<string, ClaimDraft[][]>();
  const keysOf = (d: ClaimDraft): string[] => {
    const base = `${d.unit}|${d.vague}|${context.periodOf(d.quote.start)}`;
    return [`${base}|${d.valueMin}|${d.valueMax}`, `${base}|min|${d.valueMin}`, `${base}|max|${d.valueMax}`];
  };
  for (const draft of drafts) {
    const candidates = keysOf(draft).flatMap((key) => byFigure.get(key) ?? []);
    const same = candidates.find((group) => group.every((other) => sameClaim(draft, other, context)));
    if (same) same.push(draft);
    else {
      const group = [draft];
      groups.push(group);
      for (const key of keysOf(draft)) {
        const list = byFigure.get(key);
        if (list) list.push(group);
        else byFigure.set(key, [group]);
      }
    }
  }
  const renamed = new Map<string, string>();
  const merged = groups.map((group) => {
    const lead = group.find((d) => d.claimantIds.length > 0) ?? group[0]!;
    for (const d of group) renamed.set(d.id, lead.id);
    // "up to 190,000" led by its source keeps the figures of the range it restates ("169,000-190,000").
    const range = group.find((d) => boundOf(lead, d));
    // A bare repeat ("risen to 130,000") shortens a hedged statement ("about 130,000") of the same figure.
    const hedged = lead.approx || lead.qualifier !== null ? undefined : group.find((d) => hedgeOf(lead, d));
    return {
      ...lead,
      ...(range ? figuresOf(range) : hedged ? { approx: true, qualifier: hedged.qualifier } : {}),
      subjectId: lead.subjectId ?? group.find((d) => d.subjectId)?.subjectId ?? null,
      placeIds: [...new Set(group.flatMap((d) => d.placeIds))],
      mentions: uniqueSpans(group.flatMap((d) => d.mentions)),
    };
  });
  const kept = new Set(merged.map((d) => d.id));
  return merged
    .map((d) => {
      const partOf = d.partOf === null ? null : (renamed.get(d.partOf) ?? d.partOf);
      // A figure cannot be part of itself once its repeats are one claim.
      return partOf === d.id || (partOf !== null && !kept.has(partOf))
        ? { ...d, partOf: null, relation: null }
        : { ...d, partOf };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function sameClaim(a: ClaimDraft, b: ClaimDraft, context: RepeatContext): boolean {
  if (a.unit !== b.unit || a.vague !== b.vague) return false;
  if ((a.valueMin !== b.valueMin || a.valueMax !== b.valueMax) && !boundOf(a, b) && !boundOf(b, a))
    return false;
  // Two equal figures in one sentence are two claims ("30,000 in Belarus and 30,000 in Crimea").
  if (a.quote.start === b.quote.start) return false;
  // "200,000 reservists" and "200,000 military personnel" count two different bodies of people.
  if (countsReserve(a) !== countsReserve(b)) return false;
  if (context.periodOf(a.quote.start) !== context.periodOf(b.quote.start)) return false;
  if (a.subjectId && b.subjectId && a.subjectId !== b.subjectId) return false;
  if (a.claimantIds.length === 0 || b.claimantIds.length === 0) return true;
  const groups = (d: ClaimDraft) => [...new Set(d.claimantIds.map(context.groupOf))].sort().join('|');
  return groups(a) === groups(b);
}

const RESERVE_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:reservists|reserves|reserve\s+(?:troops|soldiers|forces|personnel))\b/iu;

/** Whether the figure counts reservists rather than serving troops. */
function countsReserve(d: ClaimDraft): boolean {
  const at = d.valueSpan.end - d.quote.start;
  return RESERVE_AFTER.test(d.quote.text.slice(at, at + 60));
}

/** The figures of a draft, without its sentence (where the lead's figure stands), source or kind. */
function figuresOf(d: ClaimDraft): Partial<ClaimDraft> {
  const { valueMin, valueMax, approx, qualifier, perUnitMin, perUnitMax, troopsMin, troopsMax } = d;
  return { valueMin, valueMax, approx, qualifier, perUnitMin, perUnitMax, troopsMin, troopsMax };
}

/** "up to 190,000" restates the top of "between 169,000 and 190,000"; "at least 80,000" its bottom. */
function boundOf(point: ClaimDraft, range: ClaimDraft): boolean {
  if (point.valueMin !== point.valueMax || range.valueMin === range.valueMax) return false;
  const ceiling = /^(?:up to|as many as|at most|no more than)$/.test(point.qualifier ?? '');
  const floor = /^(?:at least|more than|over|no fewer than)$/.test(point.qualifier ?? '');
  return (ceiling && point.valueMax === range.valueMax) || (floor && point.valueMin === range.valueMin);
}

/** A mention of the same point figure with a hedge ("about", "some") or a bound ("up to 190,000" after a headline's
 *  "190,000"): the bare figure is the shorter statement of it. */
function hedgeOf(lead: ClaimDraft, d: ClaimDraft): boolean {
  return d.approx && !d.vague && d.valueMin === lead.valueMin && d.valueMax === lead.valueMax;
}

function uniqueSpans(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const seen = new Map(spans.map((s) => [`${s.start}:${s.end}`, s]));
  return [...seen.values()].sort((a, b) => a.start - b.start);
}
