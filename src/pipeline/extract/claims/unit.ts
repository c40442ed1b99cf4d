/** What a number counts: troops, battalion tactical groups, or something else (people, miles, regions). */
import {
  BTG_NOUN,
  DEMONYMS,
  EACH_SUBJECT,
  PEOPLE_NOUN,
  CASUALTY_AFTER,
  CASUALTY_BEFORE,
  ELISION_FOLLOWERS,
  FORMATION_NOUN,
  PER_UNIT_AFTER,
  PER_UNIT_BEFORE,
  STRONG_NOUN,
  TROOP_COMPOUND_HEADS,
  TROOP_NOUN,
  UNIT_BEFORE,
  UNIT_MODIFIERS,
  UNIT_BEFORE_HEDGED,
  MOBILISING_VERB,
} from './cues';
import type { NumberPhrase } from './numbers';

/** The unit a number phrase counts, and the words between them (nationality adjectives among them). */
export interface UnitMatch {
  unit: 'troops' | 'btg';
  /** Words between the number and the noun ("more", "Russian"). */
  modifiers: string[];
  /** Where the unit noun ends. */
  end: number;
  /** The force was named before as "the force", "the build-up": the figure counts one named earlier. */
  anaphoric?: boolean;
}

// The noun may be set in quotation marks ("so-called “battalion tactical groups”"). "Military" or "militaries" right
// after a figure with no noun of its own after it ("about 2,000 militaries from five states are there") is the
// people, as translated reports write it; before a noun it is an adjective ("2,000 military vehicles").
const MILITARY_PEOPLE =
  'militar(?:y|ies)(?=\\s*[,.;:!?)]|\\s+(?:from|in|at|on|near|were|are|was|is|have|had|who|will|would)\\b)';
/** Fewer states than this have armed forces, so "militaries" counted below it are whole armies ("30 militaries"). */
const FEWEST_MILITARY_PEOPLE = 300;
const NOUN_RE = new RegExp(`^[“"‘']?(?:(${BTG_NOUN})|(${TROOP_NOUN}|${MILITARY_PEOPLE}))(?![\\p{L}])`, 'iu');
// "a 30,000-strong force", "a 1,000-member squadron", "the 1,100 troop-strong battlegroup".
const STRONG_LEAD = '(?:-(?:strong|member|man|person|soldier|troop)|\\s+troop-strong)';
const STRONG_LEAD_RE = new RegExp(`^${STRONG_LEAD}\\b`, 'i');
// The noun may be quoted ("a 150,000-strong “combat power”").
const STRONG_RE = new RegExp(
  `^${STRONG_LEAD}\\s+(?:[“"‘']?[\\p{L}-]+\\s+){0,2}?[“"‘']?(?:${STRONG_NOUN})\\b`,
  'iu',
);
const CALENDAR =
  /^(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NOT_MODIFIERS =
  /^(?:by|of|in|on|at|to|from|with|as|for|people|civilians|refugees|residents|children|killed|dead|wounded|injured|died|captured|miles|km|kilometres|kilometers|days|weeks|months|years|hours|tanks|jets|aircraft|ships|vehicles)$/;
const WORD_RE = /^,?\s+([\p{L}][\p{L}.’'-]*)/u;
const BARE_WORD_RE = /^([\p{L}][\p{L}.’'-]*)/u;
/** "battalions of (advanced) air defence systems": what the battalions are made of is weapons, not troops. */
const WEAPON_BATTALION_RE =
  /^\s+of\s+(?:(?!(?:with|and|or|of|from|in|to)\s)[\p{L}\d’'-]+\s+){0,4}?(?:systems?|missiles?|launchers?|artillery|guns?|howitzers?|rockets?|radars?|air[-\s]+defen[cs]es?)\b/iu;

const PARTITIVE_RE = new RegExp(
  `^\\s+of\\s+(?:the|these|those|its|their|our)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:${TROOP_NOUN})(?![\\p{L}])`,
  'iu',
);

/** The unit noun governed by the number (up to four modifier words away), or null. */
export function unitAfter(text: string, phrase: NumberPhrase, limit: number): UnitMatch | null {
  const rest = text.slice(phrase.end, Math.min(limit, phrase.end + 80));
  const strong = STRONG_LEAD_RE.test(rest) ? STRONG_RE.exec(rest) : null;
  if (strong) {
    const words = strong[0].split(/\s+/).slice(1, -1);
    return { unit: 'troops', modifiers: words, end: phrase.end + strong[0].length };
  }
  // "some 900 of the soldiers will move on": a figure taking its part of troops named after "of the" counts
  // that many troops.
  const part = PARTITIVE_RE.exec(rest);
  if (part) return { unit: 'troops', modifiers: [], end: phrase.end + part[0].length };
  // 'claims “80-90,000” troops', 'spoke of “some 900 more” sappers': a figure set in quotation marks, alone or
  // with its modifiers, counts the noun after the closing mark.
  let open = /[“"‘']$/.test(text.slice(0, phrase.start));
  let at = phrase.end;
  // "over 90,000 [soldiers, by his count]": a noun an editor adds in brackets right after the figure is its noun.
  const bracket = /^\s*[([](?=\p{L})/u.exec(text.slice(at, at + 3));
  if (bracket) at += bracket[0].length;
  const modifiers: string[] = [];
  for (let step = 0; step <= 4; step += 1) {
    if (open && /^[”"’']/.test(text.slice(at, at + 1))) {
      at += 1;
      open = false;
    }
    const rest = text.slice(at, Math.min(limit, at + 80));
    const gap = /^\s+/.exec(rest)?.[0].length ?? 0;
    const noun = NOUN_RE.exec(rest.slice(gap));
    // "4,000troops": a noun glued to the digits (a space lost in scraping) is still the figure's noun.
    const glued = step === 0 && !bracket && /\d$/.test(text.slice(at - 1, at));
    if ((gap > 0 || (bracket && step === 0) || glued) && noun) {
      const end = at + gap + noun[0].length;
      if (TROOP_COMPOUND_HEADS.test(text.slice(end, end + 20))) return null;
      if (/militaries$/i.test(noun[0]) && phrase.max < FEWEST_MILITARY_PEOPLE) return null;
      // "two battalions of S-400 air defence systems": a battalion of weapons is no battalion group.
      if (noun[1] && WEAPON_BATTALION_RE.test(text.slice(end, end + 80))) return null;
      // "Nato will station four battalions", "four multinational battalions": the alliance's battalions are its
      // battlegroups, no battalion tactical groups.
      if (noun[1] && /^battalions$/i.test(noun[1]) && alliedBattalions(text, phrase.start, modifiers))
        return null;
      return { unit: noun[1] ? 'btg' : 'troops', modifiers, end };
    }
    // A comma may separate adjectives ("well-equipped, combat-ready troops"), never number and noun.
    if (step === 0 && rest.startsWith(',')) return null;
    // "250,000 trained … soldiers": a speaker's pause, an ellipsis, may stand among the figure's words.
    const pause = /^\s*(?:…|\.{3})(?=\s)/.exec(rest);
    if (pause) {
      at += pause[0].length;
      continue;
    }
    // Right inside a bracket the first word needs no space before it.
    const word = WORD_RE.exec(rest) ?? (bracket && step === 0 ? BARE_WORD_RE.exec(rest) : null);
    if (
      !word?.[1] ||
      !(isModifier(word[1], step, phrase, rest) || qualifyingNoun(word[1], rest.slice(word[0].length)))
    )
      return null;
    modifiers.push(word[1]);
    at += word[0].length;
    // "more than 70,000 [Belarusian] soldiers": an editor's bracketed word is read through to the noun after it.
    if (bracket && /^[\])]\s/.test(text.slice(at, at + 2))) at += 1;
  }
  return null;
}

/** Whether bare "battalions" are an alliance's: named as multinational or allied, or the object of the alliance
 *  stationing, sending or leading them ("Nato counts 40 Russian battalions" is a count of Russia's). */
function alliedBattalions(text: string, phraseStart: number, modifiers: string[]): boolean {
  if (modifiers.some((m) => /^(?:nato|multinational|multi-national|allied|alliance)$/i.test(m))) return true;
  return ALLIANCE_ACTS_RE.test(text.slice(Math.max(0, phraseStart - 50), phraseStart));
}

const ALLIANCE_ACTS_RE =
  /\b(?:NATO|Nato|the\s+alliance)\s+(?:(?:will|would|could|has|have|is|are|plans\s+to|to)\s+){0,2}(?:station|deploy|rotat|send|sent|keep|kept|lead|led|base|field|position|reinforc)\p{L}*\s+$/u;

/** A nationality or other adjective that may qualify the unit noun. */
function isModifier(word: string, step: number, phrase: NumberPhrase, rest: string): boolean {
  const lower = word.toLowerCase();
  // "well over 9,000 of their soldiers": a possessive after "of" names whose troops the bound counts.
  if (lower === 'of')
    return (
      step === 0 &&
      (phrase.vague || phrase.qualifier === null || /^\s+of\s+(?:its|their|his|her)\s/i.test(rest))
    );
  if (UNIT_MODIFIERS.has(lower)) return true;
  // Title Case headlines capitalise every word: "15,000 People Killed By Troops" counts people, not troops.
  if (NOT_MODIFIERS.test(lower)) return false;
  if (/^\p{Lu}/u.test(word) && !CALENDAR.test(word)) return true;
  return /(?:ed|ian|ish|ese|ready|ary|ic)$/.test(lower);
}

/** "2,500 border troops", "900 brigade soldiers": a singular noun right before the troop noun says which troops;
 *  a word of time, a function word or a word for people no longer serving does not. */
function qualifyingNoun(word: string, after: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(word) || NOT_QUALIFYING.test(word) || NOT_MODIFIERS.test(word)) return false;
  // A plural counts things of its own ("12 villages soldiers entered"); "logistics" is a field, not a plural.
  if (/s$/.test(word) && !/(?:ss|ics)$/.test(word)) return false;
  const noun = NOUN_RE.exec(after.replace(/^\s+/, ''));
  // "1,500 police officers", "press officers": a noun before "officers" names a civil service as often as not.
  return /^\s+/.test(after) && noun !== null && !noun[1] && !/^[“"‘']?officers$/i.test(noun[0]);
}
const NOT_QUALIFYING =
  /^(?:when|while|where|whence|after|before|because|since|until|than|then|that|which|who|whom|whose|what|and|but|nor|yet|the|this|these|those|its|their|our|your|into|onto|upon|about|over|under|per|via|all|some|many|most|more|few|both|each|every|other|such|said|says|say|told|tell|were|was|are|been|being|have|has|had|will|would|could|should|shall|might|must|can|may|did|does|not|only|also|even|just|still|police|prison|customs|former|retired|dead|fallen|missing|toy|ghost|year|time|times|hour|day|week|month|morning|evening|night|noon|today|tonight|percent|cent)$/;

/** People who enlist to fight, or are mobilised, are fighters whatever the noun ("20,000 foreign nationals have
 *  signed up to fight", "300 Norwegians volunteered to join the war", "50,000 citizens were mobilised"); so are
 *  people who come home to fight ("9,000 men have come back from abroad to defend the country"). */
const ENLISTED_RE =
  /^((?:\s+[\p{L}’'-]+){1,3}?)\s+(?:(?:are|were|is|was|have|has|had|been|being|already|reportedly|now|said\s+to\s+have|believed\s+to\s+have|thought\s+to\s+have)\s+){0,4}(?:(?:sign(?:s|ed)?\s+up|volunteer(?:s|ed)?|enlist(?:s|ed)?|enrol(?:l|ls|led)?|registered|applied)\s+(?:to\s+(?:fight|join|serve)|for\s+(?:the\s+)?(?:fight|front|legion|army|war))|(?:mobili[sz]ed|conscripted|drafted|called\s+up)\b|(return(?:s|ed|ing)?|c(?:o|a)me|coming|travell?ed|flown|flew)\s+(?:(?:home|back)\s+)?(?:from\s+(?:abroad|\p{Lu}\p{L}+)\s+)?(?:in\s+order\s+)?to\s+(?:fight|defend|protect|join\s+the\s+(?:fight|war|army|ranks))\b)/iu;

/** A count of people enlisting to fight or mobilised, read as troops; the noun phrase ends before the verb, so
 *  the words after it ("have volunteered", "were mobilised") tell the kind. */
export function enlistedAfter(text: string, phrase: NumberPhrase, limit: number): UnitMatch | null {
  const rest = text.slice(phrase.end, Math.min(limit, phrase.end + 120));
  const found = ENLISTED_RE.exec(rest);
  if (!found) return null;
  // "140,000 Ukrainians have come home to fight": people coming home fight for their own country, so their
  // people's name says whose fighters they are (a volunteer from abroad fights for the side he joins).
  const nation = found[2]
    ? found[1]!
        .trim()
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w) && DEMONYMS[w.toLowerCase().replace(/s$/, '')])
    : [];
  return {
    unit: 'troops',
    modifiers: nation.map((w) => w.replace(/s$/, '')),
    end: phrase.end + found[1]!.length,
  };
}

/** "5,000 volunteers will join Russian forces", "a thousand Chechen volunteers on their way to fight": volunteers
 *  are fighters when their clause puts them into a fight or a force, an aside between or not ("4,000 volunteers,
 *  most of them veterans, are ready to fight"); volunteers who help out ("volunteers delivered food") are not.
 *  Words before the noun are names or adjectives ("Chechen", "foreign"). */
const VOLUNTEERS_RE =
  /^[”"’']?((?:\s+(?:\p{Lu}[\p{L}’'-]*|foreign|local|young|armed|willing))*?)\s+[“"‘']?volunteers\b[”"’']?/u;
// Within the volunteers' own clause: a clause after ", and" or ", but" tells of others ("..., and the soldiers went on
// to fight").
const FIGHTING_AFTER_RE =
  /^(?:(?!,\s*(?:and|but|while|whereas)\b)[^.;!?]){0,100}?\b(?:fight(?:s|ing)?|combat|battle(?:s|field)?|(?:join(?:s|ed|ing)?|increase|reinforce|swell|bolster)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:forces|army|military|troops|contingent|ranks|legion|war))\b/iu;

/** A count of volunteers going to fight, read as troops. */
export function volunteersAfter(text: string, phrase: NumberPhrase, limit: number): UnitMatch | null {
  const found = VOLUNTEERS_RE.exec(text.slice(phrase.end, Math.min(limit, phrase.end + 60)));
  if (!found) return null;
  const end = phrase.end + found[0].length;
  if (!FIGHTING_AFTER_RE.test(text.slice(end, limit))) return null;
  // "3,000 Syrian volunteers": like a foreign fighter, a volunteer fights for the side he joins, not his own.
  const modifiers = found[1]!
    .trim()
    .split(/\s+/)
    .filter((w) => w && !DEMONYMS[w.toLowerCase()]);
  return { unit: 'troops', modifiers, end };
}

/** "below half of the 90,000 it had massed": a bare figure that a verb of massing takes as its object, in a
 *  sentence that has named the troops, counts those troops. */
const MASSED_OBJECT_RE =
  /^\s+(?:(?:that|which)\s+)?(?:it|they|he|she|\p{Lu}\p{L}+)\s+(?:had|has|have)\s+(?:\p{Ll}+ly\s+)?(?:amassed|massed|deployed|gathered|concentrated|stationed)\b/u;
const TROOPS_NAMED_RE = new RegExp(`\\b(?:${TROOP_NOUN})\\b`, 'iu');

/** A bare figure of troops named earlier in the sentence, which a verb of massing takes as its object. */
export function massedObjectAfter(
  text: string,
  phrase: NumberPhrase,
  sentenceStart: number,
  limit: number,
): UnitMatch | null {
  if (!MASSED_OBJECT_RE.test(text.slice(phrase.end, Math.min(limit, phrase.end + 60)))) return null;
  if (!TROOPS_NAMED_RE.test(text.slice(sentenceStart, phrase.start))) return null;
  return { unit: 'troops', modifiers: [], end: phrase.end, anaphoric: true };
}

/** "calling up 300,000 men", "mobilised another 20,000 people": people a verb of mobilising takes as its object
 *  are troops, whatever the noun. */
const MOBILISING_VERB_BEFORE = new RegExp(
  `\\b(?:${MOBILISING_VERB})\\s+(?:(?:some|another|a\\s+further|an\\s+(?:additional|extra)|up\\s+to|the)\\s+)?$`,
  'i',
);
const MOBILISED_NOUN_RE =
  /^((?:\s+(?:more|additional|extra|new|fresh|able-bodied|young))?)\s+(?:men|people|citizens|civilians|reservists|recruits|conscripts)\b/i;

/** A count of people called up, read as troops ("additional" after the figure stays a modifier). */
export function mobilisedBefore(
  text: string,
  phrase: NumberPhrase,
  sentenceStart: number,
  limit: number,
): UnitMatch | null {
  if (!MOBILISING_VERB_BEFORE.test(text.slice(Math.max(sentenceStart, phrase.start - 40), phrase.start)))
    return null;
  const noun = MOBILISED_NOUN_RE.exec(text.slice(phrase.end, Math.min(limit, phrase.end + 40)));
  if (!noun) return null;
  const modifiers = noun[1]!.trim() === '' ? [] : [noun[1]!.trim()];
  return { unit: 'troops', modifiers, end: phrase.end + noun[0].length };
}

/** "35,000 Russians are stationed near the border": a people's plural name with a verb of deployment counts
 *  that country's soldiers. */
const STATIONED_RE =
  /^\s+(\p{Lu}\p{Ll}+)s(?=\s+(?:(?:are|were|is|was|have|has|had|been|being|now|still|already|currently|permanently|reportedly)\s+){0,4}(?:stationed|deployed|based|massed|amassed|posted|garrisoned|positioned)\b)/u;

/** A count of a people deployed, read as their country's troops (the nationality is the modifier). */
export function stationedAfter(text: string, phrase: NumberPhrase, limit: number): UnitMatch | null {
  const found = STATIONED_RE.exec(text.slice(phrase.end, Math.min(limit, phrase.end + 120)));
  if (!found || !DEMONYMS[found[1]!.toLowerCase()]) return null;
  return { unit: 'troops', modifiers: [found[1]!], end: phrase.end + found[0].length };
}

/** "2,600 members of the 10th Armoured Division", "about 900 are members of the brigade", "250,000 serving
 *  members of our army", "3,000 well armed members of the special forces", "1,200 men and women of its navy",
 *  "500 people from the air force": members of a military formation, and people of or from an armed service, are
 *  its soldiers (not of a press or diplomatic corps, and not its former members). */
const MEMBERS_RE =
  /^(?:\s+(?:are|were))?(?:\s+(?:heavily|well|lightly|fully)?\s*(?:armed|trained|equipped|uniformed))?(?:\s+(?!(?:former|ex|retired|past)\b)(?:\p{Ll}[\p{L}-]*|…|\.{3})){0,2}?\s+(?:members\s+of|(?:men\s+and\s+women|women\s+and\s+men|people|personnel)\s+(?:of|from))\s+(?:the\s+|an?\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?(?:[\p{L}\d’'.-]+\s+){0,4}?(?:(?<!(?:press|diplomatic)\s)corps|divisions?|brigades?|regiments?|battalions?|squadrons?|army|navy|(?:armed|special|special\s+operations|airborne|ground)\s+forces|marines|national\s+guard|airborne|infantry|battlegroups?|battle\s+groups?|task\s+force|legion)\b/iu;

/** "300 Danish Armed Forces members": the force named before "members", its nationality first. */
const FORCE_MEMBERS_RE =
  /^\s+(?:([\p{L}’'.-]+)\s+)??(?:armed\s+forces|army|navy|air\s+force|military|national\s+guard)\s+members\b/iu;

/** A count of a formation's members, read as troops; the noun phrase ends with the formation's name. */
export function membersAfter(text: string, phrase: NumberPhrase, limit: number): UnitMatch | null {
  const rest = text.slice(phrase.end, Math.min(limit, phrase.end + 120));
  const found = MEMBERS_RE.exec(rest);
  if (found) return { unit: 'troops', modifiers: [], end: phrase.end + found[0].length };
  const prenominal = FORCE_MEMBERS_RE.exec(rest);
  if (!prenominal) return null;
  const nation = prenominal[1] && DEMONYMS[prenominal[1].toLowerCase()] ? [prenominal[1]] : [];
  return { unit: 'troops', modifiers: nation, end: phrase.end + prenominal[0].length };
}

/** "9 thousand people, some 200 armoured vehicles and 25 helicopters": people counted beside military hardware in one list
 *  are the personnel of the force (plain "vehicles" may be a convoy of civilians, so they do not count). */
const PEOPLE_RE = /^\s+(?:people|men|persons)\b/i;
const KIT_IN_LIST_RE =
  /(?:^|[,;]|\band\b)\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?\d[\d,.]*\s+(?:thousand\s+)?(?:[\p{L}-]+\s+){0,2}?(?:tanks|aircraft|helicopters|warships|ships|armou?red\s+vehicles|military\s+vehicles|artillery|pieces\s+of\s+(?:military\s+)?(?:equipment|hardware)|units\s+of\s+(?:military\s+)?(?:equipment|hardware))\b/iu;

/** A count of people in a list with military hardware, read as troops. */
export function peopleBesideHardware(
  text: string,
  phrase: NumberPhrase,
  sentenceStart: number,
  limit: number,
): UnitMatch | null {
  const people = PEOPLE_RE.exec(text.slice(phrase.end, Math.min(limit, phrase.end + 20)));
  if (!people) return null;
  const end = phrase.end + people[0].length;
  const after = text.slice(end, Math.min(limit, end + 160));
  const before = text.slice(Math.max(sentenceStart, phrase.start - 160), phrase.start);
  const listed = /^\s*(?:,|and\b)/.test(after)
    ? KIT_IN_LIST_RE.test(after)
    : /(?:,|\band)\s*$/.test(before) && KIT_IN_LIST_RE.test(before);
  return listed ? { unit: 'troops', modifiers: [], end } : null;
}

/** Whether the number counts dead, wounded or captured people rather than a force. */
export function isCasualty(
  text: string,
  phrase: NumberPhrase,
  unitEnd: number,
  sentenceStart: number,
): boolean {
  const before = text.slice(Math.max(sentenceStart, phrase.start - 40), phrase.start);
  return CASUALTY_AFTER.test(text.slice(unitEnd, unitEnd + 100)) || CASUALTY_BEFORE.test(before);
}

/** Whether a troop figure is the size of each group ("each comprised of around 700 to 800 troops"). */
export function isPerUnit(
  text: string,
  phrase: NumberPhrase,
  unitEnd: number,
  sentenceStart: number,
): boolean {
  const before = text.slice(Math.max(sentenceStart, phrase.start - 80), phrase.start);
  // "Each of the 30,000 soldiers carries a rifle": the figure "each" picks from is the total.
  if (/\b(?:each|every)\s+of\s+(?:the|these|those|its|their)\s+$/i.test(before)) return false;
  // "A group of 300 medics flies out on Monday": a group that opens the sentence is the one force it tells of.
  if (
    /^\W*(?:a|one)\s+group\s+of\s+(?:(?:about|around|some|roughly|nearly)\s+)?$/i.test(
      text.slice(sentenceStart, phrase.start),
    )
  )
    return false;
  return (
    PER_UNIT_BEFORE.test(before) ||
    PER_UNIT_AFTER.test(text.slice(unitEnd, unitEnd + 40)) ||
    EACH_SUBJECT.test(text.slice(sentenceStart, phrase.start))
  );
}

/** A time after a bare figure ("up from 60 two weeks ago", "83 a month earlier", "from 52 as of last Tuesday"): no
 *  noun is counted. */
const TIME_AFTER_RE =
  /^\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|fortnight)\s+(?:ago|earlier|before|later)|(?:as\s+of\s+)?(?:last|this|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|as\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:earlier|previously|before|ago)\b)/i;

/** Lower-case adverbs that may follow a figure before the clause goes on. */
const ADVERB_RE = /^(?:\p{Ll}+ly|very|fast|soon|now|already|again)$/u;

/** After a number with no noun, whether the words show one was left out ("30,000 more are", "to 130,000."). */
export function elidedAfter(text: string, phrase: NumberPhrase, limit: number): boolean {
  let rest = text.slice(phrase.end, Math.min(limit, phrase.end + 80));
  // "hundreds of military vehicles": "of" after a vague amount names what it counts, which is not a force.
  if (phrase.vague && /^\s+of\s+(?!them\b|these\b|those\b|whom\b|which\b)/i.test(rest)) return false;
  // "join the 600 British already posted there": a nationality word may stand for the left-out noun.
  for (let step = 0; step < 2; step += 1) {
    const word = WORD_RE.exec(rest);
    if (!word?.[1] || !DEMONYMS[word[1].toLowerCase().replace(/\.$/, '')]) break;
    rest = rest.slice(word[0].length);
  }
  // "is approaching 30,000 very fast,": adverbs after the figure say how, not what it counts.
  for (let step = 0; step < 2; step += 1) {
    const word = WORD_RE.exec(rest);
    // "120,000 and 45,000 respectively.": the full stop after the adverb is not part of it.
    const adverb = word?.[1]?.replace(/\.+$/, '');
    if (!word || !adverb || !ADVERB_RE.test(adverb)) break;
    rest = rest.slice(word[0].length - (word[1]!.length - adverb.length));
  }
  // "more than 120,000 …": an ellipsis, where a quoter cut the sentence, ends the figure as a full stop does.
  if (/^\s*(?:[.,;:)–—…]|-\s|$)/.test(rest) || TIME_AFTER_RE.test(rest)) return true;
  const word = WORD_RE.exec(rest)?.[1]?.toLowerCase().replace(/\.+$/, '');
  return word !== undefined && ELISION_FOLLOWERS.has(word);
}

/** A hedge that gives a size ("estimated at", "put at"), read as part of the figure. */
const HEDGE_OF_SIZE = /^(?:estimated|put|reckoned|assessed)\s+at\b/i;
// "totalling 10,000men": the space may be lost before the noun.
const PEOPLE_AFTER_RE = new RegExp(`^\\s*(?:${PEOPLE_NOUN})\\b`, 'iu');
const FORCE_NOUN_RE = new RegExp(`\\b(?:${BTG_NOUN}|${TROOP_NOUN}|${FORMATION_NOUN})\\b`, 'giu');
const BTG_IN_RE = new RegExp(`\\b(?:${BTG_NOUN})\\b`, 'iu');
/** A troop noun right before the figure and its hedge ("a massing of soldiers in excess of 40,000"). */
const DIRECT_BEFORE_RE = new RegExp(`\\b(?:${TROOP_NOUN})\\s+(?:of\\s+)?$`, 'iu');
// "a wartime strength of 280,000 because ...": after a force named before, a conjunction ends the figure's phrase.
const CLAUSE_AFTER_RE = /^\s+(?:because|while|whereas|although|though|thanks\s+to|due\s+to)\b/i;
// After a figure, a past tense or modal shows the sentence goes on with a verb, not a counted noun.
const VERB_AFTER_RE = /^\s+(?:[a-z]+ed|could|would|might|may|must|should|can|will|have|has|had)\b/;

/**
 * A unit named before the number with nothing counted after it ("the number of troops is 127,000.", "units,
 * which number 127,000 people", "forces in excess of 150,000 helped"): the noun's unit, BTG when the phrase
 * names battalion groups anywhere ("ground units, known as battalion tactical groups, grew to 120").
 */
export function unitBefore(
  text: string,
  phrase: NumberPhrase,
  sentenceStart: number,
  limit: number,
): UnitMatch | null {
  // 'whose number is estimated at “nearly 90,000”': a figure in quotation marks reads as one without them, also
  // with the sentence's stop inside the marks ('put it at “more than 90,000.”').
  const closing = /^[.,]?[”"’]/.exec(text.slice(phrase.end, phrase.end + 2));
  const quoted =
    /[“"‘]$/.test(text.slice(Math.max(sentenceStart, phrase.start - 1), phrase.start)) && closing !== null;
  const window = text.slice(Math.max(sentenceStart, phrase.start - 160), phrase.start - (quoted ? 1 : 0));
  const shut = quoted ? { ...phrase, end: phrase.end + closing[0].length } : phrase;
  const direct = DIRECT_BEFORE_RE.exec(window);
  const hedged = HEDGE_OF_SIZE.test(text.slice(phrase.start, phrase.end))
    ? UNIT_BEFORE_HEDGED.exec(window)
    : null;
  const found = direct ?? UNIT_BEFORE.exec(window) ?? hedged;
  if (!found) return null;
  const rest = text.slice(shut.end, Math.min(limit, shut.end + 40));
  const people = PEOPLE_AFTER_RE.exec(rest);
  const ends =
    people !== null ||
    // A stop inside the closing marks ends the phrase ('at “nearly 20,000,” he said').
    (quoted && closing[0].length > 1) ||
    elidedAfter(text, shut, limit) ||
    CLAUSE_AFTER_RE.test(rest) ||
    (direct !== null && VERB_AFTER_RE.test(rest));
  if (!ends) return null;
  // "the deployment of Russian units, which number ...": the nationality of the named force is the figure's.
  const named = window.slice(Math.max(0, found.index - 24));
  // "Number of Russian personnel near the Ukrainian border": the nationality before the noun, not a place's.
  const nouns = [...named.matchAll(FORCE_NOUN_RE)];
  const head = nouns.length > 0 ? named.slice(0, nouns.at(-1)!.index) : named;
  const demonyms = (head.match(/[\p{L}.]+/gu) ?? []).filter(
    (w) => DEMONYMS[w.toLowerCase()] && /^\p{Lu}/u.test(w),
  );
  return {
    anaphoric:
      /\b(?:the|this|that)\s+(?:[\p{L}-]+\s+)?$/iu.test(window.slice(0, found.index)) &&
      /^(?:force|forces|build-?up|grouping|deployment|troops)\b/i.test(found[0]),
    unit: BTG_IN_RE.test(found[0]) ? 'btg' : 'troops',
    modifiers: demonyms.slice(-1),
    end: shut.end + (people?.[0].length ?? 0),
  };
}

/** "Russian forces, some 100,000 strong, gathering": a force's noun, a comma, then the figure and "strong". */
const NOUN_COMMA_BEFORE_RE = new RegExp(`\\b(?:${TROOP_NOUN}|${FORMATION_NOUN})\\s*,\\s*$`, 'iu');

/** A figure set after its force as "N strong", read as troops; the phrase ends after "strong". */
export function strongAfter(text: string, phrase: NumberPhrase, sentenceStart: number): UnitMatch | null {
  const strong = /^\s+strong\b/i.exec(text.slice(phrase.end, phrase.end + 8));
  if (!strong) return null;
  if (!NOUN_COMMA_BEFORE_RE.test(text.slice(Math.max(sentenceStart, phrase.start - 40), phrase.start)))
    return null;
  return { unit: 'troops', modifiers: [], end: phrase.end + strong[0].length };
}
