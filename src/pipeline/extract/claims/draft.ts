/** Turns a troop figure with its context into a ClaimDraft. */
import type { ClaimKind } from '../../../domain/schema';
import type { ClaimDraft, ParsedDoc, Sentence } from '../../types';
import type { NumberPhrase } from './numbers';

/** What a troop figure counts and how its words qualify it. */
export interface Figure {
  phrase: NumberPhrase;
  unit: 'troops' | 'btg';
  perUnit: { min: number; max: number } | null;
  relation: 'subset' | 'additional' | null;
}

/** What the sentence around a figure says about it. */
export interface FigureContext {
  kind: ClaimKind;
  subjectId: string | null;
  claimantIds: string[];
  placeIds: string[];
  partOf: string | null;
}

/** "officials estimate that 14 more battalions are on the way", "estimated by the alliance to number 30,000": a
 *  figure a source gives as its estimate is approximate, as "an estimated 30,000" is. */
const ESTIMATED_BEFORE =
  /\bestimated?s?\s+that\s+[^.;:!?]{0,160}$|\bestimated\s+(?:by\s+[^.;,]{1,40}?\s+)?to\s+(?:number|total|be|stand\s+at|reach)\s+$/i;

/** The claim for a figure; its id is the document id plus where the number phrase starts. */
export function toDraft(
  doc: ParsedDoc,
  sentence: Sentence,
  figure: Figure,
  context: FigureContext,
): ClaimDraft {
  const { phrase, unit, perUnit } = figure;
  const troops =
    unit === 'troops'
      ? { min: phrase.min, max: phrase.max }
      : perUnit
        ? { min: phrase.min * perUnit.min, max: phrase.max * perUnit.max }
        : null;
  return {
    id: `${doc.id}:c${phrase.start}`,
    articleId: doc.id,
    valueMin: phrase.min,
    valueMax: phrase.max,
    approx:
      phrase.approx ||
      ESTIMATED_BEFORE.test(doc.text.slice(Math.max(sentence.start, phrase.start - 200), phrase.start)),
    vague: phrase.vague,
    qualifier: phrase.qualifier,
    kind: context.kind,
    unit,
    perUnitMin: perUnit?.min ?? null,
    perUnitMax: perUnit?.max ?? null,
    troopsMin: troops?.min ?? null,
    troopsMax: troops?.max ?? null,
    subjectId: context.subjectId,
    claimantIds: context.claimantIds,
    placeIds: context.placeIds,
    partOf: context.partOf,
    relation: context.partOf ? figure.relation : null,
    quote: { start: sentence.start, end: sentence.end, text: doc.text.slice(sentence.start, sentence.end) },
    valueSpan: { start: phrase.start, end: phrase.end },
    mentions: [{ start: sentence.start, end: sentence.end }],
  };
}

/** The day (or month) the document or its newest live entry was published, as written (YYYY-MM-DD or YYYY-MM). */
export function articleDay(doc: ParsedDoc): string | null {
  return (
    doc.meta.date ??
    doc.headerDate ??
    doc.entries
      .map((e) => e.publishedAt)
      .sort()
      .at(-1) ??
    null
  );
}

/** The year the document (or its newest live entry) was published, to tell past deployments from current. */
export function articleYear(doc: ParsedDoc): number | null {
  const day = articleDay(doc);
  return day ? Number(day.slice(0, 4)) : null;
}
