/**
 * Troop claims: every reported number of troops or battalion tactical groups, with its range, hedge, kind,
 * whose forces, who says so, where, and the sentence it came from.
 * Conventions: a single figure is min = max, hedges ("more than", "nearly", "up to") only set approx and
 * qualifier; ranges and vague phrases ("tens of thousands" = 20,000-90,000) give a real range; a size per
 * group is folded into its BTG figure, never a claim; implausible figures are dropped, not flagged.
 */
import type { ClaimDraft, ParsedDoc, Recognised, Reference, Sentence } from '../types';
import { findCues, governingClaimants, type Names } from './claims-attribution';
import { actingSubject, claimKind, dominantForce, ownSubject } from './claims-context';
import { placesOf } from './claims-places';
import { ADDITIONAL_BEFORE, SUBSET_GAP } from './claims-cues';
import { elidedAfter, isCasualty, isPerUnit, unitAfter, unitBefore } from './claims-unit';
import { findNumbers, type NumberPhrase } from './numbers';
import { splitSentences } from './sentences';
import { articleYear, toDraft } from './claims-draft';
import { laterSpeaker, openQuotes } from './claims-quotes';
import { inside, shift } from './claims-spans';

/** More troops than any army near the region fields: a misreading, never charted as fact. */
const MAX_TROOPS = 2_000_000;
/** Fewer than this many troops is an incident (a patrol, a crew), not a force build-up. */
const MIN_TROOPS = 100;
/** No army fields more groups than this; a larger count is a misreading. */
const MAX_BTGS = 1_000;
/** A battalion group is some hundreds of soldiers; other "sizes" are misreadings and are not multiplied. */
const MIN_GROUP = 50;
const MAX_GROUP = 5_000;

interface Candidate {
  phrase: NumberPhrase;
  unit: 'troops' | 'btg';
  modifiers: string[];
  /** End of the unit noun, or of the number when the noun was left out. */
  end: number;
  perUnit: { min: number; max: number } | null;
  relation: 'subset' | 'additional' | null;
  partOf: Candidate | null;
  /** The unit noun was left out and taken from the figure before ("30,000 more are"). */
  elided: boolean;
}

/** Extracts the troop claims of one document. */
export function extractClaims(doc: ParsedDoc, found: Recognised, reference: Reference): ClaimDraft[] {
  const text = doc.text;
  const actors = [...found.actors].sort((a, b) => a.start - b.start);
  const places = [...found.places].sort((a, b) => a.start - b.start);
  const dominant = dominantForce(text, found.actors, reference);
  const year = articleYear(doc);
  const claims: ClaimDraft[] = [];
  let previous: string[] = [];
  let entry = -1;
  const sentences = splitSentences(text);
  const open = openQuotes(text, sentences);
  const namesOf = (sentence: Sentence): Names => ({
    text,
    actors: inside(actors, sentence),
    places: inside(places, sentence),
    reference,
  });
  for (const [k, sentence] of sentences.entries()) {
    const here = doc.entries.filter((e) => e.start <= sentence.start).length - 1;
    // A live entry is a new voice: "They believe" does not reach back into the entry before it.
    if (here !== entry) previous = [];
    entry = here;
    // Only the names inside the sentence matter to it; slicing keeps long documents linear.
    const names = namesOf(sentence);
    const cues = findCues(text, sentence, names, previous);
    const candidates = candidatesIn(text, sentence);
    const drafts: ClaimDraft[] = [];
    for (const [i, c] of candidates.entries()) {
      const said = governingClaimants(candidates.map(figureSpan), i, cues, sentence);
      const claimantIds =
        said.length > 0 || !open[k]
          ? said
          : laterSpeaker(text, sentences, open, k, (j) =>
              findCues(text, sentences[j]!, namesOf(sentences[j]!), previous),
            );
      const prior = c.partOf ? drafts[candidates.indexOf(c.partOf)] : undefined;
      // A figure that leans on the one before ("including 30,000", "refer to 130,000") counts the same force.
      const antecedent = c.relation !== null || c.elided ? (drafts[i - 1]?.subjectId ?? null) : null;
      const subjectId =
        ownSubject(text, c.modifiers, c.phrase.start, names.actors, reference) ??
        antecedent ??
        actingSubject(text, sentence.start, c.phrase.start, names.actors, claimantIds, cues, reference) ??
        drafts[i - 1]?.subjectId ??
        dominant;
      const scopeStart = i > 0 ? candidates[i - 1]!.end : sentence.start;
      const scopeEnd = candidates[i + 1]?.phrase.start ?? sentence.end;
      drafts.push(
        toDraft(doc, sentence, c, {
          kind: claimKind({
            before: text.slice(Math.max(scopeStart, c.phrase.start - 80), c.phrase.start),
            after: text.slice(c.end, Math.min(sentence.end, c.end + 60)),
            modifiers: c.modifiers,
            articleYear: year,
            related: c.relation !== null,
          }),
          subjectId,
          claimantIds,
          placeIds: placesOf(
            text,
            sentence.start,
            scopeStart,
            c.phrase.start,
            c.end,
            scopeEnd,
            names.places,
            cues,
          ),
          partOf: prior?.id ?? null,
        }),
      );
    }
    claims.push(...drafts);
    const said = cues.filter((c) => c.claimantIds.length > 0 && !c.inherited).at(-1);
    if (said) previous = said.claimantIds;
  }
  return claims;
}

/** Troop and BTG numbers of a sentence; per-group sizes are folded into their BTG figure. */
function candidatesIn(text: string, sentence: Sentence): Candidate[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  for (const local of findNumbers(body)) {
    const phrase = shift(local, sentence.start);
    const unit =
      unitAfter(text, phrase, sentence.end) ?? unitBefore(text, phrase, sentence.start, sentence.end);
    if (phrase.yearLike && !countNotYear(text, phrase, unit)) continue;
    const last = out.at(-1);
    if (unit) {
      if (unit.unit === 'troops' && isPerUnit(text, phrase, unit.end, sentence.start)) {
        const group = [...out].reverse().find((c) => c.unit === 'btg' && c.perUnit === null);
        const size = phrase.min >= MIN_GROUP && phrase.max <= MAX_GROUP;
        if (group && size && group.phrase.max * phrase.max <= MAX_TROOPS) {
          group.perUnit = { min: phrase.min, max: phrase.max };
        }
        continue;
      }
      if (isCasualty(text, phrase, unit.end, sentence.start)) continue;
      out.push(
        related(
          text,
          {
            phrase,
            unit: unit.unit,
            modifiers: unit.modifiers,
            end: unit.end,
            perUnit: null,
            relation: null,
            partOf: null,
            elided: false,
          },
          last,
        ),
      );
    } else if (
      last &&
      elidedAfter(text, phrase, sentence.end) &&
      phrase.max * 100 >= last.phrase.max &&
      phrase.max <= last.phrase.max * 10
    ) {
      const more = /^\s+more\b/i.test(text.slice(phrase.end, sentence.end));
      const c: Candidate = {
        phrase,
        unit: last.unit,
        modifiers: more ? ['more'] : [],
        end: phrase.end,
        perUnit: null,
        relation: null,
        partOf: null,
        elided: true,
      };
      out.push(related(text, c, last));
    }
  }
  return out.filter(plausible);
}

/** Marks a second number as a part of ("including") or an addition to ("30,000 more") the one before it. */
function related(text: string, c: Candidate, last: Candidate | undefined): Candidate {
  if (!last || last.unit !== c.unit) return c;
  const gap = text.slice(last.end, c.phrase.start);
  const ofThem = /^\s+of\s+(?:them|these|those|which|whom)\b/i.test(
    text.slice(c.phrase.end, c.phrase.end + 20),
  );
  if (SUBSET_GAP.test(gap) || ofThem) return { ...c, relation: 'subset', partOf: last };
  const more = c.modifiers.some((m) => /^(?:more|additional|extra|further)$/i.test(m));
  if (more || ADDITIONAL_BEFORE.test(gap)) return { ...c, relation: 'additional', partOf: last };
  return c;
}

/** "sent 2000 troops" counts; "in 2014 Russian troops" and "2014 troops" after "in" or "since" are years. */
function countNotYear(text: string, phrase: NumberPhrase, unit: { modifiers: string[] } | null): boolean {
  if (!unit || unit.modifiers.length > 0) return false;
  if (phrase.qualifier !== null) return true;
  return !/\b(?:in|since|by|until|till|from|during|of|after|before|to)\s+$/i.test(
    text.slice(Math.max(0, phrase.start - 10), phrase.start),
  );
}

function plausible(c: Candidate): boolean {
  if (c.phrase.min < 0) return false;
  if (c.unit === 'btg') return c.phrase.max >= 1 && c.phrase.max <= MAX_BTGS;
  return c.phrase.max >= MIN_TROOPS && c.phrase.max <= MAX_TROOPS;
}

/** From the number (hedge included) to the end of its unit noun. */
function figureSpan(c: Candidate): { start: number; end: number } {
  return { start: c.phrase.start, end: c.end };
}
