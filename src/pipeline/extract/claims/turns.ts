/**
 * Who speaks where in a transcript or a published statement: a speaker label ("PRESS SECRETARY JOHN KIRBY:",
 * a line holding only the speaker's name, a broadcaster's "• Name, Title:" alone on its line) or an opening note
 * ("The statement made by X ...", "Press conference by X", "Transcript of X's speech") makes the text after it
 * that person's words until the next label. A figure there that no cue attributes is the speaker's.
 */
import type { ActorHit } from '../../types';

/** A stretch of text spoken by one person; no speaker for a question or an unnamed label ("Q:"). */
export interface Turn {
  start: number;
  end: number;
  speakerIds: string[];
}

/** Longest label a transcript puts before the speech ("NATO Secretary General Jens Stoltenberg:"). */
const MAX_LABEL_WORDS = 8;
/** A label with its colon, then the speech on the same line. */
const COLON_LABEL_RE = /^\s*([^:\n]{1,80}):[ \t]+(\S[^\n]*)$/;
/** Speech ends a sentence; a headline ("Reznikov: Russia may add 20,000 troops") does not. */
const SPEECH_END_RE = /[.!?…]["”’]?\s*$/;
/** Courtesy titles a speaker line may carry before the name. */
const HONORIFIC_RE = /^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?)?$/;
/** "The statement made by X", "Remarks by X", "Full text of the speech given by X". */
const STATEMENT_RE =
  /^\s*(?:the\s+)?(?:full\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:statement|speech|remarks|address|testimony|opening\s+statement)\s+(?:(?:made|delivered|given)\s+)?by\s+$/i;
/** "Press conference by the Alliance Secretary General X": a heading over a speaker's own words, titles allowed between
 *  "by" and the name. */
const HEADING_BY_RE =
  /^\s*(?:[Pp]ress|[Nn]ews)\s+(?:conference|briefing)\s+by\s+(?:(?:\p{Lu}[\p{L}.-]*|of|the)\s+){0,5}$/u;
/** "Transcript of President X's Speech on Russia": the words after a person's name in a heading over the speech. */
const POSSESSIVE_SPEECH_RE = /^['’]s\s+(?:speech|remarks|address|statement|testimony)\b[^.!?]*$/i;
/** A label alone on its line, a bullet allowed before it ("• Anna Berg, Defence Minister:"), the speech under it. */
const LABEL_LINE_RE = /^\s*(?:[•·▪*–-]\s*)?(\p{Lu}[^:\n]{0,79}):\s*$/u;
/** Longest label alone on its line: a name with its role ("Anna Berg, Minister of Defence (through translator)"). */
const MAX_LABEL_LINE_WORDS = 12;
/** Labels alone on their lines open turns only in a text that uses at least this many: one such line may be a
 *  story's stray heading. */
const MIN_LABEL_LINES = 2;
/** First person, or thanks to the listener: the words after a label are the speaker's own, not a story about them. */
const FIRST_PERSON_RE = /\b(?:I|we|We|my|My|our|Our)\b|\b[Tt]hank\s+you\b/;
/** How far into the speech after a label the first person must show. */
const FIRST_PERSON_REACH = 300;

/** The speaker turns of a text, in order; `isSpeaker` says which actors are people who speak for a state or
 *  alliance (a correspondent's byline is no speaker), `breaks` where a new live entry starts (a turn ends). */
export function speakerTurns(
  text: string,
  actors: ActorHit[],
  isSpeaker: (actorId: string) => boolean,
  breaks: number[] = [],
): Turn[] {
  const opens: { at: number; speakerIds: string[] }[] = [];
  const labelLines: { at: number; speakerIds: string[] }[] = [];
  const sorted = [...actors].sort((a, b) => a.start - b.start);
  // One pass over the lines and the names together keeps long live pages linear.
  let next = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    const end = start + line.length;
    lineStart = end + 1;
    while (next < sorted.length && sorted[next]!.start < start) next += 1;
    const people: ActorHit[] = [];
    for (let k = next; k < sorted.length && sorted[k]!.start < end; k += 1) {
      if (sorted[k]!.end <= end && isSpeaker(sorted[k]!.actorId)) people.push(sorted[k]!);
    }
    const colon = COLON_LABEL_RE.exec(line);
    if (colon && SPEECH_END_RE.test(colon[2]!)) {
      const label = labelSpeaker(text, start, start + colon[1]!.length, colon[1]!, people);
      const at = start + colon[0].length - colon[2]!.length;
      // "Kuleba: “...”" in a news story quotes one line; a speaker's turn speaks in the first person.
      if (label && (label.length === 0 || firstPerson(text.slice(at, at + FIRST_PERSON_REACH)))) {
        opens.push({ at, speakerIds: label });
      }
      continue;
    }
    // "  • Anna Berg, Defence Minister:" alone on its line (a broadcaster's transcript): the lines under it are
    // hers until the next such label; a label naming no one who speaks for a state (the host) ends her turn.
    const labelLine = LABEL_LINE_RE.exec(line);
    if (labelLine && labelLine[1]!.trim().split(/\s+/).length <= MAX_LABEL_LINE_WORDS) {
      labelLines.push({ at: lineStart, speakerIds: people.length > 0 ? [people.at(-1)!.actorId] : [] });
      continue;
    }
    const named = people[0];
    if (!named) continue;
    // "Mr Ben Wallace" alone on its line (a role line may follow), the speech under it in the first person; a
    // caption's name is followed by a story about the person ("The foreign secretary says ...").
    const alone =
      people.length === 1 &&
      HONORIFIC_RE.test(text.slice(start, named.start).trim()) &&
      text.slice(named.end, end).trim() === '' &&
      firstPerson(openingSentence(text, end));
    // "The statement made by Ben Wallace, ... in the House of Commons on 21 February." opens the speech.
    const before = text.slice(start, named.start);
    const intro = STATEMENT_RE.test(before) || HEADING_BY_RE.test(before);
    // "Transcript of President Anna Berg's Speech" over words in her first person.
    const heading =
      POSSESSIVE_SPEECH_RE.test(text.slice(named.end, end)) && firstPerson(openingSentence(text, end));
    if (alone || intro || heading) opens.push({ at: lineStart, speakerIds: [named.actorId] });
  }
  if (labelLines.length >= MIN_LABEL_LINES) {
    opens.push(...labelLines);
    opens.sort((a, b) => a.at - b.at);
  }
  const after = [...breaks].sort((a, b) => a - b);
  let b = 0;
  return opens.map((o, i) => {
    while (b < after.length && after[b]! <= o.at) b += 1;
    return {
      start: o.at,
      end: Math.min(opens[i + 1]?.at ?? text.length, after[b] ?? text.length),
      speakerIds: o.speakerIds,
    };
  });
}

/** Whether words speak in the first person outside any quotation. */
function firstPerson(words: string): boolean {
  return FIRST_PERSON_RE.test(words.replace(/“[^”]*”?|"[^"]*"?/g, ' '));
}

/** The first sentence of the speech under a label line, past one short role line ("Defence Secretary"). */
function openingSentence(text: string, from: number): string {
  const lines = text
    .slice(from, from + FIRST_PERSON_REACH)
    .replace(/^\n+/, '')
    .split('\n');
  const role = lines.length > 1 && !/[.!?]\s*$/.test(lines[0]!) && lines[0]!.split(/\s+/).length <= 8;
  const speech = (role ? lines.slice(1) : lines).join('\n').trimStart();
  return /^[^.!?]*[.!?]?/.exec(speech)?.[0] ?? '';
}

/** The speaker a colon label names, [] for a label of no one person ("Q", "MODERATOR"), or null when the
 *  words before the colon are no label ("Mr Morrison said on Friday"). */
function labelSpeaker(
  text: string,
  from: number,
  to: number,
  label: string,
  people: ActorHit[],
): string[] | null {
  if (label.trim().split(/\s+/).length > MAX_LABEL_WORDS) return null;
  const named = people.filter((a) => a.end <= to);
  let rest = text.slice(from, to);
  for (const a of named) {
    rest = rest.slice(0, a.start - from) + ' '.repeat(a.end - a.start) + rest.slice(a.end - from);
  }
  // A label holds names and capitalised titles only; a lower-case word makes it a sentence.
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w))) return null;
  if (named.length > 0) return [named.at(-1)!.actorId];
  return label === label.toUpperCase() ? [] : null;
}
