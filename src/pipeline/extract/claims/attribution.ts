/** Who says so: attribution cues in a sentence ("according to X", "X said", "They believe") and their actors. */
import type { ActorHit, PlaceHit, Reference, Sentence } from '../../types';
import {
  CLAUSE_OPENERS,
  DEMONYMS,
  MEDIA_HEAD,
  NEGATED_BEFORE,
  PARTICIPLE_VERB,
  PRONOUN_SUBJECT,
  ROLE_HEAD,
  SAY_AUX,
  SAY_VERB,
  SOURCE_NOUN_FROM,
  TROOP_NOUN,
} from './cues';
import { findNumbers } from './numbers';

type Span = { start: number; end: number };

/** An attribution in a sentence: `forward` governs numbers after it, `backward` numbers before it. */
export interface Cue {
  start: number;
  end: number;
  forward: boolean;
  backward: boolean;
  claimantIds: string[];
  /** The claimants came from the previous sentence ("They believe ..."). */
  inherited: boolean;
  /** In a clause that restricts the troops right before it ("4,000 soldiers that X said ..."): it looks back to
   *  that figure only. */
  restrictive?: boolean;
}

/** The recognised names a cue may draw on. */
export interface Names {
  text: string;
  actors: ActorHit[];
  places: PlaceHit[];
  reference: Reference;
  /** What the document has said before the sentence, for sources named by role only. */
  discourse?: Discourse;
}

/** The sources a reader has in mind when a sentence names one only by its role ("the ministry said"). */
export interface Discourse {
  /** The last state source (government, ministry, official) that spoke, news media skipped. */
  lastState: string[];
  /** The last actor of one of `kinds` named before `offset`, or null. */
  lastOfKind: (kinds: string[], offset: number) => string | null;
  /** The registry's actor for news media in general ("media reports"), if it has one. */
  media: string | null;
}

const SOURCE_RE = new RegExp(`(?<![\\p{L}])${SOURCE_NOUN_FROM}\\s+`, 'giu');
const LISTENER_RE =
  /^\s*(?:(?!(?:on|in|at|during|last|this|yesterday|today|after|before|while|that|as)\b)[\p{L}.’'-]+\s*){1,5}/iu;
const OPINION_RE =
  /\b(?:in|by)\s+(?:his|her|their|its)\s+(?:opinion|view|words|assessment|estimate|estimation|judge?ment|reckoning|account|count)\b/giu;
const CITED_AS_RE =
  /(\b(?:cit|quot)(?:ed|es|ing)\s+)((?:[\p{L}.’'-]+\s+){1,8}?)as\s+(?:saying|stating|estimating|reporting)\b/giu;
// "resting on Polish intelligence that Minsk keeps ...": whoever a source noun with a "that" clause is named for
// is the source of what the clause tells (forward only).
const FINDINGS_THAT_RE =
  /(\b(?:on|in|from|by|with|citing)\s+)((?:[\p{L}.’'-]+\s+){1,3}?(?:intelligence|assessments?|estimates?|findings?|warnings?|data))\s+that\b/giu;
const BELIEVED_RE = /(\bif\s+)((?:[\p{L}.’'-]+\s+){1,6}?)(?:is|are)\s+to\s+be\s+(?:believed|trusted)\b/giu;
const CONCESSIVE_BEFORE =
  /(?:^|[,;:]\s*)(?:despite|in\s+spite\s+of|amid(?:st)?|notwithstanding)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const PASSIVE_SOURCE_RE = /^\p{L}+ed\s+by\b/iu;
/** A verb of accusing in the passive ("is accused of", "stands accused of", "has been accused of"). */
const ACCUSED_RE =
  /\b(?:is|are|was|were|be|been|being|stands?|stood|standing)\s+(?:\p{L}+ly\s+)?accused\s*$/iu;
const GAPPED_BY_RE = /\d(?:[\d,.]*\d)?(?:\s+[\p{L}-]+)?\s+(by\s+)/giu;
// A verb joined by a hyphen to a word before it is part of an adjective ("so-called", "self-declared").
const VERB_RE = new RegExp(`(?<![\\p{L}]|\\p{L}-)(${SAY_AUX})(${SAY_VERB})(?![\\p{L}])`, 'giu');
const CLAUSE_VERBS = /^(?:that|is|are|was|were|has|have|had|will|would|could|can|may|might)$/i;
// A source's name ends at a clause break, a dash aside or the figure ("estimated by NATO to number 30,000").
const SPAN_END_RE =
  /[,;:](?!\d{3})|\s[-–—]\s|\s(?:to\s+|at\s+|of\s+)?(?=\d)|\b(?:although|though|but|while|whereas|that|which|who|as)\b/iu;

/** The attribution cues of a sentence, in order; `previous` are the claimants a pronoun refers back to. */
export function findCues(text: string, sentence: Sentence, names: Names, previous: string[]): Cue[] {
  const body = text.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  for (const m of body.matchAll(SOURCE_RE)) {
    const from = sentence.start + m.index + m[0].length;
    const stop = SPAN_END_RE.exec(text.slice(from, sentence.end));
    const to = stop ? from + stop.index : sentence.end;
    // "according to the agencies.": the full stop ending the sentence is not part of the source.
    const source = text
      .slice(from, to)
      .trim()
      .replace(/[.!?]+$/, '');
    const inherited = PRONOUN_SUBJECT.test(source);
    const named = inherited ? previous : claimantsIn(names, from, to);
    // "according to the commander": a source named by its role alone is read as one named by a verb is; so is
    // "according to an administration official".
    const ids =
      named.length === 0 &&
      !inherited &&
      (/^(?:the|this|that)\s/i.test(source) || ADMINISTRATION_OFFICIAL_RE.test(source))
        ? byRole(names, source, from)
        : named;
    // "Despite warnings from X that an attack would be a disaster, 100,000 troops ...": a source in a fronted
    // concessive phrase speaks only within it, so without a figure there it is no one's source.
    if (CONCESSIVE_BEFORE.test(body.slice(0, m.index))) {
      const comma = text.indexOf(',', to);
      const close = comma < 0 || comma > sentence.end ? sentence.end : comma;
      if (findNumbers(text.slice(to, close)).length === 0) continue;
    }
    // "according to reports" names nobody: the figure stays the outlet's own.
    if (ids.length > 0) {
      const start = sentence.start + m.index;
      cues.push({ start, end: to, forward: true, backward: true, claimantIds: ids, inherited });
    }
  }
  // "The paper cited a US intelligence document as saying that ...": the one cited is the source, not the citer
  // (forward only); "..., if Minsk is to be believed": the figure is that source's, with the outlet's doubt.
  for (const [pattern, backward] of [
    [CITED_AS_RE, false],
    [FINDINGS_THAT_RE, false],
    [BELIEVED_RE, true],
  ] as const) {
    for (const m of body.matchAll(pattern)) {
      const from = sentence.start + m.index + m[1]!.length;
      const named = claimantsIn(names, from, from + m[2]!.length);
      // "quoted the ministry as saying": a role names the body the text last spoke of.
      const start = sentence.start + m.index;
      // "a broadcaster cites unnamed spies as saying": sources nobody can name leave the report to the one citing them.
      const citer = names.actors.filter((a) => a.end <= start && /^\s*$/.test(text.slice(a.end, start)));
      const role = named.length > 0 ? named : byRole(names, m[2]!.trim(), from);
      const ids = role.length > 0 ? role : citer.map((a) => a.actorId);
      if (ids.length > 0) {
        cues.push({
          start,
          end: start + m[0].length,
          forward: true,
          // '“...,” the paper quoted the ministry as saying': after a quotation the cited one speaks it.
          backward: backward || /[”"]\s*,?\s*(?:[\p{L}-]+\s+){0,3}$/u.test(body.slice(0, m.index)),
          claimantIds: ids,
          inherited: false,
        });
      }
    }
  }
  // "In her opinion, ...": the view is that of the last speaker.
  for (const m of body.matchAll(OPINION_RE)) {
    if (previous.length === 0) continue;
    const start = sentence.start + m.index;
    cues.push({
      start,
      end: start + m[0].length,
      forward: true,
      backward: false,
      claimantIds: previous,
      inherited: true,
    });
  }
  // "94,000 claimed by Kyiv to 70,000 by the Pentagon": once a passive source follows a figure, a later figure's
  // bare "by" names its source too (the participle is left out).
  if (cues.some((c) => PASSIVE_SOURCE_RE.test(text.slice(c.start, c.end)))) {
    for (const m of body.matchAll(GAPPED_BY_RE)) {
      const from = sentence.start + m.index + m[0].length;
      const stop = SPAN_END_RE.exec(text.slice(from, sentence.end));
      const to = stop ? from + stop.index : sentence.end;
      const ids = claimantsIn(names, from, to);
      const start = from - m[1]!.length;
      if (ids.length > 0 && !cues.some((c) => c.start <= start && start < c.end)) {
        cues.push({ start, end: to, forward: false, backward: true, claimantIds: ids, inherited: false });
      }
    }
  }
  for (const m of body.matchAll(VERB_RE)) {
    const at = sentence.start + m.index;
    // "the United States" is no verb: a capital inside a sentence starts a name.
    if (/^\p{Lu}/u.test(m[2] ?? '') && /\p{L}[^.!?:“"]*$/u.test(text.slice(sentence.start, at))) continue;
    // "NATO member states are sending", "the Baltic state of Latvia": "state(s)" after such a word is a noun.
    if (
      /^states?$/i.test(m[2] ?? '') &&
      (STATES_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, at - 20), at)) ||
        // "by the frontier of the young state.": a singular "state" right before a stop, after an
        // article and no plural subject ("..., the officials state."), is the noun.
        (/^state$/i.test(m[2] ?? '') &&
          /^[.,;:!?)]/.test(text.slice(at + m[0].length)) &&
          /\b(?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]*[^s\s]\s+$/iu.test(
            text.slice(Math.max(sentence.start, at - 50), at),
          )))
    )
      continue;
    if (NEGATED_BEFORE.test(text.slice(Math.max(sentence.start, at - 30), at + (m[1]?.length ?? 0))))
      continue;
    // "Minsk stands accused of massing ...": the accused is who acts in the charge, not who makes it.
    if (ACCUSED_RE.test(text.slice(Math.max(sentence.start, at - 30), at + m[0].length))) continue;
    // A participle ("..., charging that") goes on with the subject of the sentence's main clause, its first cue.
    const main = [...cues].sort((a, b) => a.start - b.start)[0] ?? null;
    const cue = verbCue(text, sentence, names, previous, at, m[0].length, main);
    if (cue) cues.push(cue);
  }
  const headed = colonCue(text, sentence, names);
  if (headed) cues.push(headed);
  // "A Polish estimate, carried by a wire service, puts": the carrier's passive inside the subject is no source;
  // "..., the general said in parliament, an agency correspondent reports": the correspondent relays the words
  // of the speaker named before, who stays the source.
  // "..., the agency reported on Saturday, citing the ministry": the one cited is the source, the reporter only
  // relays it.
  const relayed = (c: Cue): boolean =>
    (CARRIER_RE.test(text.slice(c.start, c.end)) && cues.some((o) => o.start < c.start && o.end > c.end)) ||
    (RELAYING_RE.test(text.slice(c.start, c.end)) && cues.some((o) => o.end <= c.start && !o.inherited)) ||
    cues.some(
      (o) =>
        o.start >= c.end &&
        /^citing\b/i.test(text.slice(o.start, o.end)) &&
        /^[^.;:]{0,50},\s*$/.test(text.slice(c.end, o.start)),
    );
  return cues.filter((c) => !relayed(c)).sort((a, b) => a.start - b.start);
}

/** Counted troops and "that" (no comma) right before a clause's subject. */
const TROOPS_THAT_RE = new RegExp(
  `\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${TROOP_NOUN})\\s+that\\s+$`,
  'iu',
);

/** A concessive clause after a comma ("..., even though ...", "..., even as ..."); a plain "although" may go on
 *  with the source's own words ("sources say Moscow has not slowed, although it already has ..."). */
const CONCESSION_RE = /,\s*(?:even\s+(?:though|as|while)|whereas)\b/i;

/** A source's words about itself (a time may come first: "on Monday it is ..."; or only their quoted end, when the
 *  verb of saying reaches to "it is watching"), then the act that prompted them ("after a US decision to"). */
const PROMPTED_BY_RE =
  /^\s+(?:(?:[\p{L}]+\s+){0,2}?(?:that\s+)?(?:it|they|he|she)\s[^,;]*?\b|[“"][^”"]{1,60}[”"]\s+)(?:following|after|amid|in\s+response\s+to)\s+(?:a|an|the)\s+(?:[\p{L}.’'-]+\s+){0,3}?(?:move|decision|order|announcement|plan|pledge)\s+(?:to|of)\b/u;

/** How far back a lone "he" or "she" looks for another speaker's "said". */
const PERSON_REACH = 400;

/** A source's words about itself ("says it will ..."), then ", and" and another name that opens a clause. */
const SELF_THEN_OTHER_RE =
  /^\s+(?:that\s+)?(?:it|they|he|she)\s[^,;]*,\s+and\s+(?!(?:it|they|he|she)\b)\p{Lu}/u;

/** A reporter who only tells what someone said ("a Ukrinform correspondent reports"). */
const RELAYING_RE =
  /\b(?:correspondents?|reporters?)\s+(?:reports?|reported|says|said|writes|wrote|notes|noted)\b/i;

/** A passive that names who carried a report ("reported by CNN"); set off by commas inside a subject, an aside. */
const CARRIER_RE = /^(?:first\s+)?(?:reported|cited|quoted|published|obtained|seen)\s+by\b/i;
const CARRIER_ASIDE_RE =
  /,\s*(?:first\s+)?(?:reported|cited|quoted|published|obtained|seen)\s+by\s+[^,]{1,60},\s*$/i;
/** An aside of company between a subject and its verb ("The US, with its allies, has warned"): the subject stands
 *  before it. */
const COMPANY_ASIDE_RE =
  /,\s*(?:(?:along|together)\s+)?with\s+[^,]{1,60},\s*(?:(?:has|have|had|is|are|was|were)\s+(?:been\s+)?)?$/i;

/** A role of service between two persons' names ("Kuleba spokesman Anna Berg", "the president's aide"). */
const SERVICE_ROLE_RE =
  /^(?:['’]s)?\s+(?:(?:chief|senior|top|foreign-policy|press)\s+)?(?:spokes(?:man|woman|person)|aide|adviser|advisor|press\s+secretary|deputy|assistant)\s+$/iu;

/** A verb that gives a figure as its object ("provided the highest estimate of"), read as a verb of saying. */
const GIVES_ESTIMATE_RE = /\b(?:gave|gives|give|giving|provided|provides|offered|offers)\s/i;

/** Words after which "state(s)" is the noun ("member states", "the Baltic state"), not a verb of saying. */
const STATES_NOUN_BEFORE =
  /\b(?:member|partner|allied|neighbou?ring|frontline|front-line|Baltic|Gulf|Arab|Nordic|European|Western|African|Asian|EU|NATO|Nato|nation|island|small|sovereign|other|these|those|many|several|all|both)\s+$/;

/** Whether a short stretch of text is names and little else ("Pentagon", "Ukraine's Reznikov", "US"). */
function onlyNames(names: Names, from: number, stretch: string): boolean {
  let rest = stretch;
  for (const a of names.actors) {
    if (a.start >= from && a.end <= from + stretch.length) {
      rest = rest.slice(0, a.start - from) + ' '.repeat(a.end - a.start) + rest.slice(a.end - from);
    }
  }
  const words = rest
    .replace(/['’]s\b/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "US official:" names a source; "Ukraine crisis:" names a topic.
  return words.every((w) => ROLE_HEAD.test(w)) && stretch.trim().split(/\s+/).length <= 5;
}

/** "Reznikov: Russia has 147,000 troops", "Pentagon: “...”" and a headline's "...: US" name the source
 *  before or after a colon. */
function colonCue(text: string, sentence: Sentence, names: Names): Cue | null {
  const body = text.slice(sentence.start, sentence.end);
  const headline = !/[.!?]["”’]?\s*$/.test(body);
  const lead = /^([^:\n]{1,50}):\s+(?=[“"]|)/.exec(body);
  if (lead && (headline || /^[^:]+:\s+[“"]/.test(body)) && onlyNames(names, sentence.start, lead[1]!)) {
    const ids = claimantsIn(names, sentence.start, sentence.start + lead[1]!.length);
    if (ids.length > 0) {
      const end = sentence.start + lead[0].length;
      return {
        start: sentence.start,
        end,
        forward: true,
        backward: false,
        claimantIds: ids,
        inherited: false,
      };
    }
  }
  // "...: US" or "... - Pentagon": a headline may end with its source after a colon or a spaced dash.
  const tail = headline ? /(?::|\s[-–—])\s+([^:\n–—]{1,40})$/.exec(body) : null;
  if (tail && onlyNames(names, sentence.start + tail.index + tail[0].length - tail[1]!.length, tail[1]!)) {
    const start = sentence.start + tail.index;
    const ids = claimantsIn(names, start, sentence.end);
    // "... – Reuters": after a dash, a news medium is the wire's credit line, not a source.
    const credit =
      !tail[0].startsWith(':') && ids.every((id) => names.reference.actors.get(id)?.kind === 'media');
    if (ids.length > 0 && !credit) {
      return { start, end: sentence.end, forward: false, backward: true, claimantIds: ids, inherited: false };
    }
  }
  return null;
}

function verbCue(
  text: string,
  sentence: Sentence,
  names: Names,
  previous: string[],
  at: number,
  length: number,
  earlier: Cue | null,
): Cue | null {
  const before = text.slice(sentence.start, at);
  // "estimated by NATO" is passive: the source after "by" is read as a source cue of its own.
  if (/^\s+by\b/i.test(text.slice(at + length, at + length + 4))) return null;
  // "its armed forces, estimated at 255,000": a participle after a comma sizes the noun before it; no one speaks.
  // So it does right after "a force" ("invaded with a force estimated at 90,000").
  if (
    (/,\s*$/.test(text.slice(Math.max(sentence.start, at - 3), at)) ||
      /\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:force|army|contingent|grouping)\s+$/iu.test(
        before,
      )) &&
    /^\s*estimated\s+at\s+(?!least\b)/i.test(text.slice(at, at + length + 12))
  )
    return null;
  // A headline's "...: reports" says the story comes from reports; the words before the colon are not its subject.
  if (/:\s*$/.test(before) && !/\S/.test(text.slice(at + length, sentence.end).replace(/[.!?”"’]/g, ''))) {
    return null;
  }
  // "more forces than previously thought", "as reported": a comparison with what was said, not a source.
  if (
    /\b(?:than|as)\s+(?:(?:previously|earlier|initially|originally|first|once|widely|commonly|generally)\s+)?$/i.test(
      before,
    )
  ) {
    return null;
  }
  // "the estimated 100,000", "Russia's estimated 100,000": an adjective, not a verb of saying; "officials are
  // saying" is a verb in the progressive.
  const progressive =
    /ing$/i.test(text.slice(at, at + length).trim()) && /(?:^|\s)(?:are|were|is|was|been)\s+$/i.test(before);
  // "Kuleba's claim that Minsk has massed ...": a possessor's claim or estimate "that" is the possessor's word.
  const possessorSays =
    /\p{Lu}[\p{L}.-]*['’]s\s+$/u.test(before) &&
    /^(?:claims?|estimates?)$/i.test(text.slice(at, at + length).trim()) &&
    /^\s+that\b/i.test(text.slice(at + length, at + length + 6));
  if (
    !progressive &&
    !possessorSays &&
    /(?:(?:^|\s)(?:a|an|the|are|were|is|was|be|been|being)|['’]s)\s+$/i.test(before)
  )
    return null;
  const end = at + length;
  const rest = text.slice(end, sentence.end);
  const clause = /^[^,.;:]*/.exec(rest)?.[0] ?? '';
  // 'Austin said, “Moscow now keeps ...': a comma and an opening quotation mark after the verb open the speech it reports.
  const forward = /\S/.test(clause) || /^\s*(?::|,\s*[“"‘])/.test(rest) || parenthetical(rest);
  // "A Polish estimate, carried by a wire service, puts": the aside names who carried the report, not its source, and
  // the subject stands before it; so does it before an aside of company ("The US, with its allies, warns").
  const company = COMPANY_ASIDE_RE.exec(text.slice(sentence.start, at));
  const aside = CARRIER_ASIDE_RE.exec(text.slice(sentence.start, at)) ?? company;
  const subjectEnd = aside ? sentence.start + aside.index : at;
  // '“... 900 soldiers” explained the minister': a verb right after the closing quotation mark, with no comma,
  // inverts its subject as after a comma; the quotation is the speech, not the speaker.
  const opener = /[”"]\s*$/.test(text.slice(sentence.start, subjectEnd))
    ? subjectEnd
    : clauseStart(text, names, sentence.start, subjectEnd);
  // '“...,” said the commander': the quotation mark closing the speech is not part of the subject.
  const subject = text
    .slice(opener, subjectEnd)
    .replace(/^[\s“”"‘’']+/, '')
    .trim();
  const verb =
    text
      .slice(at, end)
      .trim()
      .split(/\s+/)
      .filter((w) => !/^that$/i.test(w))
      .at(-1) ?? '';
  // "Moscow has added 7,000 troops" counts what was added; "he added" reports only with no object after it.
  if (/^add/i.test(verb) && startsWithFigure(rest)) return null;
  // "regions that Moscow has claimed as its own": to claim a thing as something is to demand it, not to say.
  if (/^claim/i.test(verb) && /^\s+as\b/i.test(rest)) return null;
  // "reports of explosions have surfaced": a noun followed by what it is about, no verb of saying; "gave an estimate
  // of" is one, its giver the source.
  if (
    /^(?:reports?|claims?|warns?|estimates?)$/i.test(verb) &&
    /^\s+of\b/i.test(rest) &&
    !GIVES_ESTIMATE_RE.test(text.slice(at, end))
  )
    return null;
  // "..., he told the parliament on Friday", "the sources informed the agency": the listener comes before what
  // closes the report.
  const listens = /^(?:tell|told|inform)/i.test(verb);
  // "4,000 soldiers that the Pentagon said would go": a source in a restrictive clause right after the troops it
  // counts vouches for their number.
  const restrictive = TROOPS_THAT_RE.test(text.slice(Math.max(sentence.start, opener - 40), opener));
  let backward = looksBack(listens ? clause.replace(LISTENER_RE, ' ') : clause) || restrictive;
  // '"...," Berg said in a talk with a paper published on Sunday': a verb right after a closed quotation and its
  // speaker's name reports that quotation, however long the words after the verb.
  if (!backward && /[,.!?]\s*[”"]\s*(?:[\p{L}.'’-]+\s+){1,4}$/u.test(text.slice(sentence.start, at)))
    backward = true;
  // "Nato, along with Ukraine, warns": those named in the company speak too.
  let ids = company
    ? [...new Set([...claimantsIn(names, opener, subjectEnd), ...claimantsIn(names, subjectEnd, at)])]
    : claimantsIn(names, opener, subjectEnd);
  // "Nato has expressed concern about ..." names its source; "countries that expressed concern" names none.
  if (ids.length === 0 && /\b(?:concerns?|alarm|fears?|worries)\b/i.test(text.slice(at, end))) return null;
  let inherited = false;
  if (PRONOUN_SUBJECT.test(subject)) {
    // "President Biden warned Moscow. He also said that ...": with no source before, "he" or "she" is the last
    // person the text named, but not past another "said" just before, whose speaker (maybe one the registry does
    // not know) is meant.
    const before = text.slice(Math.max(0, sentence.start - PERSON_REACH), sentence.start);
    const person =
      previous.length === 0 && /^(?:he|she)$/i.test(subject) && !/\b(?:said|says|told|tells)\b/i.test(before)
        ? names.discourse?.lastOfKind(['person'], sentence.start)
        : null;
    ids = person ? [person] : previous;
    inherited = true;
  } else if (ids.length === 0 && subject === '' && PARTICIPLE_VERB.test(verb)) {
    // "..., he said, adding that ...": the participle continues the speaker before it.
    ids = earlier?.claimantIds ?? previous;
    inherited = earlier === null;
  } else if (ids.length === 0 && subject === '' && PRONOUN_SUBJECT.test(clause.trim())) {
    // "..., said the officials": an inverted subject that refers back.
    ids = previous;
    inherited = true;
  } else if (
    ids.length === 0 &&
    subject === '' &&
    documentSource(text, names, sentence.start, opener).length > 0
  ) {
    // "quotes a Polish army study that gives the count as ...": the document is the verb's subject.
    ids = documentSource(text, names, sentence.start, opener);
  } else if (ids.length === 0 && subject === '') {
    // "..., said the ministry" inverts; "..., told parliament" names the listener, never the speaker.
    // "..., say U.S. intelligence officials (...)": an abbreviation's dots do not end the inverted subject, and a
    // bracket after it is an aside.
    const phrase = (INVERTED_RE.exec(rest)?.[0] ?? '').split(/[(“”"]/)[0]!;
    // "..., said the envoy Jane Roe during the debate at the council": the words from "during" on say when and
    // where the words were said, not who said them.
    const occasion = OCCASION_RE.exec(phrase);
    const named = occasion ? phrase.slice(0, occasion.index) : phrase;
    const words = named.trim().split(/\s+/);
    // "said the Minister of Internal Affairs of Poland", "said Polish Envoy to the Council of Europe Jan Nowak": the
    // small words inside a capitalised title do not lengthen it.
    const capitalAfter = (n: number): boolean => {
      let k = n + 1;
      while (k < words.length && TITLE_SMALL_WORD.test(words[k]!)) k += 1;
      return /^\p{Lu}/u.test(words[k] ?? '');
    };
    const titled = words.filter(
      (w, n) =>
        !(
          TITLE_SMALL_WORD.test(w) &&
          n > 0 &&
          words
            .slice(0, n)
            .reverse()
            .find((x) => !TITLE_SMALL_WORD.test(x))
            ?.match(/^\p{Lu}/u) &&
          capitalAfter(n)
        ),
    );
    const inverted =
      titled.length <= 6 && !listens && !words.some((w) => CLAUSE_VERBS.test(w))
        ? claimantsIn(names, end, end + named.length)
        : [];
    // '“...,” said an official': the quotation before the verb is the speech, never its speaker.
    const afterQuote = /[”"]\s*$/.test(text.slice(sentence.start, at));
    // "..., said a senior defence ministry aide": a verb and its inverted subject close the report, however long
    // the subject's name.
    if (inverted.length > 0 && (occasion !== null || named.trim().length >= clause.trim().length))
      backward = true;
    ids =
      inverted.length > 0
        ? inverted
        : afterQuote
          ? byRole(names, clause.trim(), end)
          : (coordinatedSubject(text, names, sentence.start, opener) ??
            appositiveSubject(text, names, sentence.start, opener));
    // "The official, declining to give a name, said ...": a subject that refers back, set off from its
    // verb by an aside, is the source named before.
    const head = text
      .slice(sentence.start, opener)
      .split(',')[0]!
      .replace(/^[\s“”"‘’']+/, '')
      .trim();
    if (
      ids.length === 0 &&
      !afterQuote &&
      /,/.test(text.slice(sentence.start, opener)) &&
      PRONOUN_SUBJECT.test(head)
    ) {
      ids = previous;
      inherited = true;
    }
  } else if (
    ids.length === 0 &&
    /^(?:which|who)$/i.test(subject) &&
    /(?:,|\s[–—-])\s*$/.test(text.slice(sentence.start, opener))
  ) {
    // "Nato, which reckons that ...": the relative pronoun stands for the name before the comma; "fears in the
    // alliance – which counts ...": a dash opens the aside as a comma does, after the name right before it.
    const dash = /\s[–—-]\s*$/.exec(text.slice(sentence.start, opener));
    const at = sentence.start + (dash?.index ?? 0);
    const before = dash ? names.actors.filter((a) => a.end <= at && /^\s*$/.test(text.slice(a.end, at))) : [];
    ids = dash ? before.map((a) => a.actorId) : appositiveSubject(text, names, sentence.start, opener);
  } else if (ids.length === 0) {
    ids = byRole(names, subject, opener);
  }
  // "Analysts say" or "It comes amid reports" name nobody a reader could filter by.
  if (ids.length === 0) return null;
  const cue: Cue = { start: opener, end, forward, backward, claimantIds: ids, inherited };
  return restrictive ? { ...cue, restrictive } : cue;
}

/** A document a relative clause tells of ("a Polish army study that puts ..."): the sources its name holds. */
function documentSource(text: string, names: Names, from: number, opener: number): string[] {
  const m = DOCUMENT_THAT_RE.exec(text.slice(from, opener));
  return m ? claimantsIn(names, from + m.index, opener) : [];
}
const DOCUMENT_THAT_RE =
  /\b(?:an?|the|its|their)\s+(?:[\p{L}.’'-]+\s+){0,3}?(?:report|assessment|document|study|analysis|estimate|dossier|memo|briefing|map|statement)\s+(?:that|which)\s*$/iu;

/** An official of an administration named by role ("a senior administration official"). */
const ADMINISTRATION_OFFICIAL_RE = /^an?\s+(?:[\p{L}-]+\s+){0,2}?administration\s+officials?$/iu;
/** Words that tell when or where something was said, ending the inverted subject before them. */
const OCCASION_RE =
  /\s(?:during|while|when|after|before|amid|following|at\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|session|briefing|debate|summit|conference|hearing))\b/iu;
/** Lower-case words a capitalised title may hold ("Minister of Internal Affairs", "Ambassador to the United Nations"). */
const TITLE_SMALL_WORD = /^(?:of|for|to|the)$/;

/** The words after a verb up to a clause break; a dot after a lone capital ("U.S.") or before a letter does not
 *  break it. */
const INVERTED_RE = /^(?:[^,.;:]|\.(?=[\p{L}\d])|(?<=(?:^|[\s.])\p{Lu})\.)*/u;

/** Whether the words open with a figure, its hedge or a determiner at most before it ("as many as 7,000"). */
function startsWithFigure(rest: string): boolean {
  const first = findNumbers(rest.slice(0, 60))[0];
  return (
    first !== undefined &&
    /^\s*(?:(?:some|another|a\s+further|an\s+(?:additional|extra)|the|nearly|about|around)\s+)?$/i.test(
      rest.slice(0, first.start),
    )
  );
}

/** "..., Nato said on Monday." looks back; "which Nato says is a threat" starts a clause of its own. A time or
 *  place after the verb ("said on February 2 during a news conference") still closes the report. */
function looksBack(clause: string): boolean {
  const words = clause.trim().split(/\s+/).filter(Boolean);
  if (words.some((w) => CLAUSE_VERBS.test(w))) return false;
  if (!/\d/.test(clause) && words.length <= 4) return true;
  const adverbial =
    /^\s*(?:on|in|at|during|late|early|earlier|later|this|last|yesterday|today|via|to|after|before|while|from)\b/i;
  // "..., Poland said on Friday at a long closed meeting of the ministers in the capital": phrases of time and occasion, with
  // no clause of their own, close the report however many of them follow.
  const reach = /\b(?:where|which|who|whose|whom)\b/i.test(clause) ? 10 : 16;
  return adverbial.test(clause) && words.length <= reach && !/\d{3}|\d,\d/.test(clause);
}

/** "X says, while ..." or "X said, and ...": the speaker's report goes on past the comma; so it does past a time
 *  set off by commas ("X confirmed, Thursday, that ..."). */
function parenthetical(rest: string): boolean {
  return (
    /^\s*(?:on\s+\p{L}+\s*)?,\s*(?:while|and|as|with|but)\b/iu.test(rest) ||
    /^\s*,\s*(?:on\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday|(?:last|this)\s+\p{Ll}+)\s*,\s*that\b/u.test(rest)
  );
}

/** "Moscow is planning drills, and has indicated that ...": a predicate after "and" shares the sentence's
 *  subject, the name that opens the sentence. */
function coordinatedSubject(text: string, names: Names, from: number, opener: number): string[] | null {
  if (!/\band\s*$/i.test(text.slice(from, opener))) return null;
  // The subject stands in the sentence's first two words: a name, or a capital read as its government.
  const lead = /^\s*(?:\S+\s+){0,2}/.exec(text.slice(from, opener))?.[0] ?? '';
  const ids = claimantsIn(names, from, from + lead.length);
  return ids.length > 0 ? ids : null;
}

/** A source named only by its role: news media ("the newspaper reported"), an alliance ("the alliance"),
 *  or an official body, read as the last state source the document named ("the ministry added"). */
function byRole(names: Names, subject: string, at: number): string[] {
  const discourse = names.discourse;
  if (!discourse) return [];
  // "Army analysts say", "military experts believe": people who study a body do not speak for it.
  if (/\b(?:analysts?|experts?|observers|commentators|researchers|scholars)\s*$/i.test(subject)) return [];
  if (MEDIA_HEAD.test(subject)) return discourse.media ? [discourse.media] : [];
  if (/\b(?:alliance|bloc)\b/i.test(subject)) {
    const alliance = discourse.lastOfKind(['alliance'], at);
    return alliance ? [alliance] : [];
  }
  if (!ROLE_HEAD.test(subject)) return [];
  // '...,” the minister told reporters': the quotation mark closing the speech is not part of the subject.
  const role = subject.replace(/^[\s“”"‘’']+/, '');
  // "an administration official", with no state source before: the administration of the last person the text
  // named who serves a country ("President Biden's adviser ...").
  if (discourse.lastState.length === 0 && /\badministration\b/i.test(role)) {
    const person = discourse.lastOfKind(['person'], at);
    const country = person ? names.reference.actors.get(person)?.affiliation : null;
    if (country && names.reference.actors.get(country)?.kind === 'country') return [country];
  }
  // "the agency cited the army as saying": the army the text named last, not whichever state source spoke last.
  if (/^(?:the|this|that)\s+(?:army|military|armed\s+forces)$/i.test(role)) {
    const army = discourse.lastOfKind(['military'], at);
    if (army) return [army];
  }
  if (discourse.lastState.length > 0 || !/^(?:the|this|that)\b/i.test(role)) return discourse.lastState;
  // "The defence minister said", after "Ukraine's defence minister Oleksii Reznikov visited": the last official
  // the document named; a role held by a person ("the minister") means the last person, not the troops named
  // in between.
  const person = PERSON_ROLE.test(role) ? discourse.lastOfKind(['person'], at) : null;
  const named = person ?? discourse.lastOfKind(['person', 'ministry', 'government', 'military'], at);
  return named ? [named] : [];
}

/** Roles only a person holds: "the minister said" means the last person named, not a body. */
const PERSON_ROLE =
  /\b(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|general|commander|president|premier|chancellor|chief)\b/i;

/** The rest of a name spelt out after its "and", up to its abbreviation in brackets. */
const SPELT_OUT_REST = /^(?:(?:\p{Lu}[\p{L}-]*|for|of|and|in|on|the)\s+)*?\p{Lu}[\p{L}-]*\s+\(\p{Lu}{2,}\)/u;

/** Where the clause holding the verb at `at` starts; "and" joining two names ("US and UK") does not open one. */
function clauseStart(text: string, names: Names, from: number, at: number): number {
  let start = from;
  for (const m of text.slice(from, at).matchAll(CLAUSE_OPENERS)) {
    const here = from + m.index;
    // "the National Security and Defence Council said": a word inside a name opens no clause.
    if (names.actors.some((a) => a.start < here && here < a.end)) continue;
    // "the Council of Baltic Sea States (CBSS) said": a closed bracket is an aside, not a new clause.
    if (m[0].startsWith('(') && text.slice(here, at).includes(')')) continue;
    // "the Council for Trade and Fair Rules in Asia (CTFRA) said": an "and" inside a name spelt out before its
    // abbreviation opens no clause, so a title before the name ("envoy to the ...") stays in the speaker's clause.
    if (
      /^and\b/i.test(m[0]) &&
      /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(from, here)) &&
      SPELT_OUT_REST.test(text.slice(here + m[0].length, at))
    )
      continue;
    // "the Commissioner for Trade and Industrial Policy said": capitalised words after "and" up to
    // the verb go on with the title named before, so no clause opens.
    if (
      /^and\b/i.test(m[0]) &&
      names.actors.some((a) => a.end <= here && /^\s*$/.test(text.slice(a.end, here))) &&
      /^(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u.test(text.slice(here + m[0].length, at))
    )
      continue;
    const placeAt = (offset: number) => names.places.find((p) => p.start <= offset && offset <= p.end);
    const country = placeAt(here + m[0].length);
    // "the embassy in Oslo, Norway said": a comma between a place and its country opens no clause.
    if (
      m[0].startsWith(',') &&
      placeAt(here) &&
      country &&
      names.reference.places.get(country.placeId)?.kind === 'country'
    ) {
      continue;
    }
    const joinsNames =
      /^and\b/i.test(m[0]) &&
      names.actors.some((a) => a.end <= here && /^\s*$/.test(text.slice(a.end, here))) &&
      names.actors.some(
        (a) =>
          a.start >= here + m[0].length && /^(?:the\s+)?$/i.test(text.slice(here + m[0].length, a.start)),
      );
    if (!joinsNames && !joinsSources(text, names, here, here + m[0].length, at, m[0])) {
      start = here + m[0].length;
    }
  }
  return start;
}

/** "Western and Ukrainian intelligence agencies estimate", "Western officials and media have claimed": an
 *  "and" after a nationality (the noun left out) or between a named source and a source noun right before the
 *  verb joins two sources of one subject. */
function joinsSources(
  text: string,
  names: Names,
  here: number,
  after: number,
  at: number,
  word: string,
): boolean {
  if (!/^and\b/i.test(word)) return false;
  const adjective = /(\p{Lu}[\p{L}.]*)\s*$/u.exec(text.slice(Math.max(0, here - 30), here))?.[1] ?? '';
  if (
    (DEMONYMS[adjective.toLowerCase()] || /ern$/i.test(adjective)) &&
    /^\p{Lu}/u.test(text.slice(after, at))
  ) {
    return true;
  }
  const rest = text.slice(after, at).trim();
  return (
    names.actors.some((a) => a.end <= here && /^\s*$/.test(text.slice(a.end, here))) &&
    rest.split(/\s+/).length <= 4 &&
    (MEDIA_HEAD.test(rest) || ROLE_HEAD.test(rest))
  );
}

/** An aside that opens with a relative pronoun, a participle or a preposition of company or place tells where the
 *  speaker stood or whom they met; "according to" is no participle but names a source ("..., according to an
 *  official, who added that ..."). */
const SPEAKER_DESCRIBED_RE =
  /^\s*(?:who|whom|whose|which|(?!according\b)\p{Ll}+ing|beside|alongside|next\s+to|together\s+with|with|flanked\s+by|accompanied\s+by|after|during|at|in|on)\b/iu;

/** "Dmytro Kuleba, Ukraine's foreign minister who met X, said": the speaker is named before the commas. */
function appositiveSubject(text: string, names: Names, from: number, opener: number): string[] {
  // "Anna Berg, the bloc's envoy, said": a name recognised with its appositive spans the commas, also when asides
  // that describe the speaker follow it ("Anna Berg, the bloc's envoy, standing beside her host, said").
  const whole = names.actors.find(
    (a) =>
      a.start >= from &&
      a.end <= opener &&
      /,/.test(text.slice(a.start, a.end)) &&
      text
        .slice(a.end, opener)
        .split(',')
        .every((part) => /^\s*$/.test(part) || SPEAKER_DESCRIBED_RE.test(part)),
  );
  if (whole) return [whole.actorId];
  // The comma of a figure ("150,000 troops") separates no segment; the last segment is the empty one after the
  // comma before the verb, so four steps reach a speaker set off by three asides.
  const segments = text.slice(from, opener).split(/,(?!\d{3}(?!\d))/);
  let end = opener;
  for (let back = 0; back < 4 && segments.length > 0; back += 1) {
    const segment = segments.pop()!;
    const start = end - segment.length - (back === 0 ? 0 : 1);
    // "who met Nato leaders", "standing beside his Polish counterpart", "alongside the Latvian minister" describe
    // the speaker; the names in them are not the speaker.
    const ids = SPEAKER_DESCRIBED_RE.test(segment) ? [] : claimantsIn(names, Math.max(from, start), end);
    if (ids.length > 0) return ids;
    end = start;
  }
  return [];
}

/** Actor ids named in [from, to), outermost names only; failing that, places read as their country's
 *  government ("according to Kiev estimates"). */
export function claimantsIn(names: Names, from: number, to: number): string[] {
  const inside = names.actors.filter((a) => a.start >= from && a.end <= to);
  const outer = inside.filter(
    (a) =>
      !inside.some(
        (b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start,
      ),
  );
  // "the Ukrainian embassy in Oslo, Norway": a place after "in" says where the source sits, not who it is.
  const located = (a: ActorHit): boolean =>
    /\b(?:in|at|from|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,2}$/u.test(
      names.text.slice(Math.max(from, a.start - 30), a.start),
    ) && /\S/.test(names.text.slice(from, a.start).replace(/\b(?:in|at|from|near)\b.*$/isu, ''));
  // "a Canadian envoy to the OSCE": the body an envoy is sent to is not the one it speaks for, also when its
  // full name is spelt out before the short one ("... to the Council of Baltic States (CBSS)").
  // The sender may be named by a nationality alone ("Polish Deputy Envoy to the council said").
  const sender = (a: ActorHit): boolean =>
    outer.some((b) => b.start < a.start) ||
    (names.text.slice(from, a.start).match(/\p{Lu}[\p{L}.]*/gu) ?? []).some((w) => DEMONYMS[w.toLowerCase()]);
  const host = (a: ActorHit): boolean =>
    /\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Mm]ission|[Dd]elegation|[Dd]elegate)\s+to\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+(?:(?:for|of|and|in|on|the)\s+)*){1,9}?\()?$/u.test(
      names.text.slice(Math.max(from, a.start - 100), a.start),
    ) && sender(a);
  // "Washington's UN envoy", "the Polish NATO ambassador": a body named right before an envoy's title is where the
  // envoy is sent, when the sender is named before it (a name, a capital or a possessive, a nationality).
  const hostBefore = (a: ActorHit): boolean =>
    names.reference.actors.get(a.actorId)?.kind !== 'country' &&
    names.reference.actors.get(a.actorId)?.kind !== 'person' &&
    /^\s+(?:ambassador|envoy|representative|delegation|delegate|mission)\b/i.test(
      names.text.slice(a.end, a.end + 20),
    ) &&
    (sender(a) ||
      names.places.some((p) => p.start >= from && p.end <= a.start) ||
      /\p{L}['’]s\s+$/u.test(names.text.slice(Math.max(from, a.start - 4), a.start)));
  // "a report shared with CNN", "a memo seen by the newspaper": who received it is not who wrote it.
  const recipient = (a: ActorHit): boolean =>
    /\b(?:(?:shared|provided|given|leaked|passed|handed|shown|sent)\s+(?:\p{L}+ly\s+)?(?:with|to)|(?:seen|obtained|reviewed)\s+by)\s+(?:the\s+)?$/iu.test(
      names.text.slice(Math.max(from, a.start - 40), a.start),
    );
  // "the Survey Office of the General Staff of Ukraine": a body said to be "of" a country is
  // that country's, whatever another country's body of the same name is called.
  const ofCountry = (a: ActorHit): boolean =>
    outer.some(
      (b) =>
        b.start > a.end &&
        names.reference.actors.get(b.actorId)?.kind === 'country' &&
        names.reference.actors.get(a.actorId)?.affiliation !== b.actorId &&
        /^\s+of\s+(?:the\s+(?:[\p{L}-]+\s+){1,4}?of\s+)?$/u.test(names.text.slice(a.end, b.start)),
    );
  // "Head of the Border Guard Service Jan Nowak said": a body in the title right before a
  // person's name says what the person heads; the person speaks.
  const titleOf = (a: ActorHit): boolean =>
    names.reference.actors.get(a.actorId)?.kind !== 'person' &&
    outer.some(
      (b) =>
        b.start > a.end &&
        (b.via === 'new' || names.reference.actors.get(b.actorId)?.kind === 'person') &&
        /^\s+$/.test(names.text.slice(a.end, b.start)),
    );
  // "Kuleba spokesman Anna Berg said": a person named before a role of service and the person who holds it is part
  // of the title; the one who serves speaks.
  const served = (a: ActorHit): boolean =>
    names.reference.actors.get(a.actorId)?.kind === 'person' &&
    outer.some(
      (b) =>
        b.start > a.end &&
        (b.via === 'new' || names.reference.actors.get(b.actorId)?.kind === 'person') &&
        (SERVICE_ROLE_RE.test(names.text.slice(a.end, b.start)) ||
          // The recogniser may take the role into the new name ("spokesman Anna Berg").
          (/^\s+$/.test(names.text.slice(a.end, b.start)) &&
            SERVICE_ROLE_RE.test(` ${b.text.split(/\s+/)[0]} `))),
    );
  // "Biden sent a message to Vladimir Putin saying": a name right after "to" is whom the words went to, not who
  // spoke.
  const addressee = (a: ActorHit): boolean =>
    /\bto\s+(?:the\s+)?$/i.test(names.text.slice(Math.max(from, a.start - 8), a.start)) &&
    outer.some((b) => b.end <= a.start);
  // "a senior Biden official", "a Putin aide": a leader's name used as an adjective before an official's role names
  // the government that official serves, not the leader as the speaker.
  const servant = (a: ActorHit): boolean =>
    names.reference.actors.get(a.actorId)?.kind === 'person' &&
    /^\s+(?:administration\s+)?(?:officials?|aides?|advisers?|advisors?)\b/i.test(
      names.text.slice(a.end, a.end + 30),
    );
  const ids = outer
    .filter(
      (a) =>
        !located(a) &&
        !host(a) &&
        !hostBefore(a) &&
        !recipient(a) &&
        !ofCountry(a) &&
        !titleOf(a) &&
        !served(a) &&
        !addressee(a),
    )
    .map((a) => (servant(a) ? (names.reference.actors.get(a.actorId)?.affiliation ?? a.actorId) : a.actorId));
  const span = names.text.slice(from, to);
  // "a London newspaper reported": the name only says which paper; the source is a news medium. "Western
  // officials and media": a source joined to the media by "and" is a source too.
  const isMedia = (id: string) => names.reference.actors.get(id)?.kind === 'media';
  const mediaHead = MEDIA_HEAD.exec(span);
  if (names.discourse?.media && mediaHead && !ids.some(isMedia)) {
    const joined = /\b(?:and|or)\s+(?:\p{L}+\s+)?$/iu.test(span.slice(0, mediaHead.index));
    return joined ? [...new Set([...ids, names.discourse.media])] : [names.discourse.media];
  }
  // "US and UK officials" already named both countries; only a source of another country is added.
  const group = (id: string): string => names.reference.actors.get(id)?.affiliation ?? id;
  const groups = new Set(ids.map(group));
  ids.push(...gapped(names.reference, span).filter((id) => !groups.has(group(id))));
  if (ids.length === 0) {
    // "according to Ukrainian intelligence": a nationality word names the country as the source.
    // The body an envoy is sent to ("envoy to Nato") is no source by its name either.
    const hosts = outer.filter((a) => host(a) || hostBefore(a));
    for (const m of names.text.slice(from, to).matchAll(/[\p{L}.]+/gu)) {
      const word = m[0];
      const at = from + m.index;
      if (hosts.some((a) => a.start <= at && at < a.end)) continue;
      const id = DEMONYMS[word.toLowerCase()];
      if (id && names.reference.actors.has(id) && /^\p{Lu}/u.test(word)) ids.push(id);
    }
  }
  if (ids.length === 0) ids.push(...sourceOfAdjective(names.reference, span));
  if (ids.length === 0) ids.push(...shortMediaName(names, from, span));
  if (ids.length === 0) {
    for (const p of names.places.filter((h) => h.start >= from && h.end <= to)) {
      const country = countryActor(names.reference, p.placeId);
      if (country) ids.push(country);
    }
  }
  return [...new Set(ids)];
}

/** "according to Western estimates", "Western authorities say", "a western intelligence official told": an
 *  adjective before a noun for a source's figures, for those who govern or for officials names the source the
 *  registry knows with that adjective ("Western sources", "Western officials"), written in capitals or not. */
function sourceOfAdjective(reference: Reference, span: string): string[] {
  const m =
    /(\p{L}+)\s+(?:(?:intelligence|security|defen[cs]e)\s+)?(?:estimates?|figures|data|assessments?|calculations?|counts?|authorities|politicians|governments|capitals|officials?|sources?|diplomats?)\b/iu.exec(
      span,
    );
  if (!m) return [];
  const index = aliasIndex(reference);
  const id = ['sources', 'officials'].map((n) => index.get(`${m[1]!} ${n}`.toLowerCase())).find(Boolean);
  return id ? [id] : [];
}

/** "the Post reported", after "The Washington Post" was named: a paper's short name is the last word of the
 *  name of the last news medium the document named. */
function shortMediaName(names: Names, from: number, span: string): string[] {
  const short = /\b[Tt]he\s+(\p{Lu}\p{L}+)(?:['’]s)?\b/u.exec(span)?.[1];
  const last = short ? names.discourse?.lastOfKind(['media'], from) : null;
  const record = last ? names.reference.actors.get(last) : undefined;
  if (!record || !short) return [];
  const ends = [record.name, ...record.aliases].some(
    (n) => n.split(/\s+/).length > 1 && n.split(/\s+/).at(-1) === short,
  );
  return ends ? [record.id] : [];
}

/** "Western and Ukrainian intelligence agencies": an adjective before "and" shares the noun of the words
 *  after it, so "Western intelligence" is named too; its actor is the registry's for that phrase or, for a
 *  nationality, the country. */
function gapped(reference: Reference, span: string): string[] {
  const ids: string[] = [];
  for (const m of span.matchAll(
    /(\p{Lu}[\p{L}.]*)\s+(?:and|or)\s+(\p{Lu}[\p{L}.]*)((?:\s+\p{Ll}[\p{L}-]*){1,2})/gu,
  )) {
    const nouns = m[3]!.trim().split(/\s+/);
    const phrases = [nouns.join(' '), nouns[0]!].map((n) => `${m[1]} ${n}`.toLowerCase());
    const id =
      phrases.map((p) => aliasIndex(reference).get(p)).find(Boolean) ?? DEMONYMS[m[1]!.toLowerCase()];
    if (!id || !reference.actors.has(id)) continue;
    ids.push(id);
    // The second nationality names its country, as it would alone ("Ukrainian intelligence agencies").
    const second = DEMONYMS[m[2]!.toLowerCase()];
    if (second && reference.actors.has(second)) ids.push(second);
  }
  return ids;
}

const aliases = new WeakMap<Reference, Map<string, string>>();

/** Lower-case names and aliases to actor ids, built once per registry. */
function aliasIndex(reference: Reference): Map<string, string> {
  let index = aliases.get(reference);
  if (!index) {
    index = new Map();
    for (const actor of reference.actors.values()) {
      for (const name of [actor.name, ...actor.aliases]) index.set(name.toLowerCase(), actor.id);
    }
    aliases.set(reference, index);
  }
  return index;
}

/** The actor of the country a place lies in, if the registry has one. */
export function countryActor(reference: Reference, placeId: string): string | null {
  const place = reference.places.get(placeId);
  if (!place) return null;
  if (place.kind === 'country') return reference.actors.has(place.id) ? place.id : null;
  if (place.kind === 'border' || place.country === null) return null;
  return countriesByCode(reference).get(place.country) ?? null;
}

const byCode = new WeakMap<Reference, Map<string, string>>();

/** ISO alpha-3 code to the id of that country's actor, built once per registry. */
function countriesByCode(reference: Reference): Map<string, string> {
  let codes = byCode.get(reference);
  if (!codes) {
    codes = new Map();
    for (const p of reference.places.values()) {
      if (p.kind === 'country' && p.country && reference.actors.has(p.id)) codes.set(p.country, p.id);
    }
    byCode.set(reference, codes);
  }
  return codes;
}

/** The claimants of figure `i` of a sentence: the cue just before it, else one just after it (before the
 *  next figure), else the previous figure's, else a clause-final one later ("..., officials said"). */
export function governingClaimants(
  figures: (Span & { core: number })[],
  i: number,
  cues: Cue[],
  sentence: Sentence,
  text: string,
): string[] {
  const c = figures[i]!;
  const from = i > 0 ? figures[i - 1]!.end : sentence.start;
  const to = figures[i + 1]?.start ?? sentence.end;
  // A verb may also be the figure's hedge ("Danilov estimated 80,000"): the figure itself starts at its core.
  // "80,000 according to Kyiv to 95,000 ...": a source right after a figure belongs to that figure, unless it only
  // reaches forward ("On top of 60 more, Ottawa said it could add 40").
  const attached = (q: Cue): boolean =>
    i > 0 &&
    q.backward &&
    q.start >= figures[i - 1]!.end &&
    /^[\s,]*$/.test(text.slice(figures[i - 1]!.end, q.start));
  // "The Kremlin claims that ..., even though Russia moved ... where 9,000 are": a concession after a comma is the
  // writer's answer to the claim, out of the source's reach.
  // "the alliance says it will send jets, and Moscow keeps adding to its 100,000 troops": a source that speaks of its own
  // plans hands the next clause, led by another name after ", and", back to the writer.
  // "Moscow said it was alarmed following a British decision to send 900 soldiers": the act that prompted a source's
  // words about itself is the writer's account, not the source's.
  const conceded = (q: Cue): boolean =>
    CONCESSION_RE.test(text.slice(q.end, c.start)) ||
    SELF_THEN_OTHER_RE.test(text.slice(q.end, c.start)) ||
    PROMPTED_BY_RE.test(text.slice(q.end, c.start));
  const before = cues
    .filter((q) => q.forward && q.end <= c.core + 1 && q.end > from && !attached(q) && !conceded(q))
    .at(-1);
  if (before) return before.claimantIds;
  const after = cues.find((q) => q.backward && q.start >= c.end && q.start < to);
  if (after) return after.claimantIds;
  const attachedToOne = (q: Cue): boolean =>
    figures.slice(0, i).some((f) => q.start >= f.end && /^[\s,]*$/.test(text.slice(f.end, q.start)));
  const earlier = cues
    .filter((q) => q.forward && q.end <= c.start && !attachedToOne(q) && !conceded(q))
    .at(-1);
  if (earlier) return earlier.claimantIds;
  return cues.find((q) => q.backward && !q.restrictive && q.start >= c.end)?.claimantIds ?? [];
}
