/** What a number counts: troops, battalion tactical groups, or something else (people, miles, regions). */
import {
  BTG_NOUN,
  CASUALTY_AFTER,
  CASUALTY_BEFORE,
  ELISION_FOLLOWERS,
  PER_UNIT_AFTER,
  PER_UNIT_BEFORE,
  STRONG_NOUN,
  TROOP_NOUN,
  UNIT_BEFORE,
  UNIT_MODIFIERS,
} from './cues';
import type { NumberPhrase } from './numbers';

/** The unit a number phrase counts, and the words between them (nationality adjectives among them). */
export interface UnitMatch {
  unit: 'troops' | 'btg';
  /** Words between the number and the noun ("more", "Russian"). */
  modifiers: string[];
  /** Where the unit noun ends. */
  end: number;
}

const NOUN_RE = new RegExp(`^(?:(${BTG_NOUN})|(${TROOP_NOUN}))(?![\\p{L}])`, 'iu');
const STRONG_RE = new RegExp(`^-strong\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${STRONG_NOUN})\\b`, 'iu');
const CALENDAR =
  /^(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NOT_MODIFIERS =
  /^(?:by|of|in|on|at|to|from|with|as|for|people|civilians|refugees|residents|children|killed|dead|wounded|injured|died|captured|miles|km|kilometres|kilometers|days|weeks|months|years|hours|tanks|jets|aircraft|ships|vehicles)$/;
const WORD_RE = /^,?\s+([\p{L}][\p{L}.’'-]*)/u;

/** The unit noun governed by the number (up to four modifier words away), or null. */
export function unitAfter(text: string, phrase: NumberPhrase, limit: number): UnitMatch | null {
  const strong = STRONG_RE.exec(text.slice(phrase.end, limit));
  if (strong) {
    const words = strong[0].split(/\s+/).slice(1, -1);
    return { unit: 'troops', modifiers: words, end: phrase.end + strong[0].length };
  }
  let at = phrase.end;
  const modifiers: string[] = [];
  for (let step = 0; step <= 4; step += 1) {
    const rest = text.slice(at, Math.min(limit, at + 80));
    const gap = /^\s+/.exec(rest)?.[0].length ?? 0;
    const noun = NOUN_RE.exec(rest.slice(gap));
    if (gap > 0 && noun) {
      return { unit: noun[1] ? 'btg' : 'troops', modifiers, end: at + gap + noun[0].length };
    }
    // A comma may separate adjectives ("well-equipped, combat-ready troops"), never number and noun.
    if (step === 0 && rest.startsWith(',')) return null;
    const word = WORD_RE.exec(rest);
    if (!word?.[1] || !isModifier(word[1], step, phrase)) return null;
    modifiers.push(word[1]);
    at += word[0].length;
  }
  return null;
}

/** A nationality or other adjective that may qualify the unit noun. */
function isModifier(word: string, step: number, phrase: NumberPhrase): boolean {
  const lower = word.toLowerCase();
  if (lower === 'of') return step === 0 && (phrase.vague || phrase.qualifier === null);
  if (UNIT_MODIFIERS.has(lower)) return true;
  // Title Case headlines capitalise every word: "15,000 People Killed By Troops" counts people, not troops.
  if (NOT_MODIFIERS.test(lower)) return false;
  if (/^\p{Lu}/u.test(word) && !CALENDAR.test(word)) return true;
  return /(?:ed|ian|ish|ese|ready|ary|ic)$/.test(lower);
}

/** Whether the number counts dead, wounded or captured people rather than a force. */
export function isCasualty(
  text: string,
  phrase: NumberPhrase,
  unitEnd: number,
  sentenceStart: number,
): boolean {
  const before = text.slice(Math.max(sentenceStart, phrase.start - 40), phrase.start);
  return CASUALTY_AFTER.test(text.slice(unitEnd, unitEnd + 60)) || CASUALTY_BEFORE.test(before);
}

/** Whether a troop figure is the size of each group ("each comprised of around 700 to 800 troops"). */
export function isPerUnit(
  text: string,
  phrase: NumberPhrase,
  unitEnd: number,
  sentenceStart: number,
): boolean {
  const before = text.slice(Math.max(sentenceStart, phrase.start - 40), phrase.start);
  return PER_UNIT_BEFORE.test(before) || PER_UNIT_AFTER.test(text.slice(unitEnd, unitEnd + 40));
}

/** After a number with no noun, whether the words show one was left out ("30,000 more are", "to 130,000."). */
export function elidedAfter(text: string, phrase: NumberPhrase, limit: number): boolean {
  const rest = text.slice(phrase.end, limit);
  if (/^\s*(?:[.,;:)]|$)/.test(rest)) return true;
  const word = WORD_RE.exec(rest)?.[1]?.toLowerCase().replace(/\.+$/, '');
  return word !== undefined && ELISION_FOLLOWERS.has(word);
}

/** A unit named before the number with nothing counted after it ("the number of troops is 127,000."). */
export function unitBefore(
  text: string,
  phrase: NumberPhrase,
  sentenceStart: number,
  limit: number,
): UnitMatch | null {
  const found = UNIT_BEFORE.exec(text.slice(Math.max(sentenceStart, phrase.start - 100), phrase.start));
  if (!found || !elidedAfter(text, phrase, limit)) return null;
  return { unit: found[1] ? 'btg' : 'troops', modifiers: [], end: phrase.end };
}
