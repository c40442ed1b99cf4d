/**
 * Event titles: the clause of a sentence that holds its trigger, read as a headline. The timeline shows the
 * date, so dates are dropped; so are reporting frames ("It said that"), linking openers ("It comes as",
 * "However,"), leading adverbials ("A few hours after X,") and appositives after a name ("Joe Biden, the US
 * president,"), so that the title starts with whoever acts.
 */

const TITLE_MAX = 90;
/** Marks the trigger while the sentence is rewritten (a character no news text holds). */
const MARK = '\u0000';
const HEADING_STAMP = /\s*published at \d{1,2}:\d{2}.*$/i;
const REPORTED =
  /\b(?:said|says|told [^,.]{1,40}?|announced|reported|stated|claimed)(?:(?:\s+(?:in|on)\s+[^,.]{1,40}?)?\s+that\s+|\s+(?=(?:the|a|an)\s+\0?\p{L}+\s))/giu;
/** ", the Kremlin said in a readout of the calls": a source named after the happening, not the happening. */
const SOURCE_TAIL =
  /,\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){1,5}(?:said|says|told|added|reported|announced|stated)\b[^,]*$/u;
const PRONOUN = /^(it|he|she|they|this|that|we|i)\b/i;
/** Words a date keeps because they make its sense ("as soon as Wednesday", "until Friday"). */
const DATE_KEPT_AFTER = /\b(as soon as|until|till|by|before|after|from|since|between|of)\s+$/i;
const RELATIVE_DATE = /^(?:on|last|this|next|yesterday|today|tomorrow|earlier|later)\b/i;
const SAYING = /\b(?:said|says|announced|reported|stated|told\s+[^,.]{1,30}?)\s+$/i;
const DATE_LEAD = /(?:\b(?:on|this|earlier|later|late|early)\s+)+$/i;
const OPENER =
  /^(?:(?:however|meanwhile|still|but|and|also|separately|instead|indeed|now|so|then)\b,?\s+|(?:it|this)\s+(?:comes?|came)\s+(?:\S+\s+){0,2}?(?:as|after|before|amid|while|when)\s+|as\s+(?=\p{Lu})|according\s+to\s+[^,\0]{1,60},\s+)/iu;
const ADVERBIAL =
  /^(?:(?:after|before|following|in|on|at|during|earlier|later|even|with|amid|despite|since|while|when|within)\b|(?:a|an|one|two|three|several|some|a\s+few)\s+(?:hours?|days?|weeks?|months?)\b)[^,\0]{0,120},\s+/i;
/** A modal in what is reported: the warning is the happening ("officials said an attack could come"). */
const MODAL = /\b(?:could|may|might|would|will|should)\b/i;
/** "the drills continue and the Duma authorizes": a second clause with its own subject. */
const SECOND_CLAUSE =
  /(?<![\p{L}])\p{Ll}[\p{L}’'-]*,?\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}[\p{Ll}\0])/gu;
/** "Dmytro Kuleba, Ukraine’s foreign minister who met", "Joe Biden, the US president, discussed". */
const APPOSITIVE =
  /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*),\s+(?:the|a|an|\p{Lu}[\p{L}]*[’']s)\s+[^,;\0]{1,50}?(?:,\s+|\s+who\s+)/gu;

/** Removes the spans (sorted, relative to `text`), keeping track of where `at` moves. */
function cut(text: string, spans: readonly { start: number; end: number }[], at: number): [string, number] {
  let out = text;
  let mark = at;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    if (s.start <= mark && mark < s.end) continue;
    if (DATE_KEPT_AFTER.test(out.slice(0, s.start))) continue;
    const lead = DATE_LEAD.exec(out.slice(0, s.start));
    // "declared Wednesday a day of unity": a bare date after a word is part of what happened.
    const free =
      lead ||
      RELATIVE_DATE.test(out.slice(s.start, s.end)) ||
      /^\W*$|,\s*$/.test(out.slice(0, s.start)) ||
      SAYING.test(out.slice(0, s.start));
    if (!free) continue;
    const from = lead ? lead.index : s.start;
    const end =
      s.end + (/^\s+(?:night|morning|afternoon|evening)\b/i.exec(out.slice(s.end))?.[0].length ?? 0);
    out = out.slice(0, from) + out.slice(end);
    if (from < mark) mark -= end - from;
  }
  return [out, mark];
}

/** A short title: the clause holding the trigger at `triggerAt`, without the `dates` spans of the sentence. */
export function eventTitle(
  sentence: string,
  triggerAt: number,
  dates: readonly { start: number; end: number }[] = [],
): string {
  const [undated, at] = cut(sentence, dates, triggerAt);
  let text = `${undated.slice(0, at)}${MARK}${undated.slice(at)}`.replace(HEADING_STAMP, '');
  const mark = text.indexOf(MARK);
  const stop = text
    .slice(mark)
    .search(/[,;:][\u201d\u2019"']?\s|\s[\u2013\u2014-]\s|[.!?][\u201d\u2019"']?(\s|$)/);
  if (stop >= 0) text = text.slice(0, mark + stop);
  // "It said in a statement that the Russian leader ...": the reported happening, not the reporting.
  const reported = [...text.slice(0, text.indexOf(MARK)).matchAll(REPORTED)].pop();
  const said = reported ? text.slice(reported.index + reported[0].length) : '';
  if (reported && !PRONOUN.test(said) && !MODAL.test(said)) {
    text = text.slice(reported.index + reported[0].length);
  }
  text = text.replace(/^[\s\u2022*"\u201c\u201d'\u2018\u2019,-]+/, '');
  for (let pass = 0; pass < 3; pass += 1) text = text.replace(OPENER, '').replace(ADVERBIAL, '');
  const second = [...text.slice(0, text.indexOf(MARK) + 1).matchAll(SECOND_CLAUSE)].pop();
  if (second) text = text.slice(second.index + second[0].length);
  const tail = SOURCE_TAIL.exec(text);
  if (tail && tail.index >= 20 && tail.index < text.indexOf(MARK)) text = text.slice(0, tail.index);
  const flat = text
    .replace(APPOSITIVE, '$1 ')
    .replace(MARK, '')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:"\u201c\u201d'\u2018\u2019-]+/, '')
    .replace(/[\s,;:\u201c]+$/, '')
    .trim();
  const title = closeQuote(flat.charAt(0).toUpperCase() + flat.slice(1));
  if (title.length <= TITLE_MAX) return title;
  const short = title.slice(0, TITLE_MAX - 1);
  const words = short.slice(0, Math.max(short.lastIndexOf(' '), TITLE_MAX / 2));
  return `${words.replace(/[\s,;:\u201c"]+$/, '')}\u2026`;
}

/** Keeps a closing quote only when the title opened one ("a national \"Day of Unity\""). */
function closeQuote(title: string): string {
  const straight = (title.match(/"/g) ?? []).length;
  if (title.endsWith('"')) return straight % 2 === 0 ? title : title.slice(0, -1);
  if (title.endsWith('\u201d') && !title.includes('\u201c')) return title.slice(0, -1);
  if (straight % 2 === 1) return `${title}"`;
  return title.includes('\u201c') && !title.includes('\u201d') ? `${title}\u201d` : title;
}
