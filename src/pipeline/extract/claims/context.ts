/** A claim's kind and whose forces it counts, read from the words around its number. */
import type { ClaimKind } from '../../../domain/schema';
import { foldKey, referenceData } from '../../reference';
import type { ActorHit, Reference } from '../../types';
import {
  BTG_NOUN,
  DEMONYMS,
  FORECAST_AFTER,
  FORECAST_BEFORE,
  INCREMENT_AFTER,
  GREW_BY,
  GROWTH_TO_COME,
  INCREMENT_VERBS,
  INCREMENT_WORDS,
  INCREMENT_MODIFIERS,
  AGO_AFTER,
  CHANGED_TO_FROM,
  EARLIER_BEFORE,
  MOVEMENT_AFTER,
  SENT_AFTER,
  MOVEMENT_BEFORE,
  MOBILISING_BEFORE,
  NEEDED_AFTER,
  READINESS_AFTER,
  STATIONED_AT_READINESS,
  RECEIVER_BEFORE,
  PAST_TIME,
  PROJECTION_CLAUSE_START,
  SINCE_WHEN,
  TARGET_BEFORE,
  TROOP_NOUN,
  YEARS_AHEAD_AFTER,
} from './cues';

/** Drops the text of relative clauses set off by commas (", which could invade at any time,"). */
function withoutAsides(window: string): string {
  return window.replace(/,\s*(?:which|who)\b[^,]*,/gi, ',');
}

/** The words around a figure that decide its kind. */
export interface KindContext {
  /** Up to 80 characters before the number, from the previous figure on. */
  before: string;
  /** Up to 120 characters after the unit noun (the verb of a long subject may stand that far). */
  after: string;
  /** Up to 200 characters of the sentence before the number ("Before the war began, ..."). */
  opening: string;
  modifiers: string[];
  articleYear: number | null;
  /** The day (or month) the article was published, YYYY-MM-DD or YYYY-MM, when known. */
  articleDay?: string | null;
  /** The figure is part of or added to another in its sentence. */
  related: boolean;
}

/** An aside set off by commas right after the troops that says what they bring or who backs them. */
const KIT_ASIDE =
  /^\s*,\s*(?:with|backed\s+by|supported\s+by|along\s+with|together\s+with|equipped\s+with|armed\s+with)\b[^,;.]*,/i;

/** historical (a past year), forecast (a projected force), increment (a change), else estimate. */
export function claimKind(k: KindContext): ClaimKind {
  const after = k.after.slice(0, 60);
  // "500 troops, with tanks and armoured vehicles, were sent there last year": an aside of what the troops bring
  // does not end their clause.
  const ownClause = /^[^,;]*/.exec(k.after.replace(KIT_ASIDE, '').slice(0, 60))?.[0] ?? '';
  const before = withoutAsides(k.before);
  // "reported in December 2021, with outlets speculating Russia might invade with 175,000": a modal nearer the
  // figure than the past time projects it.
  const past = PAST_TIME.exec(before);
  const projected = past !== null && FORECAST_BEFORE.test(before.slice(past.index + past[0].length));
  if (
    (!projected && isPast(before, k.articleYear, true)) ||
    isPast(ownClause, k.articleYear, false) ||
    BEFORE_EVENT.test(k.opening) ||
    // "the 120,000 it had massed along the far northern frontier before the invasion": the clause may run past the window.
    BEFORE_EVENT.test(/^[^,;]*/.exec(k.after)?.[0] ?? '') ||
    atPastPeak(k.opening, after) ||
    (PAST_PERFECT.test(before) && BEFORE_ACT.test(ownClause))
  ) {
    return 'historical';
  }
  if (atEarlierDay(before, k.after, k.articleDay ?? null)) return 'historical';
  // "In 2023, the envoy said the garrison had 600 troops": a sentence that opens with a past year tells of then,
  // unless a modal after it projects or "now" brings it to the present.
  // "Five years ago there were 60 groups; today there are 150": an opening that counts back from now does the same.
  const opened = OPENING_YEAR.exec(k.opening) ?? OPENING_AGO.exec(k.opening);
  if (
    opened &&
    (opened[1] === undefined || (k.articleYear !== null && Number(opened[1]) < k.articleYear)) &&
    !FORECAST_BEFORE.test(k.opening.slice(opened[0].length)) &&
    !/\b(?:since|now|currently|current|today|still)\b/i.test(k.opening.slice(opened[0].length))
  )
    return 'historical';
  // "the biggest since the 1985 manoeuvres, which drew some 90,000 soldiers": what an event of a past year named
  // as such held is an earlier count.
  const event = YEAR_EVENT.exec(k.before);
  if (event && k.articleYear !== null && Number(event[1]) < k.articleYear) return 'historical';
  // "compared with 40 last month", "up from 60": an earlier value of a count the sentence gives now.
  if (
    EARLIER_BEFORE.test(k.before) ||
    CHANGED_TO_FROM.test(k.opening) ||
    AGO_AFTER.test(after) ||
    SINCE_WHEN.test(k.before)
  )
    return 'historical';
  // "did not say what unit would move, but the regiment is a 5,000-soldier force": "but" opens a new clause; so does
  // "where" after a comma ("a clash could start at the border, where it counts 9,000 troops"), "even as" ("denies
  // any plan to attack, even as 90,000 soldiers wait"), and "despite" a phrase of its own ("denies any plan to
  // attack despite massing 90,000 soldiers").
  const clause = withoutAsides(k.before).replace(
    /^.*(?:[,;]\s*(?:but|while|whereas|although|though|where|even\s+as)\b|;|\b(?:despite|in\s+spite\s+of)\b)/is,
    '',
  );
  if (READINESS_AFTER.test(after) && !STATIONED_AT_READINESS.test(after)) return 'forecast';
  // "6,500 soldiers were on standby and could be sent at any time": troops that may yet be sent are projected.
  if (MAY_BE_SENT_AFTER.test(k.after)) return 'forecast';
  // "volunteers who have applied to fight", "say they are ready to fight": people not yet in the fight may join it.
  if (READY_TO_FIGHT_AFTER.test(k.after)) return 'forecast';
  if (RECEIVER_BEFORE.test(k.before) || DEMANDED_MOVE.test(k.before)) return 'estimate';
  // "is weighing sending 2,500 marines", "among the options is moving 600": a move still weighed may not be made,
  // so it is projected, unlike one planned or ordered.
  if (WEIGHED_MOVE.test(clause)) return 'forecast';
  // "has deployed 7,000 troops over the past few days": a standing force sent within days is a move.
  if (PERFECT_MOVE.test(clause) && RECENT_DAYS.test(/^[^.;]*/.exec(k.after)?.[0] ?? '')) return 'increment';
  // Troops sent, moved or arriving are added where they go, whether the move is planned or done.
  if (
    MOVEMENT_BEFORE.test(clause) ||
    MOVEMENT_AFTER.test(k.after) ||
    SENT_AFTER.test(k.after) ||
    calledUp(clause, k.after)
  )
    return 'increment';
  if (
    FORECAST_BEFORE.test(clause.replace(PROJECTION_CLAUSE_START, '')) ||
    (GREW_BY.test(clause) && GROWTH_TO_COME.test(clause) && YEARS_AHEAD_AFTER.test(k.after)) ||
    FORECAST_AFTER.test(after) ||
    NEEDED_AFTER.test(after) ||
    PLANNED_ATTACK.test(k.opening) ||
    PLAN_INVOLVING.test(k.opening)
  )
    return 'forecast';
  if (
    INCREMENT_VERBS.test(clause) ||
    INCREMENT_AFTER.test(after) ||
    INCREMENT_AFTER.test(after.replace(UNIT_NAME_AFTER, '')) ||
    GREW_BY.test(clause)
  )
    return 'increment';
  // "a further 30,000 in Belarus" after a first figure adds to it in the count; on its own it is a change.
  if (k.related) return 'estimate';
  // "Another 4,000 soldiers are in Poland": one more group told where it stands, not troops added.
  if (/\banother\s+$/i.test(clause) && STANDS_AFTER.test(after)) return 'estimate';
  const added =
    INCREMENT_WORDS.test(clause) || k.modifiers.some((m) => INCREMENT_MODIFIERS.has(m.toLowerCase()));
  return added ? 'increment' : 'estimate';
}

/** "420 marines from the 26th Expeditionary Unit returned": a formation's name after "from" or "of" is part of the
 *  counted noun, so the verb after it tells the kind. */
const UNIT_NAME_AFTER =
  /^\s+(?:from|of)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}/u;

/** The troops' own clause goes on with "and could be deployed" (or sent, moved): a move that may yet be made. */
const MAY_BE_SENT_AFTER =
  /^(?:(?!\b(?:but|while|whereas)\b)[^.;,]){0,70}?\band\s+(?:could|may|might|can)\s+(?:(?:soon|quickly|also|still)\s+)?be\s+(?:deployed|sent|moved|dispatched|redeployed|flown)\b/i;

/** A plain present of being somewhere ("are in Latvia", "is stationed at"). */
const STANDS_AFTER =
  /^[^,.;]{0,40}?\s(?:are|is|remain|remains)\s+(?:now\s+|already\s+|currently\s+|still\s+)?(?:in|at|on|near|inside|stationed|based)\b/i;

/** Words after the people counted that say they wish or wait to fight, not that they fight. */
const READY_TO_FIGHT_AFTER =
  /^(?:(?!\b(?:and|but|while|whereas)\b)[^.;]){0,80}?\b(?:ready|readiness|willing|willingness|eager|want|wants|wanted|wish|wishes|wished)\s+to\s+(?:fight|join\s+(?:the\s+|their\s+)?(?:fight|fighting|war|battle|front))\b/i;

/** "The estimate was 100,000 on March 3", "8,000 soldiers were in the valley at the end of May": a count told as
 *  standing in the past tense, on a named day or in a named month before the article's, is an earlier count; so
 *  is "the 90,000 estimate in mid-January", a count named for such a time. */
function atEarlierDay(before: string, after: string, articleDay: string | null): boolean {
  const published = /^\d{4}-(\d\d)(?:-(\d\d))?/.exec(articleDay ?? '');
  if (!published) return false;
  const ownAfter = /^[^,;.–—]*/.exec(after)?.[0] ?? '';
  if (
    !PAST_STANDING_BEFORE.test(before) &&
    !PAST_STANDING_AFTER.test(ownAfter) &&
    !(/\bthe\s+$/i.test(before) && COUNT_NOUN_AFTER.test(ownAfter))
  )
    return false;
  const named = MONTH_DAY.exec(ownAfter);
  if (!named) return false;
  const month = MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase()) + 1;
  const day = named[2] ? Number(named[2]) : null;
  const nowMonth = Number(published[1]);
  const nowDay = published[2] ? Number(published[2]) : null;
  if (month !== nowMonth) return true;
  return day !== null && nowDay !== null && day < nowDay;
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "was 100,000", "stood at 40,000": a past copula right before the figure. */
const PAST_STANDING_BEFORE = /\b(?:was|were|stood\s+at|numbered|totall?ed)\s+$/i;
/** "soldiers were in the valley", "were stationed there": a past copula of standing right after the counted noun. */
const PAST_STANDING_AFTER =
  /^\s+(?:(?!(?:and|but)\b)[\p{L}-]+\s+){0,3}?(?:was|were)\s+(?:still\s+|already\s+)?(?:in|at|on|near|along|inside|around|there|deployed|stationed|massed|based|present)\b/iu;
/** "the 90,000 estimate in mid-January": a count named as an estimate or figure of a named time. */
const COUNT_NOUN_AFTER = /^\s+(?:estimate|figure|count|tally)\b/i;
/** "on January 30", "at the end of January", "in mid-January", "as of Jan. 30". */
const MONTH_DAY =
  /\b(?:on|as\s+of|at\s+the\s+(?:end|start|beginning|turn)\s+of|in\s+(?:(?:early|mid|late)[-\s]+)?)\s*(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+(\d{1,2})\b)?(?!\s*,?\s*\d{4})/;

/** A verb of weighing or proposing, or an option or possibility, that governs a verb of moving right before the
 *  figure ("proposed that the president send", "a possible order from the allies to deploy"). */
const WEIGHED_MOVE =
  /\b(?:(?:weigh|consider|mull)(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|possible|possibility\s+of|options?\s*,?)[^.;,]{0,40}?\b(?:send(?:s|ing)?|deploy(?:s|ing)?|mov(?:e|es|ing)|dispatch(?:es|ing)?|station(?:s|ing)?)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;

/** "urged Moscow to withdraw the 60,000 soldiers it keeps there": a move someone is asked to make has not been
 *  made, so the troops it names are counted where they stand. */
const DEMANDED_MOVE =
  /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|demand(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+(?:[\p{L}.’'-]+\s+){0,4}?to\s+(?:[\p{L}-]+\s+){0,3}?(?:withdraw|pull\s+(?:back|out)|remove|return|move|send\s+home|bring\s+home)\s+(?:the|its|his|her|their|all)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "has drawn up plans for a spring offensive involving 120,000 troops", "has laid the groundwork for an assault on
 *  the eastern flank, involving 40,000 soldiers", "could strike ... on Thursday with missiles and 70,000 troops": what a
 *  planned or possible attack involves is projected; tested on the sentence's opening, since the plan or the modal
 *  may stand further back than the words next to the figure. */
const PLANNED_ATTACK =
  /(?:\b(?:plans?|planning|preparations?|preparing|groundwork)\s+for\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:offensive|invasion|attack|assault|incursion|operation)\b(?:(?!\b(?:following|after|amid|despite|because|since)\b)[^.;]){0,80}?\b(?:involving|with|using|of)\s+|\b(?:would|could|might|may|will)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|invade|strike|launch|mount)\b(?:(?!\b(?:following|after|amid|despite|because|since)\b)[^.;]){0,100}?\bwith\s+(?:(?!\p{L}{3,}ing\b)[\p{L}-]+\s+){0,5}?)$/iu;

/** "an invasion plan for the south involving up to 90,000 troops", "a plan involving 9,000 troops": what a plan
 *  involves is projected; tested on the sentence's opening, since words may stand between plan and figure. */
const PLAN_INVOLVING =
  /(?:\b(?:offensive|invasion|attack|assault|incursion|operation|war)\s+plans?\b[^.;]{0,60}?\b(?:involving|with|using|of)|\bplans?\b[^.;,]{0,60}?\binvolving)\s+(?:(?:up\s+to|as\s+many\s+as|about|around|some|nearly|roughly)\s+)?$/iu;

/** "At the height of the drills, 30,000 soldiers were in the field": a count at the peak of something the text
 *  tells in the past tense is an earlier count. */
function atPastPeak(opening: string, after: string): boolean {
  return (
    /\bat\s+(?:the|its|their)\s+(?:peak|height)\s+of\b/i.test(opening) &&
    /\b(?:was|were|had)\b/i.test(opening + after) &&
    !FORECAST_BEFORE.test(opening)
  );
}

/** People called up are added to the force; "has mobilised 100,000 troops near the border" only masses a
 *  standing force where it is, and to "muster" troops is to gather them, as "mass" is ("could muster 90,000 to
 *  invade" is projected, "has mustered 90,000" stands). */
function calledUp(clause: string, after: string): boolean {
  if (!MOBILISING_BEFORE.test(clause) || /\bmuster(?:s|ed|ing)?\s+\S*\s*$/i.test(clause)) return false;
  return !(/\bmobili[sz](?:e|es|ed|ing)\s+\S*\s*$/i.test(clause) && MASSED_AT.test(after));
}
const MASSED_AT = /^\s*(?:near|on|along|at|around|close\s+to|inside|in)\b/i;

/** "Before the invasion began, ...", "massed on the border before the war started", "in the run-up to the war": a
 *  time before an event the text tells in the past tense, before an occupation ("before the annexation of the peninsula"), or before a
 *  war named as past ("Before the war, the army numbered ..."; not "before the invasion starts"); "prior to" is "before". */
const BEFORE_EVENT =
  /\b(?:before|prior\s+to)\s+(?:(?:the|an?|its|their)\s+)?(?:(?:[\p{L}’'-]+\s+){0,6}?(?:began|started|broke\s+out|was\s+launched|got\s+under\s+way)\b|(?:occupation|annexation|seizure)\s+of\b|(?:invasion|war|conflict)\b(?!\s+(?:begins|starts|breaks|could|would|may|might|will|is)\b))|\b(?:in\s+the\s+)?(?:lead|run)[-\s]?up\s+to\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:invasion|war|conflict|offensive|attack)\b(?!\s+(?:begins|starts|breaks|could|would|may|might|will|is)\b)/iu;

/** A sentence's opening phrase of time with a year ("In 2023,", "Back in March 2021,", "Also in 2019,", "By 2019,"). */
const OPENING_YEAR =
  /^\s*(?:(?:also|back|and|but|already)\s+)?(?:in|during|by)\s+(?:(?:early|late|mid)[-\s]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?((?:19|20)\d\d)\s*,/i;

/** A sentence that opens by counting back from the page's day ("Two years ago, ...", "A month ago there were"). */
const OPENING_AGO =
  /^\s*(?:(?:also|and|but|just|only|barely)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:weeks?|months?|years?|decades?)\s+ago\b/i;

/** An event named with its year, and a relative clause of its own that tells what it held, right before a figure. */
const YEAR_EVENT =
  /\bthe\s+((?:19|20)\d\d)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:drills?|exercises?|war|invasion|annexation|offensive|campaign|man(?:oeu|eu)vres?|maneuvers?|crisis|conflict|operation)\s*,?\s+(?:which|that|when)\s+(?:[\p{L}-]+\s+){0,2}?(?:involved|included|saw|had|featured|numbered|totall?ed|brought|mobili[sz]ed|used|drew|mustered|gathered|engaged)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A perfect of sending right before the figure ("has deployed as many as"), and a span of days after it. */
const PERFECT_MOVE =
  /\b(?:has|have)\s+(?:\p{L}+ly\s+)?(?:deployed|sent|moved|brought\s+in|added)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;
const RECENT_DAYS =
  /\b(?:(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|\d+)\s+)?(?:days?|hours?)|in\s+recent\s+days|since\s+(?:yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

/** "had massed 90,000 troops ... before invading": a count in the past perfect, before an attack told by a
 *  gerund, is an earlier count. */
const PAST_PERFECT = /\bhad\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|t)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const BEFORE_ACT =
  /\b(?:before|prior\s+to)\s+(?:invading|attacking|launching|entering|crossing\s+into|storming)\b/i;

/** A past year or season in `text`; before the number, "has since", "now" or "current" after it means the figure
 *  is current ("annexed Crimea in 2014 and has since stationed 30,000 troops there"). */
function isPast(text: string, articleYear: number | null, before: boolean): boolean {
  const past = PAST_TIME.exec(text);
  if (!past) return false;
  if (
    before &&
    /\b(?:since|now|currently|current|today|still)\b/i.test(text.slice(past.index + past[0].length))
  ) {
    return false;
  }
  const year = past[1] ? Number(past[1]) : null;
  return year === null || articleYear === null || year < articleYear;
}

/** A force, or a country's force, then a participle or verb that gives its size ("Poland's army, estimated at",
 *  "the best estimate of Poland's forces is"). */
const SIZED_FORCE =
  /^(?:['’]s\s+(?:[\p{L}-]+\s+)?(?:forces|army|military|troops|soldiers))?\s*,?\s+(?:estimated\s+at|numbering|put\s+at|is|was|stands\s+at|stood\s+at)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$/iu;

/** Whose forces: a group the counted noun names, a nationality word before the noun, else a possessive name
 *  before the number. */
export function ownSubject(
  text: string,
  modifiers: string[],
  phraseStart: number,
  actors: ActorHit[],
  reference: Reference,
  unitEnd = phraseStart,
): string | null {
  // "15,000 Russian separatists": a noun that names a group of fighters is the force, whatever nation they side with.
  const group = actors.find(
    (a) => a.end === unitEnd && a.start > phraseStart && reference.actors.get(a.actorId)?.kind === 'group',
  );
  if (group) {
    // "90,000 Russian and separatist forces": a nationality joined to the group by "and" leads the combined force.
    const joined = /\b([\p{L}-]+)\s+and\s+$/u.exec(text.slice(phraseStart, group.start));
    const nation = joined ? DEMONYMS[joined[1]!.toLowerCase()] : undefined;
    return nation && reference.actors.has(nation) ? nation : group.actorId;
  }
  // "could not beat Poland's armed forces, estimated at 150,000": the force a participle sizes is the figure's,
  // whatever noun the figure borrowed from one before; "the count of soldiers in Latvia was some 2,800" sizes the
  // troops that stand in the place, not the place's force.
  const sized = actors.find(
    (a) =>
      a.end <= phraseStart &&
      SIZED_FORCE.test(text.slice(a.end, phraseStart)) &&
      !PLACED_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)),
  );
  if (sized) return forceOf(sized.actorId, reference);
  for (const word of modifiers) {
    const id = DEMONYMS[word.toLowerCase()] ?? countryNamed(word, reference);
    if (id && reference.actors.has(id)) return id;
  }
  // "40,000 troops under direct NATO command", "under the command of Poland": whoever commands the troops fields
  // them, whatever their nationality.
  const commander = actors.find(
    (a) =>
      a.start >= unitEnd &&
      ((UNDER_COMMAND_BEFORE.test(text.slice(unitEnd, a.start)) &&
        /^\s+command\b/i.test(text.slice(a.end, a.end + 9))) ||
        UNDER_COMMAND_OF.test(text.slice(unitEnd, a.start))),
  );
  if (commander) return forceOf(commander.actorId, reference);
  const owner = actors.find(
    (a) => a.end <= phraseStart && /^['’]s\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(a.end, phraseStart)),
  );
  if (owner) return forceOf(owner.actorId, reference);
  const referent = relativeReferent(text, phraseStart, actors);
  if (referent) return forceOf(referent.actorId, reference);
  // "100 Russian combat units or about 170,000 troops": after "or" a figure restates the force before it.
  const restated = RESTATED_RE.exec(text.slice(Math.max(0, phraseStart - 60), phraseStart));
  // "doubts about a Belarusian drawdown of half the 9,000 soldiers": the nationality of a move names whose troops move.
  const moved = restated ?? MOVE_OF_RE.exec(text.slice(Math.max(0, phraseStart - 80), phraseStart));
  const id = moved ? DEMONYMS[moved[1]!.toLowerCase()] : undefined;
  return id && reference.actors.has(id) ? id : null;
}
const UNDER_COMMAND_BEFORE = /^\s+under\s+(?:the\s+)?(?:direct\s+|overall\s+|joint\s+|unified\s+)?$/i;
const UNDER_COMMAND_OF = /^\s+under\s+(?:the\s+)?(?:direct\s+|overall\s+)?command\s+of\s+(?:the\s+)?$/i;
const MOVE_OF_RE =
  /\b(\p{Lu}\p{Ll}+)\s+(?:troop\s+)?(?:pullback|pull-?out|withdrawal|drawdown|build-?up|deployment|redeployment)\s+of\s+(?:(?:some|any|all|most|many|part|half|none)\s+of\s+)?(?:the\s+|its\s+|their\s+)?$/u;

/** "250 soldiers from Norway": a country (or one of its formations) after "from" right behind the troops is
 *  theirs, unless a verb moves them (then it is where they leave: "withdrew 5,000 troops from Belarus") or "to"
 *  names where they go. A formation after "from" later in the troops' clause is theirs too ("2,000 troops will
 *  fly to Latvia from the 101st Airborne Division"); a country there is only where they set out. */
export function fromCountry(
  text: string,
  before: string,
  unitEnd: number,
  actors: ActorHit[],
  reference: Reference,
): string | null {
  const from = /^\s+from\s+(?:the\s+)?/i.exec(text.slice(unitEnd, unitEnd + 12));
  if (MOVED_BEFORE.test(before)) return null;
  if (!from) return formationLater(text, unitEnd, actors, reference);
  const hit = actors.find((a) => a.start === unitEnd + from[0].length);
  // "600 gunners from the 101st Airborne Division": a formation of a country stands for its name.
  const kind = hit ? reference.actors.get(hit.actorId)?.kind : undefined;
  if (!hit || (kind !== 'country' && kind !== 'military')) return null;
  // Members of a formation are its own wherever they go; from a country, "to" after it makes it a starting point.
  if (kind === 'military') return forceOf(hit.actorId, reference);
  if (/^(?:[\s,]+[\p{L}.’'-]+){0,4}?\s+(?:to|into|towards?)\s/iu.test(text.slice(hit.end, hit.end + 50)))
    return null;
  return forceOf(hit.actorId, reference);
}
/** A military formation after "from" later in the clause of the troops that end at `unitEnd`, as its force. */
function formationLater(
  text: string,
  unitEnd: number,
  actors: ActorHit[],
  reference: Reference,
): string | null {
  const clause = /^[^,;.!?]{0,100}/.exec(text.slice(unitEnd))![0];
  const from = /\sfrom\s+(?:the\s+)?/gi;
  for (let m = from.exec(clause); m; m = from.exec(clause)) {
    const at = unitEnd + m.index + m[0].length;
    const hit = actors.find((a) => a.start === at);
    if (hit && reference.actors.get(hit.actorId)?.kind === 'military') return forceOf(hit.actorId, reference);
  }
  return null;
}

const MOVED_BEFORE =
  /\b(?:withdr|pull|mov|shift|sen[dt]|redeploy|relocat|transfer|br(?:ing|ought)|return|evacuat|remov|deploy|dispatch|airlift|fl[eyi]|rotat)\p{L}*\s+(?:[\p{L}.-]+\s+){0,4}$/iu;

/** "Belarus, which is said to keep 2,000 soldiers there": a relative clause that holds the figure belongs to the
 *  name it follows, when no other noun phrase (a determiner) stands in the clause before the figure. */
function relativeReferent(text: string, phraseStart: number, actors: ActorHit[]): ActorHit | null {
  const lead = text.slice(Math.max(0, phraseStart - 80), phraseStart);
  const relative = /,\s*(?:which|who)\s+((?:[\p{L}-]+\s+){0,5})$/iu.exec(lead);
  if (!relative || /\b(?:the|a|an|this|that|these|those|its|their|where|when)\b/i.test(relative[1]!))
    return null;
  const comma = phraseStart - lead.length + relative.index;
  const named = actors.find((a) => a.end === comma);
  // "an allied mission in Bulgaria, which may one day see 1,200 soldiers": a place after a preposition is not what the clause
  // tells of; the noun it places is.
  if (!named || PLACED_BEFORE.test(text.slice(Math.max(0, named.start - 12), named.start))) return null;
  return named;
}

const PLACED_BEFORE = /\b(?:in|at|near|on|into|inside|across|along)\s+(?:the\s+)?$/i;

/** A counted force with its nationality, then "or" and the figure that restates it. */
const RESTATED_RE = /\d\s+(\p{L}+)\s+(?:[\p{L}-]+\s+){1,2}or\s+$/u;

const countryNames = new WeakMap<Reference, Map<string, string>>();

/** The country actor a word names ("Russia" as an adjective in "Russia troops"), or whose demonym it is in the
 *  reference's places ("Nigerian troops"), from a per-registry index. */
function countryNamed(word: string, reference: Reference): string | null {
  let names = countryNames.get(reference);
  if (!names) {
    names = new Map();
    const byCode = new Map<string, string>();
    for (const actor of reference.actors.values()) {
      if (actor.kind !== 'country') continue;
      for (const name of [actor.name, ...actor.aliases]) names.set(name.toLowerCase(), actor.id);
      const code = reference.places.get(actor.id)?.country;
      if (code) byCode.set(code, actor.id);
    }
    // A country the registry holds needs no entry in DEMONYMS for its troops to be its own; plural nouns of people
    // ("Danes") are left out, since volunteers of a nation count for the side they join.
    for (const [demonym, code] of referenceData(reference).demonyms) {
      const id = byCode.get(code);
      if (id && !demonym.endsWith('s') && !names.has(demonym)) names.set(demonym, id);
    }
    countryNames.set(reference, names);
  }
  return names.get(foldKey(word)) ?? null;
}

/** The country or body an actor's forces belong to; a news outlet fields none, whatever its country. */
export function forceOf(actorId: string, reference: Reference): string | null {
  let actor = reference.actors.get(actorId);
  if (actor?.kind === 'media') return null;
  // A spokesman speaks for a ministry that speaks for a country: follow the chain up to the country.
  for (let hop = 0; actor && hop < 4; hop += 1) {
    const up = actor.affiliation ? reference.actors.get(actor.affiliation) : undefined;
    if (actor.kind === 'country' || !up || up.id === actor.id) return actor.id;
    actor = up;
  }
  return actor?.id ?? null;
}

/** "Ukraine has adopted NATO rules, and its forces, 200,000 soldiers and 9,000 reservists, train ...": "its" or
 *  "their" before the force noun, and the figures listed after it, refer to the name that opens the sentence, not
 *  to a name used as a modifier on the way. */
export function possessorSubject(
  text: string,
  sentenceStart: number,
  phraseStart: number,
  actors: ActorHit[],
  reference: Reference,
): string | null {
  if (!ITS_FORCE.test(text.slice(Math.max(sentenceStart, phraseStart - 110), phraseStart))) return null;
  const opener = actors.find(
    (a) => a.start >= sentenceStart && /^\W*(?:\S+\s+){0,2}$/u.test(text.slice(sentenceStart, a.start)),
  );
  return opener && opener.end <= phraseStart ? forceOf(opener.actorId, reference) : null;
}
/** "in answer to Moscow's air drills and build-up of 40,000 soldiers": a name whose possessive governs a noun of
 *  deploying or massing right before the figure, also across "and" from an earlier noun it governs, fields the
 *  troops, before whoever acts in the clause. */
export function deployerSubject(
  text: string,
  sentenceStart: number,
  phraseStart: number,
  actors: ActorHit[],
  reference: Reference,
): string | null {
  const before = text.slice(Math.max(sentenceStart, phraseStart - 120), phraseStart);
  const m = DEPLOYER_RE.exec(before);
  if (!m) return null;
  const at = phraseStart - before.length + m.index;
  const owner = actors.find((a) => a.start >= at && a.end <= at + m[1]!.length + 1);
  return owner ? forceOf(owner.actorId, reference) : null;
}
const DEPLOYER_RE =
  /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)['’]s\s+(?:[\p{L}-]+\s+){0,6}?(?:and\s+)?(?:deployment|redeployment|build-?up|massing|amassing|concentration|gathering)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to|as\s+many\s+as)\s+)?$/u;

const ITS_FORCE =
  /\b(?:its|their)\s+(?:own\s+)?(?:armed\s+forces|forces|army|military|troops)\s*(?:[—–-]|,)\s*(?:\d[\d,.]*\s+(?:[\p{L}-]+\s+){1,3}(?:,|and)\s+)?(?:(?:about|around|some|roughly|nearly)\s+)?$/iu;

/** The nearest actor before the number that acts in the clause (not a claimant, not a target or place). */
export function actingSubject(
  text: string,
  sentenceStart: number,
  phraseStart: number,
  actors: ActorHit[],
  claimants: string[],
  cues: { start: number; end: number }[],
  reference: Reference,
): string | null {
  const speaking = (a: ActorHit): boolean => cues.some((c) => a.start >= c.start && a.end <= c.end);
  // "as the Belarusian leader has gathered ...": a nationality before a word for a state's leader or army names
  // that state as one who acts, like its name.
  const stateNouns = (from: number, to: number): ActorHit[] =>
    [...text.slice(from, to).matchAll(STATE_NOUN_RE)].flatMap((m) => {
      const actorId = DEMONYMS[m[1]!.toLowerCase()];
      const start = from + m.index;
      return actorId &&
        reference.actors.has(actorId) &&
        !speaking({ actorId, start, end: start + m[1]!.length, text: m[1]!, via: 'name' })
        ? [{ actorId, start, end: start + m[1]!.length, text: m[1]!, via: 'name' as const }]
        : [];
    });
  const lastCue = cues.filter((c) => c.end <= phraseStart && c.start >= sentenceStart).at(-1);
  const acting = (from: number, to: number): string | null => {
    const before = [
      ...actors.filter((a) => a.start >= from && a.end <= to && !speaking(a)),
      ...stateNouns(from, to),
    ]
      .sort((a, b) => a.start - b.start)
      .reverse();
    for (const hit of before) {
      const lead = text.slice(Math.max(sentenceStart, hit.start - 60), hit.start);
      // "the armed forces of Ruritania", "the army of Belarus": the country after "of" owns the force.
      if (FORCE_OF_BEFORE.test(lead)) {
        const owner = forceOf(hit.actorId, reference);
        if (owner && !claimants.includes(hit.actorId) && !claimants.includes(owner)) return owner;
      }
      // "send troops to Germany and Poland": every name of a list after the preposition is a place or target;
      // "In comparison, Ukraine's army" opens with a phrase of its own, whose words are no names.
      const list =
        /\b(?:to|for|with|from|into|in|on|at|near|of|by|against|across|toward|towards|between|among|amid|around|along|inside|within|outside)\s+(?:the\s+)?((?:[\p{L}.'’-]+(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?){0,3})$/iu.exec(
          lead,
        );
      // "To bolster its garrison in Moldova, Russia has sent ...": a name after a comma with a verb of its own opens
      // the main clause, unless an "and" or "or" makes the names a list; "On Friday, the US sent ...": so does one
      // with "the", or with a past tense of sending or keeping that does not end in -ed.
      const opensClause =
        list !== null &&
        !/\s(?:and|or)\s/u.test(list[1]!) &&
        /,\s*(?:the\s+)?$/u.test(list[1]!) &&
        /^\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|sent|put|brought|kept|held|flew|took|\p{Ll}+ed)\b/u.test(
          text.slice(hit.end, hit.end + 20),
        );
      // "warns of Russia readying a push": a name after "of" that a verb in -ing follows acts in that clause.
      const gerund =
        list !== null &&
        list[1] === '' &&
        /\bof\s+(?:the\s+)?$/i.test(lead) &&
        /^\s+\p{Ll}{2,}ing\b/u.test(text.slice(hit.end, hit.end + 20));
      // "a wider drive by the allies to ...": the name after "by" a noun of acting is who acts.
      const agent =
        /\b(?:push|effort|drive|decision|move|plan|offer|bid|pledge|commitment|deployment|build-?up|surge)\s+by\s+(?:the\s+)?$/i.test(
          lead,
        );
      if (
        list &&
        !opensClause &&
        !gerund &&
        !agent &&
        list[1]!.split(/,\s*|\s+and\s+|\s+or\s+|\s+/u).every((w) => w === '' || /^(?:\p{Lu}|the$)/u.test(w))
      )
        continue;
      if (TARGET_BEFORE.test(lead)) continue;
      // "at dawn UK time": a country before "time" names a clock, not a force.
      if (/^\s+time\b/i.test(text.slice(hit.end, hit.end + 8))) continue;
      // "planning a Ukraine offensive": a country's name before a noun of attack is its target ("a Russian
      // military offensive" names the attacker).
      if (
        reference.actors.get(hit.actorId)?.kind === 'country' &&
        !DEMONYMS[hit.text.toLowerCase()] &&
        TARGET_NOUN_AFTER.test(text.slice(hit.end, hit.end + 20))
      )
        continue;
      // A news agency in a dateline ("KYIV (AP) —") fields no troops: it has no force. A source is not the
      // force it counts, unless its name is the subject of a verb that sends the figure ("Oslo is to deploy 300
      // soldiers ..., the ministry said"): who sends troops fields them.
      const force = forceOf(hit.actorId, reference);
      const sends = SENDER_OF_FIGURE.test(text.slice(hit.end, phraseStart));
      if (force && (sends || (!claimants.includes(hit.actorId) && !claimants.includes(force)))) return force;
    }
    return null;
  };
  // "With tension rising, Canada said it had put 1,200 soldiers on standby": the clause the cue reports
  // is read first; a name before the cue belongs to another clause.
  const reported = lastCue ? acting(lastCue.end, phraseStart) : null;
  if (reported) return reported;
  // "Biden said he would send 3,000 troops": a first or third person singular after the cue is the speaker.
  const speaker = claimants[0];
  // "Oslo says its share grows by 50 soldiers": a possessive of the speaker too.
  if (
    lastCue &&
    speaker &&
    // "Oslo said it feared that 400 conscripts ...": a pronoun before a "that" clause does not act in it.
    /\b(?:he|she|we|I|it|they|(?:its|their|our|his)\s+(?:own\s+)?(?:participation|contribution|contingent|presence|deployment|commitment|share|forces?|troops|army|military|plans?|intention|decision|offer|pledge|promise|readiness))\b/.test(
      text.slice(lastCue.end, phraseStart).replace(/^.*\bthat\b/su, ''),
    )
  ) {
    return forceOf(speaker, reference);
  }
  // "The premier announced the deployment of 60 more troops": who announces or orders a deployment sends the
  // troops; so does who announces plans or a decision to send them, whatever force the sentence names later.
  if (
    lastCue &&
    speaker &&
    /\b(?:announc|authori[sz]|approv|order)\p{L}*\s*$/iu.test(text.slice(lastCue.start, lastCue.end)) &&
    (/\b(?:deployment|dispatch|despatch|sending|stationing|rotation)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
      text.slice(lastCue.end, phraseStart),
    ) ||
      PLAN_TO_SEND.test(text.slice(lastCue.end, phraseStart)))
  ) {
    return forceOf(speaker, reference);
  }
  // '“We are ready to provide 1,400 soldiers,” the premier said': with no name acting, a "we" that sends or
  // keeps the figure, in the words of a known speaker, is the speaker's side.
  const acts = acting(sentenceStart, phraseStart);
  if (acts === null && !lastCue && speaker && WE_FIELD.test(text.slice(sentenceStart, phraseStart)))
    return forceOf(speaker, reference);
  return acts;
}

/** "announced plans to send a further": the plan is the announcer's own, right after the cue. */
const PLAN_TO_SEND =
  /^\s+(?:(?:a|its|their|the)\s+)?(?:plans?|decision|intention)\s+to\s+(?:send|deploy|dispatch|station|move|fly)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "we will send", "we are ready to provide", "we have" right before the figure and at most a few words. */
const WE_FIELD =
  /\bwe\s+(?:(?:are|will|would|can|could|shall|have|had|also|now|already|ready|prepared|able|to|be)\s+){0,4}(?:send|provide|deploy|contribute|offer|field|station|keep|have|give|dispatch|commit)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A verb of sending right after a name, with the figure as its object ("is to deploy", "will send a further"). */
const SENDER_OF_FIGURE =
  /^\s+(?:(?:is|are|was|were|has|have|had|will|would|shall|to|set|plans?|intends?|also|now|already|be|been)\s+){0,3}(?:send(?:s|ing)?|sent|deploy(?:s|ing|ed)?|dispatch(?:es|ing|ed)?|station(?:s|ing|ed)?|provid(?:e|es|ing|ed)|contribut(?:e|es|ing|ed))\s+(?:(?:a\s+further|another|an\s+additional|some|about|around|up\s+to|nearly|roughly|more\s+than|over)\s+)?$/i;

/** A force's noun and "of" right before a country's name, which then owns the force. */
const FORCE_OF_BEFORE =
  /\b(?:armed\s+forces|army|armies|military|troops|forces|soldiers|servicemen|navy|air\s+force)\s+of\s+(?:the\s+)?$/i;

/** An office "of" a force named "of" a country: the country heads the office, it does not field a force there. */
const OFFICE_OF_FORCE =
  /\b(?:commander(?:-in-chief)?|chief|head|staff|spokes(?:man|woman|person)|command|headquarters)\s+of\s+(?:the\s+)?(?:armed\s+forces|army|military|navy)\s+of\s+(?:the\s+)?$/i;

/** A capitalised nationality before a word for a state's leader, government or army ("the Belarusian leader"). */
const STATE_NOUN_RE =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:leader|president|prime\s+minister|government|regime|army|military|armed\s+forces|authorities|defen[cs]e\s+ministry)\b/gu;

/** The force a sentence opens with: a name or a nationality word among its first four words ("Ukraine has ...",
 *  "The Belarusian army is small."), the subject a following "It" stands for. */
export function leadForce(
  text: string,
  sentence: { start: number; end: number },
  actors: ActorHit[],
  reference: Reference,
): string | null {
  const lead = /^\s*(?:\S+\s+){0,3}\S+/.exec(text.slice(sentence.start, sentence.end))?.[0] ?? '';
  const first = actors.find((a) => a.start >= sentence.start && a.end <= sentence.start + lead.length);
  if (first) return forceOf(first.actorId, reference);
  for (const word of lead.match(/[\p{L}.]+/gu) ?? []) {
    const id = DEMONYMS[word.toLowerCase()];
    if (id && /^\p{Lu}/u.test(word) && reference.actors.has(id)) return id;
  }
  return null;
}

/** "70 volunteers signed up to fight for Ukraine", "fighters on the Ukrainian side": the side a force fights
 *  for is whose force it is. */
export function sideFought(
  text: string,
  from: number,
  to: number,
  actors: ActorHit[],
  reference: Reference,
): string | null {
  const m = SIDE_RE.exec(text.slice(from, to));
  if (!m) return null;
  const at = from + m.index + m[0].length;
  const demonym = DEMONYMS[m[1]!.toLowerCase()] ?? DEMONYMS[m[1]!.toLowerCase().replace(/s$/, '')];
  if (demonym && reference.actors.has(demonym)) return demonym;
  // "fighting for Kyiv" may be a battle for the city: only a country's own name, not a capital, names the side.
  const hit = actors.find((a) => a.start === at - m[1]!.length);
  const record = hit ? reference.actors.get(hit.actorId) : undefined;
  return hit && record && hit.text.toLowerCase() === record.name.toLowerCase()
    ? forceOf(hit.actorId, reference)
    : null;
}

const SIDE_RE =
  /\bfight(?:s|ing)?\s+(?:for|alongside|on\s+behalf\s+of|on)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)(?=(?:['’]s)?\s+side\b|[\s,.;]|$)/u;

/** Nouns of attack after a name used as their modifier ("a Ukraine invasion"). */
const TARGET_NOUN_AFTER = /^\s+(?:offensive|invasion|incursion|attack|assault|operation)\b/i;

/** Longer than any demonym ("Belarusian", "U.S."), so the bound never hides one. */
const MAX_DEMONYM = 24;

/** Nouns after "military" that name no force ("US military aid", "a Russian military intervention"). */
const NOT_A_FORCE =
  '(?:intervention|aid|assistance|support|action|options?|operations?|assault|spending|budget|hardware|equipment|exercises?|drills?|activit(?:y|ies)|escalation|threat|chiefs?|commanders?|generals?|spokes(?:man|woman|person)|secretary|officials?|leaders?|leadership|intelligence|analysts?|experts?|sources?|academy|college|security|doctrine|strategy|reforms?|capabilit(?:y|ies))\\b';

/** "Minsk keeps moving more troops north": a country that masses, deploys or moves troops fields them. */
const MASSING_AFTER = new RegExp(
  `^\\s+(?:(?:is|was|were|are|has|have|had|been|reportedly|already|now|still)\\s+){0,3}(?:amass|mass|deploy|gather|concentrat|station|build(?:ing|s)?\\s+up|mov)\\w*\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:${TROOP_NOUN})\\b`,
  'iu',
);
/** A person who deploys a counted force ("the president has stationed 35 “battalion groups”"). */
const DEPLOYS_COUNTED_AFTER = new RegExp(
  `^\\s+(?:(?:has|have|had|already|now|reportedly)\\s+){0,3}(?:amass|mass|deploy|gather|concentrat|station|mov)\\w*\\s+(?:(?:some|about|around|nearly|almost|more\\s+than|over|up\\s+to)\\s+)?\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?[“"]?(?:${TROOP_NOUN}|${BTG_NOUN})\\b`,
  'iu',
);

const POSSESSIVE_FORCE = new RegExp(
  `^['’]s\\s+(?:own\\s+)?(?:military\\s+)?(?:${TROOP_NOUN}|military|army)\\b(?!\\s+${NOT_A_FORCE})`,
  'iu',
);

/** What a news outlet's mentions count for when every actor competes: no force. */
const NO_FORCE = '\u0000outlet';

/** The force most often named with troops in a document ("Russian troops", "Russia's forces"), if any. */
export function dominantForce(text: string, actors: ActorHit[], reference: Reference): string | null {
  const score = new Map<string, number>();
  const add = (id: string | null, by: number): void => {
    if (id) score.set(id, (score.get(id) ?? 0) + by);
  };
  // The word is bounded (demonyms are short): an unbounded run would be re-read from every letter of a long
  // run of letters and dots (a PDF without spaces), quadratic in its length.
  const adjective = new RegExp(
    `\\b([\\p{L}.]{1,${MAX_DEMONYM}})\\s+(?:military\\s+)?(?:${TROOP_NOUN}|military|army)\\b(?!\\s+${NOT_A_FORCE})`,
    'giu',
  );
  // A photo caption printed twice (once with its credit) names its force once.
  const seen = new Set<string>();
  for (const m of text.matchAll(adjective)) {
    const id = DEMONYMS[m[1]!.toLowerCase()];
    const said = text.slice(m.index, m.index + m[0].length + 60).toLowerCase();
    if (!id || !reference.actors.has(id) || seen.has(said)) continue;
    seen.add(said);
    add(id, 3);
  }
  // "Russia's forces", "Moscow's troops": a name's possessive before a troop word names the force too, and so
  // does a country that masses or moves troops.
  for (const hit of actors) {
    const after = text.slice(hit.end, hit.end + 100);
    // A leader or minister who deploys a counted force ("Putin has stationed 35 battalion groups") names his state's.
    const kind = reference.actors.get(hit.actorId)?.kind;
    const massing =
      (kind === 'country' && MASSING_AFTER.test(after)) ||
      (kind === 'person' && DEPLOYS_COUNTED_AFTER.test(after));
    if (massing || POSSESSIVE_FORCE.test(after)) add(forceOf(hit.actorId, reference), 3);
    // "the land forces of Belarus": a force's noun and "of" before the name, unless the force is itself named
    // "of" an office ("the chief of the armed forces of Latvia").
    else if (
      FORCE_OF_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start)) &&
      !OFFICE_OF_FORCE.test(text.slice(Math.max(0, hit.start - 60), hit.start))
    )
      add(forceOf(hit.actorId, reference), 3);
  }
  // A briefing names its own side's officials at every turn; the forces it counts are named with troop words.
  const named = leader(score);
  if (named) return named;
  // A tie between forces named with troop words is broken by how often each is named at all; with none so
  // named, every actor competes.
  const top = Math.max(0, ...score.values());
  const tied = new Set([...score].filter(([, n]) => n === top).map(([id]) => id));
  // A news outlet fields no troops, but its mentions still weigh against a force named as seldom.
  for (const hit of actors) {
    const force =
      reference.actors.get(hit.actorId)?.kind === 'media' ? NO_FORCE : forceOf(hit.actorId, reference);
    if (force && (tied.size === 0 || tied.has(force))) add(force, 1);
  }
  const winner = leader(score);
  return winner === NO_FORCE ? null : winner;
}

/** The id with the highest score, or null when none or two lead. */
function leader(score: Map<string, number>): string | null {
  const [first, second] = [...score.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}
