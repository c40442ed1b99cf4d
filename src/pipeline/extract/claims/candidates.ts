/** The troop and BTG figures of a sentence: unit, per-group sizes, relations, plausibility. */
import type { Sentence } from '../../types';
import { ADDITIONAL_BEFORE, SUBSET_GAP } from './cues';
import { shift } from './spans';
import { elidedAfter, isCasualty, isPerUnit, unitAfter, unitBefore } from './unit';
import { findNumbers, type NumberPhrase } from './numbers';

/** More troops than any army near the region fields: a misreading, never charted as fact. */
const MAX_TROOPS = 2_000_000;
/** Fewer than this many troops is an incident (a patrol, a crew), not a force build-up. */
const MIN_TROOPS = 100;
/** No army fields more groups than this; a larger count is a misreading. */
const MAX_BTGS = 1_000;
/** A battalion group is some hundreds of soldiers; other "sizes" are misreadings and are not multiplied. */
const MIN_GROUP = 50;
const MAX_GROUP = 5_000;

/** A troop or BTG figure of a sentence with what its words say about it. */
export interface Candidate {
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

/** Troop and BTG numbers of a sentence; per-group sizes are folded into their BTG figure. */
export function candidatesIn(text: string, sentence: Sentence): Candidate[] {
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
