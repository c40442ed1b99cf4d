/**
 * People named in the text but absent from the registry: two or three capitalised words next to a role
 * ("Professor Sergey Radchenko"), a speech verb ("Evelyn Farkas ... said", "said Michael Leister, head of"),
 * or alone on a byline line above a role ("Jessica Parker" / "BBC Brussels correspondent").
 */
import type { ActorRecord } from '../../types';
import { isHead, isTitleQualifier, titledBefore } from './titles';
import type { NameIndex } from '../entities/name-index';
import type { SpanSet } from '../entities/spans';
import { foldText, type Token } from '../entities/tokens';
import { COMMON_WORDS } from '../entities/common-words';

const SPEECH = new Set(
  `said says told tells wrote writes added adds explained explains warned warns argued argues noted notes
   believes thinks contributed tweeted posted commented`.split(/\s+/),
);
const APPOSITION = new Set([
  'who',
  'a',
  'an',
  'the',
  'from',
  'head',
  'chief',
  'director',
  'senior',
  'former',
  'of',
]);
const BYLINE_ROLE = /\b(correspondent|editor|reporter|analyst|producer|journalist)\b/i;
const PARTICLES = new Set(['mc', 'mac', 'o']);
const CREDIT_LINE = /^[\s\p{P}]*((additional )?reporting|writing|editing|written|compiled|by)\b.{0,200}$/iu;

/** A person name candidate as tokens [from, to). */
export interface NameRun {
  from: number;
  to: number;
}

function nameWord(t: Token | undefined, prev: Token | undefined): boolean {
  if (!t || !t.word || !t.cap || t.upper || t.norm.length < 2 || isHead(t)) return false;
  // "Head of Joint Staff Anna Berg": a word that qualifies an office does not open a name.
  if (!prev && isTitleQualifier(t)) return false;
  if (prev && t.nl) return false;
  return !COMMON_WORDS.has(t.norm) && !PARTICLES.has(t.norm);
}

/** The capitalised run of 2–3 name words starting at `from` among free tokens, or null. */
function runAt(tokens: readonly Token[], from: number, free: (k: number) => boolean): NameRun | null {
  let to = from;
  while (to - from < 3 && free(to) && nameWord(tokens[to], to > from ? tokens[to - 1] : undefined)) {
    // Words of a name are apart: "JavaScript" split at its capital is one word, not a person.
    if (to > from && tokens[to]!.start === tokens[to - 1]!.end) return null;
    to += 1;
  }
  if (to - from < 2 || (free(to) && nameWord(tokens[to], tokens[to - 1]))) return null;
  return { from, to };
}

/** Bylines and credit lines are short: lines are read within this many characters of a name. */
const LINE_WINDOW = 300;

function lineText(text: string, at: number): { line: string; next: string } {
  const from = Math.max(0, at - LINE_WINDOW);
  const back = text.slice(from, at).lastIndexOf('\n');
  // A line that starts further back is too long to be a byline or a credit line.
  if (back < 0 && from > 0) return { line: '', next: '' };
  const start = from + back + 1;
  const window = text.slice(at, at + 2 * LINE_WINDOW);
  const endRaw = window.indexOf('\n');
  const end = endRaw < 0 ? at + window.length : at + endRaw;
  const nextEnd = window.indexOf('\n', endRaw + 1);
  return {
    line: text.slice(start, end).trim(),
    next: endRaw < 0 ? '' : text.slice(end + 1, nextEnd < 0 ? at + window.length : at + nextEnd),
  };
}

/** ", Poland's deputy interior minister": an appositive naming a country's office after a name. */
const APPOSITIVE_OFFICE =
  /^,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|commander|president|chief|adviser|advisor)\b/u;

function inContext(text: string, tokens: readonly Token[], span: NameRun): boolean {
  const before = tokens[span.from - 1];
  const after = tokens[span.to];
  const after2 = tokens[span.to + 1];
  if (titledBefore(tokens, span.from) && !tokens[span.from]!.nl) return true;
  if (after && !after.nl && SPEECH.has(after.norm)) return true;
  if (
    before &&
    !tokens[span.from]!.nl &&
    SPEECH.has(before.norm) &&
    (after?.norm === ',' || after?.norm === '.')
  ) {
    return true;
  }
  if (after?.norm === ',' && after2 && APPOSITION.has(after2.norm) && !after2.nl) return true;
  if (APPOSITIVE_OFFICE.test(text.slice(tokens[span.to - 1]!.end, tokens[span.to - 1]!.end + 120)))
    return true;
  const { line, next } = lineText(text, tokens[span.from]!.start);
  // A credit line lists people: "Reporting by A B and C D; Editing by E F", "By A B".
  if (CREDIT_LINE.test(line) && ['by', 'and', ','].includes(before?.norm ?? '')) return true;
  return line === text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end) && BYLINE_ROLE.test(next);
}

/** Spans of unregistered person names among the free tokens. */
export function findNewNames(
  text: string,
  tokens: readonly Token[],
  free: (k: number) => boolean,
): NameRun[] {
  const found: NameRun[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const inside =
      free(i - 1) &&
      nameWord(tokens[i - 1], tokens[i - 2]) &&
      !isTitleQualifier(tokens[i - 1]) &&
      !tokens[i]!.nl;
    if (!free(i) || inside) continue;
    const span = runAt(tokens, i, free);
    if (span && inContext(text, tokens, span)) {
      found.push(span);
      i = span.to - 1;
    }
  }
  return found;
}

/** A short stable hash (FNV-1a), for names with no Latin letters to slug. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

function slug(name: string): string {
  const ascii = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.length >= 3 ? ascii : `${ascii ? `${ascii}-` : ''}${hash(name)}`;
}

/** Lower-case words inside an office's title ("deputy defence minister", "secretary of state"). */
const TITLE_WORDS = new Set([
  'of',
  'the',
  'for',
  'and',
  'deputy',
  'vice',
  'defence',
  'defense',
  'foreign',
  'press',
]);

/** How many words a title before a name may have ("Lithuanian Deputy Defence Minister"). */
const TITLE_REACH = 5;

/** The country a nationality or a registered body in the title right before a name gives ("Lithuanian
 *  Defence Minister Arvydas Anušauskas" speaks for Lithuania, "White House spokeswoman X" for the United
 *  States), when the registry has that country as an actor; else null. */
function titleCountry(tokens: readonly Token[], from: number, index: NameIndex, set: SpanSet): string | null {
  if (!titledBefore(tokens, from) || tokens[from]!.nl) return null;
  for (let k = from - 1; k >= Math.max(0, from - TITLE_REACH); k -= 1) {
    const t = tokens[k]!;
    const body = index.data.actors.get(set.at(k)?.actor?.id ?? '');
    // A newspaper's correspondent speaks for no state.
    if (body) return body.kind === 'media' ? null : body.affiliation;
    const code = index.data.demonyms.get(t.norm);
    if (code && t.cap) {
      for (const place of index.data.places.values()) {
        if (place.kind === 'country' && place.country === code && index.data.actors.has(place.id)) {
          return place.id;
        }
      }
      return null;
    }
    // Office words may be lower case ("Pentagon spokeswoman"); any other lower-case word, a line break or
    // punctuation ends the title.
    if (!t.word || t.nl || (!t.cap && !isHead(t) && !TITLE_WORDS.has(t.norm))) return null;
  }
  return null;
}

/** The country an appositive office after a name gives ("Anna Berg, Norway's deputy foreign minister" speaks for
 *  Norway), when the registry has the body named before "'s"; else null. */
function appositiveCountry(
  tokens: readonly Token[],
  to: number,
  index: NameIndex,
  set: SpanSet,
): string | null {
  if (tokens[to]?.norm !== ',') return null;
  const id = set.at(to + 1)?.actor?.id;
  const body = id ? index.data.actors.get(id) : undefined;
  if (!body || body.kind === 'media' || !body.affiliation) return null;
  let k = to + 1;
  while (set.at(k + 1)?.actor?.id === id) k += 1;
  if (tokens[k + 1]?.norm !== "'" || tokens[k + 2]?.norm !== 's') return null;
  for (let m = k + 3; m < k + 3 + TITLE_REACH; m += 1) {
    const t = tokens[m];
    if (!t || !t.word || t.nl) return null;
    if (isHead(t)) return body.affiliation;
  }
  return null;
}

/**
 * Adds spans for unregistered people (and later mentions of their surname) and returns their records,
 * with ids `x-<slug of the name>`.
 */
export function findNewPeople(text: string, index: NameIndex, set: SpanSet): ActorRecord[] {
  const { tokens } = set;
  const records = new Map<string, ActorRecord>();
  const surnames = new Map<string, string>();
  const free = (k: number): boolean => set.free(k) && !index.data.demonyms.has(tokens[k]?.norm ?? '');
  for (const span of findNewNames(text, tokens, free)) {
    const name = text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end).replace(/\s+/g, ' ');
    const id = `x-${slug(name)}`;
    if (!records.has(id)) {
      const affiliation =
        titleCountry(tokens, span.from, index, set) ?? appositiveCountry(tokens, span.to, index, set);
      records.set(id, { id, name, kind: 'person', affiliation, aliases: [], titles: [] });
    }
    surnames.set(tokens[span.to - 1]!.norm, id);
    set.add({ from: span.from, to: span.to, actor: { id, via: 'new' }, place: null });
  }
  tokens.forEach((t, k) => {
    const id = surnames.get(t.norm);
    if (id && t.cap && free(k) && !(tokens[k + 1]?.cap && free(k + 1) && !tokens[k + 1]!.nl)) {
      set.add({ from: k, to: k + 1, actor: { id, via: 'new' }, place: null });
    }
  });
  return [...records.values()];
}
