/** The troop and BTG figures of a sentence: unit, per-group sizes, relations, plausibility. */
import type { Sentence } from '../../types';
import { ADDITIONAL_BEFORE, BTG_NOUN, DEMONYMS, RATIO_AFTER, SUBSET_GAP, TROOP_NOUN } from './cues';
import { shift } from './spans';
import {
  elidedAfter,
  enlistedAfter,
  isCasualty,
  isPerUnit,
  massedObjectAfter,
  membersAfter,
  mobilisedBefore,
  peopleBesideHardware,
  strongAfter,
  stationedAfter,
  unitAfter,
  unitBefore,
  volunteersAfter,
} from './unit';
import { findNumbers, type NumberPhrase } from './numbers';

/** More troops than any army near the region fields: a misreading, never charted as fact. */
const MAX_TROOPS = 2_000_000;
/** Fewer than this many troops is an incident (a patrol, a crew), not a deployment ("70 troops arrived"). */
const MIN_TROOPS = 20;
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

/** Words before a bare figure that take up a force named earlier ("The remaining 300 will ...", "a sharp
 *  increase from 60", "compared with 83", "there are now 90,000 in the region"): the figure counts what that force
 *  counts. */
const TAKES_UP_BEFORE =
  /(?:\b(?:the\s+remaining|the\s+other|the\s+(?:first|last|final|initial)|the\s+rest\s+of\s+the|another|a\s+further|further|an\s+additional|compared\s+(?:with|to)|up\s+from|down\s+from|reaching|rising\s+to|(?:increase|rise|jump|climb|surge|drop|fall|decrease|decline)\s+from|range[sd]?\s+from|ranging\s+from|(?:figure|number|total|count|tally|estimate)\s+(?:now\s+|currently\s+)?(?:at|is|was|of|stands\s+at|stood\s+at|to)|there\s+(?:are|were|is|was)\s+(?:now\s+|currently\s+|still\s+)?(?:(?:over|more\s+than|about|around|some|nearly|almost|up\s+to)\s+)?)|[(–—])\s*$/i;
/** "that number could rise to", "the figure may be pushed up as high as": a change of a number given before. */
const NUMBER_CHANGES_BEFORE =
  /\b(?:that|this|the)\s+(?:number|figure|total|count|tally)\s+(?:(?:could|may|might|will|would|can)\s+(?:well\s+)?(?:be\s+)?)?(?:[\p{L}-]+\s+){0,3}?(?:to|as\s+(?:high|many)\s+as)\s+$/iu;
/** "more" right after a figure, with no noun of its own: a verb, a preposition or the clause's end follows. */
const MORE_AFTER =
  /^\s+more(?:\s*(?:[.,;:]|$)|\s+(?:to|in|into|at|on|for|from|are|were|will|would|have|had|has|soon|later|now|there|here|than|and|or|who|which|that)\b)/i;
/** Between two figures of one sentence: the second is a later or earlier value of the first. */
const SAME_COUNT_GAP =
  /^\s*,?\s*(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?|against|reaching|rising\s+to|falling\s+to|and\s+(?:then|now|later)(?:\s+to)?|then|now)\s+(?:the\s+)?$/i;
/** A clause of saying or being between two figures ends a list of casualties. */
const LIST_GAP =
  /^(?:(?![.;:!?]|\b(?:is|are|was|were|has|have|had|will|would|said|says|say)\b)[^\d]){0,80}$/i;

/**
 * Troop and BTG numbers of a sentence; per-group sizes are folded into their BTG figure. `carry` is the last
 * figure of the sentences before in the same paragraph, which a bare figure may take up; `forceNamed` says the
 * sentence before named a force without a figure, which a bare "the number is N" counts.
 */
export function candidatesIn(
  text: string,
  sentence: Sentence,
  carry: Candidate | null = null,
  forceNamed = false,
): Candidate[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  let previous: { phrase: NumberPhrase; casualty: boolean } | null = null;
  // A bare "from 60" waiting for "to 84 battalion groups" to say what both count.
  let pending: NumberPhrase | null = null;
  for (const local of findNumbers(body)) {
    const phrase = shift(local, sentence.start);
    const unit =
      unitAfter(text, phrase, sentence.end) ??
      unitBefore(text, phrase, sentence.start, sentence.end) ??
      enlistedAfter(text, phrase, sentence.end) ??
      volunteersAfter(text, phrase, sentence.end) ??
      massedObjectAfter(text, phrase, sentence.start, sentence.end) ??
      mobilisedBefore(text, phrase, sentence.start, sentence.end) ??
      stationedAfter(text, phrase, sentence.end) ??
      membersAfter(text, phrase, sentence.end) ??
      peopleBesideHardware(text, phrase, sentence.start, sentence.end) ??
      strongAfter(text, phrase, sentence.start);
    if (phrase.yearLike && !countNotYear(text, phrase, unit)) continue;
    // "could kill 50,000 civilians, 25,000 soldiers and 10,000 Russian forces": the verb governs the list.
    const casualty: boolean =
      isCasualty(text, phrase, unit?.end ?? phrase.end, sentence.start) ||
      (previous !== null &&
        previous.casualty &&
        LIST_GAP.test(text.slice(previous.phrase.end, phrase.start)) &&
        /,|\band\b/.test(text.slice(previous.phrase.end, phrase.start)));
    const opened = pending;
    pending = null;
    previous = { phrase, casualty };
    // "the base can accommodate 600 troops", "exercises with more than 9,000 troops must be notified": room for
    // troops or a rule's threshold, no force anyone fields.
    if (notAForce(text, phrase, unit?.end ?? phrase.end, sentence.start)) continue;
    // The shared noun brings its nationality ("60,000 or perhaps 65,000 Belarusian soldiers"), unless the bare
    // figure names its own ("140 Danish and 250 Dutch troops").
    const own = unit && opened ? ownNationality(text, opened, phrase) : null;
    if (
      unit &&
      opened &&
      (own || (sharesNoun(text, opened, phrase) && !(casualty && partOfNext(text, opened, phrase))))
    ) {
      out.push({ ...bare(opened, unit.unit, false), modifiers: own ? [own] : unit.modifiers });
    }
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
      if (casualty) continue;
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
            elided: unit.anaphoric === true,
          },
          last,
        ),
      );
      continue;
    }
    if (casualty) continue;
    // "900 US troops, and 140 Danish and 250 Dutch ones": wait for the next figure's noun, not the one before.
    if (NATIONALITY_AND.test(text.slice(phrase.end, phrase.end + 40))) {
      const word = NATIONALITY_AND.exec(text.slice(phrase.end, phrase.end + 40))![1]!;
      if (DEMONYMS[word.toLowerCase()]) {
        pending = phrase;
        continue;
      }
    }
    const antecedent = takenUp(text, phrase, sentence, last, carry);
    // "The British soldiers will join the allies. And 900 more are leaving soon.": more of the troops the sentence
    // before named.
    const moreOfNamed =
      forceNamed &&
      MORE_AFTER.test(text.slice(phrase.end, phrase.end + 20)) &&
      !/\d/.test(text.slice(sentence.start, phrase.start));
    if (!antecedent && !last && forceNamed && givesTheNumber(text, phrase, sentence)) {
      out.push(bare(phrase, 'troops', false));
    } else if (!antecedent && !last && moreOfNamed && elidedAfter(text, phrase, sentence.end)) {
      out.push(bare(phrase, 'troops', true));
    } else if (!antecedent && !last && massedBare(text, phrase, sentence)) {
      out.push(bare(phrase, 'troops', false));
    } else if (antecedent) {
      // "a battalion of 800 men, 500 Dutch and 300 Danish": the figure that waited for this one's noun takes up
      // the same force, with its own nationality.
      const own = opened ? ownNationality(text, opened, phrase) : null;
      if (opened && own) {
        const first = { ...bare(opened, antecedent.unit, false), modifiers: [own] };
        out.push(antecedent === last ? related(text, first, last) : first);
      }
      const taken = bare(phrase, antecedent.unit, /^\s+more\b/i.test(text.slice(phrase.end, sentence.end)));
      // "... and 300 Danish": a nationality right after the bare figure is its own.
      const word = /^\s+(\p{Lu}[\p{L}.]*)/u
        .exec(text.slice(phrase.end, phrase.end + 30))?.[1]
        ?.replace(/\.$/, '');
      const c = word && DEMONYMS[word.toLowerCase()] ? { ...taken, modifiers: [word] } : taken;
      out.push(antecedent === last ? related(text, c, last) : c);
    } else {
      pending = phrase;
    }
  }
  return out.filter(plausible);
}

/** Whether a bare figure shares the noun of the next one: "from 60 to 84 battalion groups", "70,000 or
 *  as many as 85,000 troops" (two readings of one count, of like size), and a part of a larger force ("hosts 3,100
 *  of the 45,000 US soldiers in the region"). */
function sharesNoun(text: string, bareOne: NumberPhrase, next: NumberPhrase): boolean {
  const gap = text.slice(bareOne.end, next.start);
  if (partOfNext(text, bareOne, next)) return true;
  if (/^\s+to\s+$/i.test(gap))
    return /\bfrom\s+$/i.test(text.slice(Math.max(0, bareOne.start - 6), bareOne.start));
  return (
    /^\s+or\s+(?:(?:even|perhaps|possibly|maybe)\s+)?$/i.test(gap) &&
    bareOne.max * 10 >= next.max &&
    bareOne.max <= next.max * 10
  );
}

/** "3,100 of the 45,000 soldiers": a smaller bare figure that is a part of the next figure's force. */
function partOfNext(text: string, bareOne: NumberPhrase, next: NumberPhrase): boolean {
  return (
    /^\s+of\s+(?:the|its|their|our|some|about|around|roughly|nearly|almost)\s+$/i.test(
      text.slice(bareOne.end, next.start),
    ) && bareOne.max < next.min
  );
}

/** "140 Danish and 250 Dutch soldiers": a bare figure with a nationality of its own, joined by "and" to the next
 *  figure and its nationality, shares that figure's noun; its own nationality word, or null. */
const NATIONALITY_AND = /^\s+(\p{Lu}[\p{L}.]*)\s+and\s+(?=\d)/u;
function ownNationality(text: string, bareOne: NumberPhrase, next: NumberPhrase): string | null {
  const gap = /^\s+(\p{Lu}[\p{L}.]*)\s+and\s+$/u.exec(text.slice(bareOne.end, next.start));
  const word = gap?.[1];
  if (!word || !DEMONYMS[word.toLowerCase()]) return null;
  return DEMONYMS[
    /^\s+(\p{Lu}[\p{L}.]*)/u
      .exec(text.slice(next.end, next.end + 30))?.[1]
      ?.toLowerCase()
      .replace(/\.$/, '') ?? ''
  ]
    ? word
    : null;
}

/** Room for troops ("can house 600", "could carry 5,000", "space for 2,000") or the threshold of a rule ("drills with over 9,000
 *  troops must be notified", "the threshold of 9,000", "if the number ... exceeds 9,000"). */
const CAPACITY_BEFORE =
  /(?:\b(?:can|could|able\s+to|capable\s+of)\s+(?:\p{L}+\s+){0,2}(?:accommodat\p{L}*|hous(?:e|ing)|hold(?:ing)?|fit|sleep|carry(?!\s+out\b)|transport|lift)\s+(?:[\p{L}\d]+(?:,\d{3})*\s+){0,4}|\b(?:room|space|capacity|beds?)\s+for\s+(?:\p{L}+\s+){0,2}|\bthreshold\s+(?:of\s+)?(?:\p{L}+\s+){0,2})$/iu;
const RULE_HEAD_BEFORE =
  /\b(?:exercises?|drills?|manoeuvres?|maneuvers?|activit(?:y|ies))\s+(?:with|involving|of)\s+(?:\p{L}+\s+){0,2}$/iu;
const OBLIGATION_AFTER = /^\s+(?:must|have\s+to|has\s+to|need\s+to|are\s+required\s+to|require)\b/i;

/** A condition on a count ("if the number of forces does not exceed 9,000"): a rule's threshold, no force. */
const CONDITION_BEFORE =
  /\b(?:if|unless|once|provided(?:\s+that)?)\s+(?:the\s+)?(?:total\s+)?(?:number|size|strength|count)\s+of\b[^.;]{0,60}?\b(?:(?:does|do|did)\s+not\s+|doesn['’]t\s+|don['’]t\s+)?(?:exceeds?|surpass(?:es)?|tops?|reach(?:es)?|(?:is|are)\s+(?:above|below|over|under|more\s+than|less\s+than))\s+$/i;

/** A ceiling a treaty or rule sets ("the pact let Moscow keep no more than 20,000 troops at the base, with only 1,500
 *  of them ..."): every figure of the clause after it is a limit, until "but" or "now" turns to the force itself. */
const LIMIT_BEFORE =
  /\b(?:specif(?:ied|ies|y)|stipulat(?:ed|es|e)|allow(?:ed|s)?|permit(?:ted|s)?|limit(?:ed|s)?|capp(?:ed)?|caps|restrict(?:ed|s)?)\s+(?:(?:that|to)\s+)?(?:(?:keep|have|station|deploy|base)\s+)?(?:no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|a\s+ceiling\s+of|up\s+to)\s(?:(?!\b(?:but|while|whereas|now|today|currently|yet)\b)[^;])*$/i;

function notAForce(text: string, phrase: NumberPhrase, unitEnd: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, phrase.start - 80), phrase.start);
  if (CAPACITY_BEFORE.test(before) || CONDITION_BEFORE.test(before)) return true;
  if (RATIO_AFTER.test(text.slice(unitEnd, unitEnd + 50))) return true;
  // Bounded, so a long sentence of many figures stays linear.
  if (LIMIT_BEFORE.test(text.slice(Math.max(sentenceStart, phrase.start - 240), phrase.end))) return true;
  return RULE_HEAD_BEFORE.test(before) && OBLIGATION_AFTER.test(text.slice(unitEnd, unitEnd + 30));
}

/** "Russia has massed troops near the border. The number is 90,000.": a figure given as "the number" of a
 *  force the sentence before named without a figure. */
const NUMBER_IS_BEFORE =
  /(?:^|[\s“"])(?:the|their|its|this|that)\s+(?:(?:overall|total|current|latest)\s+)?(?:number|figure|total|count|tally|strength)\s+(?:(?:now|currently|already|so\s+far)\s+)?(?:is|was|stands\s+at|stood\s+at|has\s+(?:reached|grown\s+to|risen\s+to|climbed\s+to)|reached|grew\s+to|rose\s+to)\s+(?:(?:now|already|nearly|about|around|some|roughly|almost|over|more\s+than)\s+)*$/i;
/** "Russian troops have gathered near the border. Estimates of their number range from 40,000 to 60,000.": the
 *  estimates, or "they", range over figures of the force the sentence before named. */
const RANGE_IS_BEFORE =
  /(?:^|[\s“"])(?:(?:the\s+)?estimates?(?:\s+of\s+(?:their|its|the)\s+(?:numbers?|size|strength))?|they|their\s+numbers?)\s+(?:(?:have|has|had)\s+)?(?:range[sd]?|ranging|var(?:y|ies|ied))\s+(?:widely\s*,?\s*)?(?:from|between)\s+(?:(?:about|around|some|roughly|approximately|nearly)\s+)?$/i;
const FORCE_NAMED_RE = new RegExp(`\\b(?:${TROOP_NOUN})\\b`, 'iu');

function givesTheNumber(text: string, phrase: NumberPhrase, sentence: Sentence): boolean {
  const lead = text.slice(Math.max(sentence.start, phrase.start - 60), phrase.start);
  return (
    (NUMBER_IS_BEFORE.test(lead) || RANGE_IS_BEFORE.test(lead)) && elidedAfter(text, phrase, sentence.end)
  );
}

/** "has massed troops near the border and has amassed close to 100,000, ...": a bare figure as the object of a
 *  verb of massing counts the troops its sentence named before it. */
const MASSED_BEFORE =
  /\b(?:amass(?:es|ed|ing)?|mass(?:es|ed|ing)|deploy(?:s|ed|ing)?|station(?:s|ed|ing)|gather(?:s|ed|ing)|concentrat(?:es|ed|ing)|assembl(?:es|ed|ing))\s+$/i;
const TROOPS_NAMED_RE = new RegExp(`\\b(?:${TROOP_NOUN})\\b`, 'iu');

function massedBare(text: string, phrase: NumberPhrase, sentence: Sentence): boolean {
  // Bounded, so a sentence of many bare figures stays linear.
  const lead = text.slice(Math.max(sentence.start, phrase.start - 300), phrase.start);
  // "deployed 40 of its tanks": a figure with "of" after it counts what follows.
  return (
    MASSED_BEFORE.test(lead) &&
    TROOPS_NAMED_RE.test(lead) &&
    !/^\s+of\b/i.test(text.slice(phrase.end, phrase.end + 4)) &&
    elidedAfter(text, phrase, sentence.end)
  );
}

/** Whether a sentence names troops without giving any figure ("Russia has massed troops near the border."). */
export function namesForceWithoutFigure(sentence: string): boolean {
  return FORCE_NAMED_RE.test(sentence) && !/\d/.test(sentence);
}

/** A figure whose unit noun was left out and is taken from another figure. */
function bare(phrase: NumberPhrase, unit: Candidate['unit'], more: boolean): Candidate {
  return {
    phrase,
    unit,
    modifiers: more ? ['more'] : [],
    end: phrase.end,
    perUnit: null,
    relation: null,
    partOf: null,
    elided: true,
  };
}

/** The figure a bare number takes its unit from: the one before it in the sentence when the words show a noun
 *  was left out, or the last one of the paragraph when the number opens with words that take it up. */
function takenUp(
  text: string,
  phrase: NumberPhrase,
  sentence: Sentence,
  last: Candidate | undefined,
  carry: Candidate | null,
): Candidate | null {
  const near = (c: Candidate): boolean => phrase.max * 100 >= c.phrase.max && phrase.max <= c.phrase.max * 10;
  const before = text.slice(Math.max(sentence.start, phrase.start - 40), phrase.start);
  if (last) {
    const gap = text.slice(last.end, phrase.start);
    // "from 80,000 according to Kyiv to 95,000": the second end of a span of estimates.
    const pair =
      SAME_COUNT_GAP.test(gap) ||
      (/\bto\s+$/i.test(gap) &&
        gap.length <= 40 &&
        /\bfrom\s+$/i.test(text.slice(last.phrase.start - 6, last.phrase.start)));
    // "number 64,000 people on land, reaching 71,000 people with the fleet": people counted as the force was.
    const people =
      /\b(?:reaching|rising\s+to|up\s+to|to|totall?ing|and|or)\s+$/i.test(gap) &&
      /^\s+(?:people|men|personnel)\b/i.test(text.slice(phrase.end, phrase.end + 12));
    // "83 battalion tactical groups, up from the 53 groups it had": the head noun alone repeats the full name.
    const head = /(\p{L}{4,})$/u.exec(text.slice(last.phrase.end, last.end))?.[1];
    const shortened =
      head !== undefined &&
      new RegExp(`^\\s+${head}\\b`, 'iu').test(text.slice(phrase.end, phrase.end + head.length + 2));
    if ((pair || people || shortened || elidedAfter(text, phrase, sentence.end)) && near(last)) return last;
    return null;
  }
  // "... 130,000 troops. “There are 130,000 of them,” he said.": the same figure again counts the same force.
  const repeated = carry !== null && carry.phrase.min === phrase.min && carry.phrase.max === phrase.max;
  // "... 80,000 troops in Europe. Now it is sending thousands more", "Britain sent 500 soldiers. And 900 more are
  // leaving": an amount "more" with no noun of its own adds to the force named last.
  // A figure, unlike a vague amount, may add to a count of something else between ("40 tanks, and 20 more").
  const more =
    MORE_AFTER.test(text.slice(phrase.end, phrase.end + 20)) &&
    (phrase.vague || (carry !== null && !/\d/.test(text.slice(carry.end, phrase.start))));
  // "... range from 50,000 to 80,000. A memo said that number could climb as high as 160,000": the number named
  // as the subject of a change is the one given before.
  const changed = NUMBER_CHANGES_BEFORE.test(
    text.slice(Math.max(sentence.start, phrase.start - 80), phrase.start),
  );
  if (
    carry &&
    (TAKES_UP_BEFORE.test(before) || repeated || more || changed) &&
    elidedAfter(text, phrase, sentence.end) &&
    near(carry) &&
    !otherCountBetween(text.slice(carry.end, phrase.start), [carry.phrase.max, phrase.max])
  ) {
    return carry;
  }
  return null;
}

/** Whether a count of something else stands between a carried figure and a bare one ("... 900 tanks, 300 of them
 *  old. The remaining 600 ..."): the bare figure then takes up that count, not the force before it. A year, a
 *  distance, a share, a time, a size of troops ("groups of 700 to 900 soldiers each") or the same figure again
 *  is no such count. */
function otherCountBetween(gap: string, same: number[]): boolean {
  for (const m of gap.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d{3,}(?![\d,.])/g)) {
    const value = Number(m[0].replace(/,/g, ''));
    const rest = gap.slice(m.index + m[0].length);
    if (value < 100 || same.includes(value) || /^(?:19|20)\d\d$/.test(m[0])) continue;
    if (OTHER_MEASURE_AFTER.test(rest) || FORCE_AFTER.test(rest)) continue;
    return true;
  }
  return false;
}
const OTHER_MEASURE_AFTER =
  /^\s*(?:-|\s)?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|%|per\s*cent|percent|hours?|days?|weeks?|months?|years?)\b/i;
const FORCE_AFTER = new RegExp(`^(?:\\s+[\\p{L}\\d,-]+){0,3}?\\s+(?:${TROOP_NOUN}|${BTG_NOUN})\\b`, 'iu');

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
