/**
 * Troop claims: every reported number of troops or battalion tactical groups, with its range, hedge, kind,
 * whose forces, who says so, where, and the sentence it came from.
 * Conventions: a single figure is min = max, hedges ("more than", "nearly", "up to") only set approx and
 * qualifier; ranges and vague phrases ("tens of thousands" = 20,000-90,000) give a real range; a size per
 * group is folded into its BTG figure, never a claim; implausible figures are dropped, not flagged.
 */
import type { ClaimDraft, ParsedDoc, Recognised, Reference, Sentence } from '../../types';
import { findCues, governingClaimants, type Discourse, type Names } from './attribution';
import { candidatesIn, namesForceWithoutFigure, type Candidate } from './candidates';
import {
  actingSubject,
  possessorSubject,
  deployerSubject,
  claimKind,
  dominantForce,
  fromCountry,
  leadForce,
  ownSubject,
  sideFought,
} from './context';
import { headingForces } from './headings';
import { borderResolver } from './borders';
import { articleDay, articleYear, toDraft } from './draft';
import { placesOf } from './places';
import { officialRecordOf } from './official-record';
import { doubledQuoteMarks, laterSpeaker, openQuotes } from './quotes';
import { mergeRepeats } from './repeats';
import { speakerTurns } from './turns';
import { toldBefore, toldDays } from './told-days';
import { inside } from './spans';
import { splitSentences } from '../document/sentences';
import { entryIndexAt } from '../liveblog/entry-at';

/** A number named by a demonstrative ("that number", "this figure"): the one the text gave last. */
const POINTS_BACK = /\b(?:that|this)\s+(?:number|figure|total|count|tally)\b/i;
/** The words between a count of units (its abbreviation in brackets may follow) and the troops that size it. */
const SIZED_WITH =
  /^(?:\s*\([^()]{1,15}\))?\s*,?\s+(?:with|comprising|totall?ing|numbering)\s+(?:an?\s+)?(?:estimated\s+)?(?:(?:number|total|strength)\s+of\s+)?$/i;

/** Between two figures: the second opens a conjunct after "and" or a list's comma whose verb was left out. */
const GAPPED_AND =
  /^[^,;.\d]{0,120}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:another|about|around|some|nearly|almost|roughly|up\s+to|over|more\s+than)\s+)?$/i;
/** A verb in the words after a figure: the conjunct has a verb of its own ("and 2,000 remain there"). */
const OWN_VERB =
  /\b(?:is|are|was|were|be|been|being|will|would|could|can|may|might|shall|should|must|has|have|had|do|does|did|remain|remains|stay|stays|stand|stands|\p{Ll}{2,}ed)\b/u;

/** "In total, the count is N": a total with no force of its own sums up the force the sentence before counted. */
const TOTAL_BEFORE =
  /\b(?:the\s+(?:total|overall|combined|whole)\s+(?:number|figure|count|strength|size)|in\s+total|in\s+all|altogether|all\s+told)\b/i;

/** "Another 2,000 soldiers are ready.", "Additional 500 ...": a sentence that opens with troops added to the ones
 *  the sentence before counted, with no force named, adds to that force. */
const ADDED_OPENING = /^\W*(?:an?\s+)?(?:additional|another|a\s+further|further|extra)\s+$/i;

/** "There are also 400,000 reservists": more of the force counted just before, listed with "also". */
const ALSO_OPENING =
  /^\W*there\s+(?:are|were|is|was)\s+also\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$/i;

/** "the (additional) 60", "the figure of 60": a definite article right before a figure. */
const DEFINITE_BEFORE =
  /\bthe\s+(?:(?:additional|extra|further|new|same|other)\s+|(?:figure|number|count|total)\s+of\s+)?$/i;

/** "This was announced by the minister", "The information was confirmed by the ministry": a sentence that opens
 *  by naming who made the sentence before public, in the passive with "by", names that sentence's source; so does
 *  "It was reported at the ministry", as English written from Ukrainian or Russian names the body that spoke. */
const MADE_PUBLIC_BY =
  /^\W*(?:this|that|it|the\s+(?:information|news|announcement|decision|plan|move|figure|figures|number|numbers|deployment))\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|first\s+|officially\s+|later\s+)?(?:announced|confirmed|stated|disclosed|revealed|reported|made\s+public)\s+(?:(?:on|in|at|during|earlier|later|today|yesterday)\b[^.;,]{0,25}?\s)?(?:by|(?:in|at)\s+the(?=\s+(?:[\p{L}-]+\s+){0,3}?(?:general\s+staff|ministry|press\s+service|headquarters|command)\b))\s/iu;
/** "In particular, ...", "Specifically, ...": a sentence that details the one before goes on in its source's words,
 *  also when it opens a paragraph. */
const ELABORATES = /^\W*(?:in\s+particular|specifically|more\s+specifically|namely)\s*,/i;

/** How far after "by" the source's name may stand ("by the prime minister himself, Anna Berg"). */
const MADE_PUBLIC_REACH = 60;

/** Extracts the troop claims of one document; `day` is the article's date once known (a dateline, the URL). */
export function extractClaims(
  doc: ParsedDoc,
  found: Recognised,
  reference: Reference,
  day: string | null = null,
): ClaimDraft[] {
  // Read with doubled single marks as double ones; quotes are still cut from the text as written.
  const text = doubledQuoteMarks(doc.text);
  const actors = [...found.actors].sort((a, b) => a.start - b.start);
  const places = [...found.places].sort((a, b) => a.start - b.start);
  const dominant = dominantForce(text, found.actors, reference);
  const headingAt = headingForces(text, actors, reference);
  // Undated, the article is at least as late as the latest year it names: "in early 2022" is then not past.
  const year = day ? Number(day.slice(0, 4)) : (articleYear(doc) ?? latestYear(text));
  // Once per document: a live page's entries are sorted to find its newest.
  const published = day ?? articleDay(doc);
  const claims: ClaimDraft[] = [];
  let previous: string[] = [];
  let entry = -1;
  // The last figure of the paragraph so far, which a bare figure may take up ("The remaining 300 ...").
  let carry: Candidate | null = null;
  // Whose forces the carried figure counted, for a figure that takes it up in a later sentence.
  let carriedSubject: string | null = null;
  // Whether the claims of the sentence that set `carriedSubject` all counted that one force.
  let carriedAlone = true;
  // The index of the sentence that set `carriedSubject`.
  let carriedAt = -1;
  const sentences = splitSentences(text);
  const told = toldDays(text, sentences, published);
  // Undated, a chronology was written no earlier than its latest entry.
  const lastTold = told.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  const recordOwner = officialRecordOf(doc.meta.url);
  const record = recordOwner && reference.actors.has(recordOwner) ? recordOwner : null;
  const open = openQuotes(text, sentences);
  const recordOf = (id: string) => reference.actors.get(id) ?? found.newActors.find((a) => a.id === id);
  const kindOf = (id: string): string | null => recordOf(id)?.kind ?? null;
  const speaksForState = (id: string): boolean => {
    const record = recordOf(id);
    if (!record || !STATE_KINDS.has(record.kind)) return false;
    return (
      record.kind !== 'person' || (record.affiliation !== null && kindOf(record.affiliation) !== 'media')
    );
  };
  const discourse: Discourse = {
    lastState: [],
    lastOfKind: (kinds, offset) => {
      for (let i = entryIndexAt(actors, offset), seen = 0; i >= 0 && seen < 200; i -= 1, seen += 1) {
        const kind = kindOf(actors[i]!.actorId);
        if (kind && kinds.includes(kind) && actors[i]!.end <= offset) return actors[i]!.actorId;
      }
      return null;
    },
    media: reference.actors.get(NEWS_MEDIA)?.kind === 'media' ? NEWS_MEDIA : null,
  };
  const namesOf = (sentence: Sentence): Names => ({
    text,
    actors: inside(actors, sentence),
    places: inside(places, sentence),
    reference,
    discourse,
  });
  /** The force a sentence's own clause has act, read past its source ("X said Russia is moving ..."). */
  const forceActingIn = (sentence: Sentence, names: Names): string | null =>
    actingSubject(
      text,
      sentence.start,
      sentence.end,
      names.actors,
      [],
      findCues(text, sentence, names, []),
      reference,
    );
  // The speaker of the quotation that closed last: a quotation opened right after it with no speaker of its own
  // goes on in the same voice, also in the next paragraph when that opens with the quotation (press style).
  let quoted: string[] = [];
  // The voice of a quotation still open at the end of the sentence before: its later sentences speak in it.
  let openVoice: string[] = [];
  const turns = speakerTurns(
    text,
    actors,
    (id) => kindOf(id) === 'person' && speaksForState(id),
    doc.entries.map((e) => e.start),
  );
  /** The first name within reach after the "by" of a next sentence that says who made this one public. */
  const madePublicBy = (k: number): string[] => {
    const next = sentences[k + 1];
    if (!next) return [];
    const opening = MADE_PUBLIC_BY.exec(text.slice(next.start, next.end));
    if (!opening) return [];
    const from = next.start + opening[0].length;
    const first = namesOf(next).actors.find((a) => a.start >= from && a.start < from + MADE_PUBLIC_REACH);
    return first ? [first.actorId] : [];
  };
  // Turns are in text order and claims come in text order: a cursor finds each claim's turn in linear time.
  let turn = 0;
  const speakerAt = (offset: number): string[] => {
    while (turn < turns.length && turns[turn]!.end <= offset) turn += 1;
    const t = turns[turn];
    return t && t.start <= offset ? t.speakerIds : [];
  };
  for (const [k, sentence] of sentences.entries()) {
    const here = entryIndexAt(doc.entries, sentence.start);
    const paragraph = text.slice(sentences[k - 1]?.end ?? 0, sentence.start).includes('\n\n');
    // A live entry is a new voice: "They believe" does not reach back into the entry before it.
    if (here !== entry) {
      previous = [];
      discourse.lastState = [];
    }
    if (here !== entry || paragraph) {
      // "That number could rise to ...": a demonstrative points back to the figure before, past a paragraph break.
      if (here !== entry || !POINTS_BACK.test(text.slice(sentence.start, sentence.end))) carry = null;
      if (here !== entry || !/^[“"]/.test(text.slice(sentence.start, sentence.end))) quoted = [];
    }
    entry = here;
    // "December 3: Kyiv says Moscow is gathering 84,000 soldiers": a count a dated entry tells of a day before
    // the page's (or its live entry's) day is an earlier count, whatever its tense.
    const now = doc.entries[here]?.publishedAt.slice(0, 10) ?? published ?? lastTold;
    const earlierDay = told[k] != null && now !== null && toldBefore(told[k]!, now);
    const continues = k > 0 && open[k - 1] === true && !paragraph;
    // Only the names inside the sentence matter to it; slicing keeps long documents linear.
    const names = namesOf(sentence);
    const cues = findCues(text, sentence, names, previous);
    // "Belarus keeps a small army. It has 45,000 active soldiers.": a pronoun that opens the sentence with a
    // verb of having stands for the force that opened the sentence before.
    // '“Russia keeps adding armour. The build-up now tops 120,000 troops,” she said': a sentence of a quotation that
    // names no force goes on about the one that opened the quotation's sentence before.
    const opensWithHaving = k > 0 && PRONOUN_HAS.test(text.slice(sentence.start, sentence.end));
    const lead =
      continues || opensWithHaving
        ? leadForce(text, sentences[k - 1]!, inside(actors, sentences[k - 1]!), reference)
        : null;
    const quotedLead = continues ? lead : null;
    // "The militia has moved east. They are expected to deploy 1,000 fighters": "they" opening a sentence with a
    // verb of deploying stands for the force that acts in the sentence before.
    const pronoun = opensWithHaving
      ? lead
      : k > 0 && PRONOUN_DEPLOYS.test(text.slice(sentence.start, sentence.end))
        ? forceActingIn(sentences[k - 1]!, namesOf(sentences[k - 1]!))
        : null;
    // The sentence before in the same paragraph may name the force a bare "the number is N" counts.
    const named =
      !paragraph &&
      k > 0 &&
      namesForceWithoutFigure(text.slice(sentences[k - 1]!.start, sentences[k - 1]!.end));
    // "The thousands of troops include ...": a vague amount with "the" takes up a recent figure in its range.
    const recent = claims.slice(-RECENT_CLAIMS);
    const candidates: Candidate[] = candidatesIn(text, sentence, carry, named).filter(
      (c) =>
        !(
          c.phrase.vague &&
          /\bthe\s+$/i.test(text.slice(Math.max(0, c.phrase.start - 5), c.phrase.start)) &&
          recent.some((d) => d.unit === c.unit && d.valueMin >= c.phrase.min && d.valueMax <= c.phrase.max)
        ),
    );
    carry = candidates.at(-1) ?? carry;
    const drafts: ClaimDraft[] = [];
    for (const [i, c] of candidates.entries()) {
      const said = governingClaimants(candidates.map(figureSpan), i, cues, sentence, text);
      const later =
        said.length > 0 || !open[k]
          ? said
          : laterSpeaker(text, sentences, open, k, (j) =>
              findCues(text, sentences[j]!, namesOf(sentences[j]!), previous),
            );
      const voiced =
        later.length > 0
          ? later
          : /^[“"]/.test(text.slice(sentence.start, sentence.end))
            ? quoted
            : continues
              ? openVoice
              : later;
      // In a transcript, what no cue attributes is the words of whoever holds the floor; on a state's own
      // record of its debates, that state's word; else the one the next sentence says made it public.
      const held = voiced.length > 0 ? voiced : speakerAt(c.phrase.start);
      const floor =
        held.length > 0 || cues.length > 0
          ? held
          : ELABORATES.test(text.slice(sentence.start, sentence.end))
            ? previous
            : madePublicBy(k);
      const claimantIds = floor.length > 0 || !record ? floor : [record];
      const prior = c.partOf ? drafts[candidates.indexOf(c.partOf)] : undefined;
      // A figure that leans on the one before ("including 30,000", "refer to 130,000") counts the same force.
      const before = i > 0 ? (drafts[i - 1]?.subjectId ?? null) : carriedSubject;
      // "Russia has 900,000 active personnel, Ukraine has 196,000": a name acting between the two figures is the
      // bare one's own subject, whose noun alone it takes up.
      const between =
        c.elided && i > 0
          ? actingSubject(
              text,
              candidates[i - 1]!.end,
              c.phrase.start,
              names.actors,
              claimantIds,
              cues,
              reference,
            )
          : null;
      const antecedent = c.relation !== null || c.elided ? (between ?? before) : null;
      const scopeStart = i > 0 ? candidates[i - 1]!.end : sentence.start;
      const scopeEnd = candidates[i + 1]?.phrase.start ?? sentence.end;
      // "thousands of these troops": the determiner refers back to the force counted last; so does "the" in a
      // part taken of troops ("some 900 of the soldiers").
      const refersBack = /^\s+(?:(?:of\s+)?(?:these|those)\b|of\s+the\s)/i.test(
        text.slice(c.phrase.end, c.phrase.end + 12),
      );
      // "Russia is moving part of its forces west. ... 2,000 of these troops": with no figure before, the
      // determiner refers to the force that acts in the sentence before.
      const referent =
        refersBack && before === null && k > 0
          ? forceActingIn(sentences[k - 1]!, namesOf(sentences[k - 1]!))
          : null;
      const subjectId =
        ownSubject(text, c.modifiers, c.phrase.start, names.actors, reference, c.end) ??
        deployerSubject(text, sentence.start, c.phrase.start, names.actors, reference) ??
        fromCountry(
          text,
          text.slice(Math.max(scopeStart, c.phrase.start - 80), c.phrase.start),
          c.end,
          names.actors,
          reference,
        ) ??
        sideFought(text, c.end, Math.min(scopeEnd, c.end + 120), names.actors, reference) ??
        (refersBack ? (before ?? referent) : null) ??
        // "Besides the extra 45 staff", "The figure of 190,000 is ...": a figure with "the" is one the
        // text has given already, and counts the force it counted then.
        (DEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, c.phrase.start - 30), c.phrase.start))
          ? (claims.find(
              (k) => k.valueMin === c.phrase.min && k.valueMax === c.phrase.max && k.unit === c.unit,
            )?.subjectId ?? null)
          : null) ??
        antecedent ??
        pronoun ??
        possessorSubject(text, sentence.start, c.phrase.start, names.actors, reference) ??
        actingSubject(text, sentence.start, c.phrase.start, names.actors, claimantIds, cues, reference) ??
        drafts[i - 1]?.subjectId ??
        (i === 0 && TOTAL_BEFORE.test(text.slice(sentence.start, c.phrase.start)) ? carriedSubject : null) ??
        // Only after a sentence that counted one force: after two sides' figures, "another" may add to either.
        (i === 0 &&
        !paragraph &&
        carriedAlone &&
        ADDED_OPENING.test(text.slice(sentence.start, c.phrase.start))
          ? carriedSubject
          : null) ??
        // "There are also 400,000 reservists": "also" adds to the one force the sentence right before counted,
        // past a paragraph break too.
        (i === 0 &&
        carriedAt === k - 1 &&
        carriedAlone &&
        ALSO_OPENING.test(text.slice(sentence.start, c.phrase.start))
          ? carriedSubject
          : null) ??
        quotedLead ??
        headingAt(c.phrase.start) ??
        dominant;
      const context = {
        before: text.slice(Math.max(scopeStart, c.phrase.start - 80), c.phrase.start),
        after: afterFigure(text, c.end, scopeEnd, sentence.end, candidates.slice(i + 1)),
        opening: text.slice(Math.max(sentence.start, c.phrase.start - 200), c.phrase.start),
        modifiers: c.modifiers,
        articleYear: year,
        articleDay: published,
        related: c.relation !== null,
      };
      // "45,000 soldiers, 60 jets, 400 armoured vehicles and 12 warships will take part": the verb after a list of counted
      // things tells the kind of every item.
      const listed = i === 0 ? verbAfterList(text, c.end, sentence.end) : null;
      const firstKind = claimKind(context);
      const ownKind =
        firstKind === 'estimate' && listed !== null ? claimKind({ ...context, after: listed }) : firstKind;
      // "100 battalion groups with up to 175,000 troops": a figure "with" the one before sizes the same force,
      // projected or moved as that one is.
      const sized =
        i > 0 &&
        candidates[i - 1]!.unit !== c.unit &&
        SIZED_WITH.test(text.slice(candidates[i - 1]!.end, c.phrase.start));
      // "could strike with 30,000, including 5,000 paratroopers": a part of a projected force is projected too.
      const partOfForecast = c.relation === 'subset' && prior?.kind === 'forecast';
      // "is flying 600 soldiers to Latvia and 250 to Estonia": a figure after "and" with no verb of its own
      // shares the verb, and so the kind, of the figure before it.
      const gapped =
        i > 0 &&
        candidates[i - 1]!.unit === c.unit &&
        GAPPED_AND.test(text.slice(candidates[i - 1]!.end, c.phrase.start)) &&
        !OWN_VERB.test(/^[^,;.]*/.exec(text.slice(c.end, scopeEnd))?.[0] ?? '');
      const leaned = sized || gapped ? drafts[i - 1]?.kind : partOfForecast ? 'forecast' : undefined;
      // "Russia is redeploying forces from the south. 2,000 of these troops ...": troops taken up from a sentence
      // that moves them are on the move.
      const moved =
        referent !== null &&
        subjectId === referent &&
        MOVING_VERB.test(text.slice(sentences[k - 1]!.start, sentences[k - 1]!.end))
          ? 'increment'
          : undefined;
      const taken = leaned ?? moved;
      const kind = ownKind === 'estimate' && taken ? taken : ownKind;
      drafts.push(
        toDraft(doc, sentence, c, {
          kind: kind === 'estimate' && earlierDay ? 'historical' : kind,
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
            borderResolver(reference, subjectId),
          ),
          partOf: prior?.id ?? null,
        }),
      );
    }
    claims.push(...drafts);
    if (drafts.length > 0) {
      carriedSubject = drafts.at(-1)!.subjectId;
      carriedAt = k;
      carriedAlone = drafts.every((d) => d.subjectId === carriedSubject);
    }
    const said = cues.filter((c) => c.claimantIds.length > 0 && !c.inherited).at(-1);
    if (said) previous = said.claimantIds;
    const voiced = cues.filter((c) => c.claimantIds.length > 0).at(-1);
    if (voiced && voiced.claimantIds.some(speaksForState)) {
      discourse.lastState = voiced.claimantIds;
    }
    const body = text.slice(sentence.start, sentence.end);
    if (!open[k]) openVoice = [];
    else if (!continues) openVoice = /^[“"]/.test(body) ? quoted : (voiced?.claimantIds ?? []);
    if (/[”"]/.test(body)) quoted = voiced?.claimantIds ?? (/^[“"]/.test(body) ? quoted : []);
    // 'An official said:' at a paragraph's end introduces the quotation that opens the next paragraph.
    if (/:\s*$/.test(body) && voiced) quoted = voiced.claimantIds;
  }
  return mergeRepeats(claims, {
    periodOf: (offset) => doc.entries[entryIndexAt(doc.entries, offset)]?.publishedAt.slice(0, 10) ?? '',
    groupOf: (id) => groupOf(id, found, reference),
  });
}

/** The country or body an actor speaks for (itself when it has no affiliation). */
function groupOf(id: string, found: Recognised, reference: Reference): string {
  const record = (key: string) => reference.actors.get(key) ?? found.newActors.find((a) => a.id === key);
  let group = id;
  // A spokeswoman speaks for a ministry that speaks for a country: follow the chain up to the country.
  for (let hop = 0; hop < 4; hop += 1) {
    const up = record(group)?.affiliation;
    if (!up || up === group) break;
    group = up;
  }
  return group;
}

/** The words after a figure that tell its kind; a bracket right after it is an aside the verb stands beyond
 *  ("Ten battalions (some 8,000 troops) have travelled to the border"). */
function afterFigure(
  text: string,
  end: number,
  scopeEnd: number,
  sentenceEnd: number,
  rest: Candidate[],
): string {
  // Looked for within the sentence only, so a bracket left open costs no scan of the rest of the text.
  const shut = /^\s*\(/.test(text.slice(end, end + 4)) ? text.slice(end, sentenceEnd).indexOf(')') : -1;
  const close = shut < 0 ? -1 : end + shut;
  if (close < 0) return text.slice(end, Math.min(scopeEnd, end + 120));
  const next = rest.find((c) => c.phrase.start > close)?.phrase.start ?? sentenceEnd;
  return text.slice(close + 1, Math.min(next, close + 1 + 120));
}

/** The words from the verb on, when only a list of counted things ("60 jets and helicopters, 400 armoured vehicles,
 *  including 150 tanks") stands between a figure and the sentence's first verb; else null. */
function verbAfterList(text: string, end: number, sentenceEnd: number): string | null {
  // Bounded: a list longer than this is no subject of one verb.
  const rest = text.slice(end, Math.min(sentenceEnd, end + 300));
  const verb = /\s(?:are|is|were|was|will|would|could|may|might|shall)\b/.exec(rest);
  if (!verb) return null;
  // The comma inside a figure ("8,000") parts no items.
  const items = rest.slice(0, verb.index).split(/,(?!\d{3})|\band\b|\bas\s+well\s+as\b|\bincluding\b/);
  const counted = items.filter((item) => /\d/.test(item)).length;
  const short = items.every((item) => /\d/.test(item) || item.trim().split(/\s+/).length <= 3);
  // The list starts right after the figure's noun ("troops, 80 aircraft"), not after words of its own.
  const opens = items[0]!.trim() === '';
  return opens && items.length >= 3 && counted >= 2 && short ? rest.slice(verb.index) : null;
}

/** From the number (hedge included) to the end of its unit noun, and where the figures start. */
function figureSpan(c: Candidate): { start: number; end: number; core: number } {
  return { start: c.phrase.start, end: c.end, core: c.phrase.coreStart };
}

/** A sentence opening with "It" or "They" and a verb of having or fielding ("It also had 900,000 reservists"). */
const MOVING_VERB =
  /\b(?:(?:re)?deploy(?:s|ed|ing)|send(?:s|ing)?|sent|mov(?:es|ed|ing)|transferr?(?:s|ed|ing)|dispatch(?:es|ed|ing)|relocat(?:es|ed|ing)|shift(?:s|ed|ing))\b/i;
const PRONOUN_DEPLOYS =
  /^\s*[“"]?They\s+(?:\p{Ll}+\s+){0,3}?(?:deploy|deploying|send|sending|move|moving|field|fielding|commit|committing)\b/u;
const PRONOUN_HAS =
  /^\s*[“"]?(?:It|They)\s+(?:\p{Ll}+\s+){0,2}?(?:has|have|had|fields?|fielded|boasts?|boasted|numbers?|numbered|keeps?|kept|maintains?|maintained|counts?|counted)\b/u;

/** How many of the latest claims a restating vague amount ("the thousands of troops") may take up. */
const RECENT_CLAIMS = 50;

/** The registry's actor for news media in general, the claimant of "media reports" and "the newspaper". */
const NEWS_MEDIA = 'news-media';
/** Kinds of actor that speak for a state or alliance: a later "the ministry" or "the official" means them. */
const STATE_KINDS = new Set(['country', 'government', 'ministry', 'military', 'alliance', 'person']);

/** The latest year from 1900 to 2099 a text names, or null. */
function latestYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) latest = Math.max(latest ?? 0, Number(m[0]));
  return latest;
}
