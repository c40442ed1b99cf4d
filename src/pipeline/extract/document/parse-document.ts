/**
 * One decoded file to a ParsedDoc: metadata taken off the top (YAML front matter or a ` date YYYY-MM-DD`
 * header, or an HTML page's own metadata), a web page's article found, page-furniture lines dropped, the
 * title found, and live-page entries split out. `text` is otherwise kept verbatim, so every quote stays a
 * substring of what the user saved.
 */
import type { ExtractedText, ParsedDoc, UserMeta } from '../../types';
import { articleIdFor } from '../../ids';
import { makeDay } from '../dates/find-dates';
import { isDateLine } from '../dates/page-date';
import { dateFromUrl } from '../dates/url-date';
import { EMPTY_META, cleanMeta, splitFrontMatter } from './front-matter';
import { dropFurniture } from './furniture';
import { findOutlet, hostOf, knownOutlet } from './outlet';
import { readPage } from './readable-page';
import { detectLiveBlog } from '../liveblog/detect-liveblog';

/** The input format a file name implies, or null for a type the pipeline does not read. */
export function formatOf(file: string): ParsedDoc['format'] | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  return null;
}

// A header may give the month alone (" date 2022-03 "): it is stripped as well, and its month kept.
const HEADER = /^[ \t]*date:?[ \t]+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])[ \t]*/i;
const LIVE_INTRO =
  /^(summary|key points|key events|key developments|latest|live|live updates|what we know)$/i;
const BULLET = /^[•*·▪–-]\s+/;
const DATELINE = /^(?:[A-Z][A-Za-z .,'’-]{0,40})?\([A-Za-z][^)]{1,40}\)\s*[–—-]+\s*/;
/** A place in capitals set off by a dash: "RIGA — ". */
const CAPS_DATELINE = /^[A-Z][A-Z.'’]+(?:[ /][A-Z][A-Z.'’]+)*,?\s+[–—-]\s+/;
/** A dateline with the agency between slashes: "RIGA, March 4. /Example Agency/." */
const SLASH_DATELINE = /^[A-Z][A-Z .'’-]{1,40}, [A-Z][a-z]+\.? \d{1,2}\.?\s*\/[A-Za-z][\w -]{0,30}\/\.?\s*/;
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A dateline naming an agency and a day with a full stop, before a lead or alone: "Example News Agency, March 4th." */
const DAY_DATELINE = new RegExp(
  `^[A-Z][\\w .'’-]{1,40}, ${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?\\.(?:\\s+|$)`,
);
/** A first line up to this long is taken whole as the title: a headline, or a short lead. */
const TITLE_LINE = 140;
/** A longer first line is a run-on paragraph: its first sentence if it ends by here... */
const TITLE_SENTENCE = 160;
/** ...else its start, cut at a word near this length. */
const TITLE_CUT = 100;
const ABBREVIATION =
  /\b(Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Prof|No|U\.S|U\.K|U\.N|E\.U|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/;

/** A title given by the file's metadata is kept whole up to this length. */
const MAX_TITLE = 300;

/** The end of the first sentence of `line` within `limit` characters, or -1. */
function sentenceEnd(line: string, limit: number): number {
  const re = /[.!?]["”’]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (const m of line.slice(0, limit + 1).matchAll(re)) {
    if (!ABBREVIATION.test(line.slice(0, m.index))) return m.index + m[0].length;
  }
  return -1;
}

function clip(line: string, longest = TITLE_LINE, cutAt = TITLE_CUT): string {
  if (line.length <= longest) return line;
  const sentence = longest === TITLE_LINE ? sentenceEnd(line, TITLE_SENTENCE) : -1;
  if (sentence > 0) return line.slice(0, sentence);
  const cut = line.slice(0, cutAt + 1);
  const end = Math.max(cut.lastIndexOf(' '), cutAt / 2);
  return `${cut.slice(0, end).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Words of a site's labels above a headline ("Breaking News", "Top Story", "World News", "Live Updates"). */
const KICKER_WORDS = new Set(
  'breaking news live latest updates update top story stories world opinion analysis exclusive video videos watch explainer'.split(
    ' ',
  ),
);

/** An image's credit after a headline: "… (Photo by A. Lens/Agency)", "…. Photo: Agency/A. Lens". */
const PHOTO_TAIL =
  /\s*(?:\((?:photo|image|picture)s?(?:\s+by\b|\s*:)[^()]*\)|(?<=[.!?”’"])\s+(?:photo|image|picture)s?\s*:\s*[^!?]{1,80})$/i;

/** A caption's end: a photographer after an agency ("… REUTERS/A. Lens"), a source handed out "via" an agency
 *  ("… Harbour Board handout via AP"), or "(File)". */
const CAPTION_END =
  /(?:\b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|Anadolu|Getty Images|Shutterstock)\s*\/\s*\p{Lu}[\p{L} .'’-]{1,40}|\bvia (?:AP|Reuters|REUTERS|AFP|EPA|Getty Images|Shutterstock)\.?|\([Ff]ile(?: [Pp]hoto)?\))$/u;

/** A caption whose photographer's credit was run on by lost spacing: "… near the quay.Ann Lens/Example Wire". */
const GLUED_PHOTO_CREDIT =
  /[.!?”’"]\s*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}\s?\/\s?\p{Lu}[\p{L}&.'’ -]{1,30}$/u;

/** A clock time alone, a page's stamp without its day: "10:05am GMT", "14.30 CET". */
const TIME_ALONE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$/i;

/** A feed's entry opening with its age ("4m ago…", "2 hours ago …"): another story's line, not the page's. */
const RELATIVE_AGE = /^\d+\s*(?:s|m|h|d|secs?|mins?|minutes?|hrs?|hours?|days?)\s*ago(?=\p{Lu}|\s*$)/u;

/** A site's edition switcher: "Global Edition", "UK EditionEUROPE …" (its items run together by lost spacing). */
const EDITION_MENU = /\b(?:Global|International|World|US|U\.S\.|UK|Asia|Europe|Africa)\s+Edition(?!\p{Ll})/u;

/** A breadcrumb trail from "Home" set apart by slashes or arrows: "Home / World / Europe". */
const SLASH_BREADCRUMB = /^Home(?:\s*[/›»>]\s*[^/›»>]{1,30}){1,4}$/;

/** A pop-up's button to turn it away: what is above it is its appeal, and the headline is sought below it. */
const DISMISS = /^(?:not now|no,? thanks|maybe later)$/i;

/** A banner's weather ending in a temperature: "Tuesday 4 March Harbourtown: 12°C". */
const WEATHER = /\d\s?°\s?[CF]$/;

/** A caption opening with its picture agency's credit: "Ann Lens/Example Images Dockers unload grain …". */
const CREDIT_FIRST =
  /^\p{Lu}[\p{L}.&'’ -]{1,40}\/\s?\p{Lu}[\p{L}.&'’-]*\s(?:Images|Photos?|Pictures)\s\p{Lu}/u;

/** A place alone with a colon, a dateline set on a line of its own: "Harbourtown:". */
const PLACE_ALONE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}:$/u;

/** A credit run on after a headline by lost markup: "… Borrell saysWire | Brussels | Updated: …". */
const GLUED_CREDIT = /(?<=\p{L}\p{Ll})\p{Lu}[\p{L}.&'’ ]{1,40}\s\|\s.*$/u;

/** A newsroom's word after a site's name that makes the line a byline: "… Report", "… Staff", "… Web Desk". */
const NEWSROOM_BYLINE =
  /\s+(?:staff\s+)?(?:report|reporter|staff|(?:news\s+|web\s+)?desk|bureau|correspondent)$/i;

/** A credit line: "Source: Example Military News", "Credit: …", "Via: …". */
const CREDIT = /^(?:source|sources|credit|credits|via|courtesy)\s*:/i;

/** A caption's label: "Figure 2: …", "Photo: …", "Map 1. …". */
const CAPTION = /^(?:figure|fig\.|photo|picture|image|map|chart|graphic|table|video)(?:\s+\d+)?\s*[:.|]\s/i;

/** A market ticker's line: "XYZ 11.60 Decreased By ▼ -0.15 (-1.28%)". */
const TICKER = /[▲▼]|\([+−-]\d+(?:\.\d+)?%\)/;

/** A section's name of two words joined by an ampersand, alone on its line: "Arts & Culture". */
const SECTION_PAIR = /^\p{Lu}\p{Ll}+ & \p{Lu}\p{Ll}+$/u;

/** Words of a site's own controls and boxes ("Top Menu", "Sign In", "Subscription was successful!", a list's
 *  heading such as "Most Read" or "Most Commented"). */
const INTERFACE_WORDS = new Set(
  'menu menus item items left right main banner award article content contents navigation search skip close open sign in up out log login register registration subscribe subscription newsletter was is successful success no toggle button loading advertisement most read commented viewed shared popular trending'.split(
    ' ',
  ),
);

const INTERFACE_OR_KICKER = new Set([...INTERFACE_WORDS, ...KICKER_WORDS]);

/** How far down a page's opening lines a headline is looked for, past its section labels and stamps. */
const HEADLINE_LINES = 6;

/** The words of `line` that hold a letter. */
function letterWords(line: string): string[] {
  return line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/**
 * A line that reads as a headline or a lead: two words or more, not a shouted section label, not wholly in brackets,
 * no date stamp ("World", "LIVE TV", "World·Investigates", "(soft music)" and "Feb 2, 2022 GMT" are not; "Ukraine
 * Update" is).
 */
function readsAsHeadline(line: string): boolean {
  const words = letterWords(line);
  // A line wholly in brackets is an aside: a transcript's "(music)", a credit.
  if (words.length < 2 || line.includes('·') || /^[([].*[)\]]$/.test(line) || isDateLine(line)) return false;
  if (CAPTION.test(line) || CAPTION_END.test(line) || GLUED_PHOTO_CREDIT.test(line) || CREDIT.test(line))
    return false;
  if (TIME_ALONE.test(line) || RELATIVE_AGE.test(line) || PLACE_ALONE.test(line)) return false;
  if (WEATHER.test(line) || CREDIT_FIRST.test(line)) return false;
  // A site's menus: an edition switcher, a breadcrumb trail.
  if ((EDITION_MENU.test(line) && words.length <= 8) || SLASH_BREADCRUMB.test(line)) return false;
  if (TICKER.test(line) || SECTION_PAIR.test(line)) return false;
  const only = (set: ReadonlySet<string>, list: string[]) =>
    list.every((w) => set.has(w.toLowerCase().replace(/[^a-z]/g, '')));
  // Kicker words and a site's control words, alone or mixed ("Top Menu"), make no headline.
  if (words.length <= 4 && only(INTERFACE_OR_KICKER, words)) return false;
  // "LIVE | Mar 4, 2022, 10:05am EST": a kicker and a stamp set apart by bars.
  const segments = line.split('|').map((part) => part.trim());
  const stampOrKicker = (part: string) =>
    isDateLine(part.replace(/,(?=\d)/g, ', ')) || only(KICKER_WORDS, letterWords(part));
  if (segments.length > 1 && segments.every(stampOrKicker)) return false;
  // A dateline alone on its line: "RIGA, March 4. /Example Agency/.", "Example News Agency, March 4th."
  if (!line.replace(SLASH_DATELINE, '').replace(DAY_DATELINE, '').trim()) return false;
  return /\p{Ll}/u.test(line) || words.length > 4;
}

/** How far down a page a line its address spells is looked for. */
const SLUG_LINES = 12;

/** The words of an address's last segment when it is a slug of four words or more ("troops-mass-near-border"). */
function slugWords(url: string | null): string[] {
  let path: string;
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    return [];
  }
  const slug = path
    .split('/')
    .map((segment) => segment.replace(/\.[a-z]{2,5}$/i, ''))
    .filter((segment) => segment.split('-').length >= 4)
    .pop();
  return slug ? wordsOf(slug) : [];
}

/** The words of the segment after "tag", "tags", "category" or "topic" in an address's path, else none. */
function tagWords(url: string | null): string[] {
  let path: string;
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    return [];
  }
  const m = /\/(?:tags?|categor(?:y|ies)|topics?)\/([^/]+)\/?$/i.exec(path);
  return m ? wordsOf(decodeURIComponent(m[1]!)) : [];
}

/** Lower-case words holding a letter: what a slug keeps of a line. */
function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /\p{L}/u.test(w));
}

/** How many words of `line` the slug does not have. */
function extraWords(line: string, slug: readonly string[]): number {
  return wordsOf(line).filter((w) => !slug.includes(w)).length;
}

/** True when `line` and the slug share nearly all their words: the slug was made from the line. */
function spellsSlug(line: string, slug: readonly string[]): boolean {
  const words = new Set(wordsOf(line));
  const shared = new Set(slug.filter((w) => words.has(w))).size;
  return shared >= 4 && shared >= 0.8 * new Set(slug).size && shared >= 0.8 * words.size;
}

/** `line` without the kicker words that end it ("Example Wire Live Updates" → "Example Wire"). */
function withoutKickers(line: string): string {
  const words = line.split(/\s+/);
  while (words.length > 1 && KICKER_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}

/** Two sentences or more, the last closed by a full stop: a paragraph. */
function isProse(line: string): boolean {
  return /\.["”’]?$/.test(line) && sentenceEnd(line, line.length) > 0;
}

/** Four words or more, every word of four letters or more capitalised, one sentence: a headline's style. */
function isTitleCase(line: string): boolean {
  const words = letterWords(line);
  return (
    words.length >= 4 &&
    words.every((w) => w.replace(/\P{L}/gu, '').length < 4 || /^\P{L}*\p{Lu}/u.test(w)) &&
    !/[.:,;]$/.test(line) &&
    sentenceEnd(line, line.length) < 0
  );
}

/**
 * A title from the text: the first line that reads as a headline (a section label, date stamp or the site's
 * `masthead` above it is passed over), whole, or for a run-on paragraph its first sentence when short enough,
 * else its start cut at a word; a live page's first summary bullet.
 */
export function titleFromText(
  text: string,
  fallback: string,
  masthead: string | null = null,
  url: string | null = null,
): string {
  const lines = text
    .slice(0, 20_000)
    .split('\n')
    .map((l) =>
      l
        .replace(/\u00a0/g, ' ')
        .trim()
        .replace(PHOTO_TAIL, ''),
    )
    .filter(Boolean)
    .map((l) => {
      const glued = GLUED_CREDIT.exec(l);
      return glued && letterWords(l.slice(0, glued.index)).length >= 4 ? l.slice(0, glued.index) : l;
    });
  // The line the page's address spells as its slug is the headline, whatever a player or a tagline puts above it;
  // of two such lines, the one with fewer other words (a breadcrumb trail holds the headline and more).
  const slug = slugWords(url);
  const named = slug.length > 0 ? lines.slice(0, SLUG_LINES).filter((l) => spellsSlug(l, slug)) : [];
  if (named.length > 0)
    return clip(named.reduce((a, b) => (extraWords(b, slug) < extraWords(a, slug) ? b : a)));
  const bare = (name: string) => name.toLowerCase().replace(/^the\s+/, '');
  // The site's name alone on a line is its masthead, not the story's headline.
  // So is a news outlet's name alone, a wire story's credit ("Associated Press").
  // A known outlet with a section's name after it is its credit too ("Associated Press Videos").
  // The site's address as its name with a tagline after a separator is its banner ("Example.com - Your War News").
  const host = hostOf(url)?.replace(/^www\./, '') ?? null;
  // So is the site's name with a word of its newsroom after it, a byline ("Example Today Report", "… Web Desk").
  const isMasthead = (line: string) =>
    (masthead !== null &&
      (bare(line) === bare(masthead) || bare(line.replace(NEWSROOM_BYLINE, '')) === bare(masthead))) ||
    knownOutlet(withoutKickers(line)) !== null ||
    (host !== null &&
      line.toLowerCase().startsWith(host) &&
      /^\s*(?:[-–—|:]\s*.{0,60})?$/.test(line.slice(host.length)));
  // On a tag's or a category's page ("/tags/ferry-routes"), the line that spells the tag is its label.
  const tag = tagWords(url);
  const tagLabel = (l: string) => tag.length > 0 && wordsOf(l).join(' ') === tag.join(' ');
  // A caption printed again and cut off mid-word starts like a line above it: a copy, not the headline.
  const cutCopy = (l: string, i: number) =>
    lines.slice(0, i).some((e) => e.startsWith(l) && /^\p{L}/u.test(e.slice(l.length)));
  const dismiss = lines.slice(0, HEADLINE_LINES).findIndex((l) => DISMISS.test(l));
  const candidates = lines
    .slice(dismiss + 1, dismiss + 1 + HEADLINE_LINES)
    .filter((l, i) => readsAsHeadline(l) && !isMasthead(l) && !cutCopy(l, dismiss + 1 + i) && !tagLabel(l));
  // Above a headline set in title case, a paragraph of sentences is a notice or a standfirst, not the title.
  const chosen =
    (isProse(candidates[0] ?? '') ? candidates.find(isTitleCase) : undefined) ?? candidates[0] ?? lines[0];
  // A breadcrumb trail ending in the headline ("Home Europe Ferry Service Resumes…") gives way to the headline below it.
  // So does a window's title that adds the site's tagline or name after a dash or bar ("Ferry Service Resumes -
  // Harbour News Today | Example") to the headline below it.
  const first =
    candidates.find(
      (l) =>
        l !== chosen &&
        l.split(' ').length >= 4 &&
        (chosen?.endsWith(` ${l}`) || (chosen?.startsWith(l) && /^\s[-–—|]\s/.test(chosen.slice(l.length)))),
    ) ?? chosen;
  if (!first) return fallback;
  if (LIVE_INTRO.test(first) || BULLET.test(first)) {
    const bullet = lines.find((l) => BULLET.test(l));
    if (bullet) return clip(bullet.replace(BULLET, '').trim());
  }
  const line = first
    .replace(/^#{1,6}\s+/, '')
    .replace(DATELINE, '')
    .replace(SLASH_DATELINE, '')
    .replace(DAY_DATELINE, '')
    // Before a lead's sentence only: "NATO - Russia Talks Fail" is a headline.
    .replace(CAPS_DATELINE, (dateline: string, at: number, whole: string) =>
      whole.slice(at + dateline.length).split(/\s+/).length >= 8 ? '' : dateline,
    )
    .trim();
  return clip(line || first) || fallback;
}

function fromHtml(source: string): { text: string; meta: UserMeta; messages: string[] } {
  const page = readPage(source);
  const { meta, messages } = cleanMeta(
    {
      title: page.meta.title,
      outlet: page.meta.siteName,
      url: page.meta.canonicalUrl,
      date: page.meta.publishedTime ?? undefined,
      author: page.meta.byline,
    },
    'page',
  );
  return { text: page.text, meta, messages: [...page.messages, ...messages] };
}

function fromExtracted(extracted: ExtractedText): { text: string; meta: UserMeta; messages: string[] } {
  const { meta, messages } = cleanMeta(
    { ...extracted.meta, date: extracted.meta.date ?? undefined },
    'document',
  );
  return { text: extracted.text, meta, messages: [...extracted.messages, ...messages] };
}

function fromText(source: string): {
  text: string;
  meta: UserMeta;
  headerDate: string | null;
  headerMonth: string | null;
  messages: string[];
} {
  const front = splitFrontMatter(source);
  let text = source.slice(front.bodyStart);
  if (front.bodyStart > 0) text = text.replace(/^\n+/, '');
  const messages = [...front.messages];
  let headerDate: string | null = null;
  let headerMonth: string | null = null;
  const header = HEADER.exec(text);
  if (header) {
    const [year, month] = [Number(header[1]), Number(header[2])];
    if (header[3] !== undefined) headerDate = makeDay(year, month, Number(header[3]));
    else if (makeDay(year, month, 1)) headerMonth = `${year}-${String(month).padStart(2, '0')}`;
    if (!headerDate && !headerMonth)
      messages.push(`date header "${header[0].trim()}" is not a real date; ignored`);
    text = text.slice(header[0].length);
  }
  return { text, meta: front.meta, headerDate, headerMonth, messages };
}

/**
 * Parses one decoded file (or the text taken out of a PDF or Word file) into the document every later
 * stage reads. Furniture lines are dropped before anything is found in the text, so spans index the result.
 * The article id comes from the file name unless the caller gives one.
 */
export function parseDocument(
  file: string,
  source: string | ExtractedText,
  id: string = articleIdFor(file),
): ParsedDoc {
  const format = formatOf(file) ?? 'text';
  const parsed =
    typeof source !== 'string'
      ? { ...fromExtracted(source), headerDate: null, headerMonth: null }
      : format === 'html'
        ? { ...fromHtml(source), headerDate: null, headerMonth: null }
        : fromText(source);
  parsed.text = dropFurniture(parsed.text).text;
  const meta = parsed.meta ?? EMPTY_META;
  const anchor = meta.date ?? parsed.headerDate ?? dateFromUrl(meta.url)?.day ?? null;
  const live = detectLiveBlog(parsed.text, id, anchor);
  const kind = live.entries.length > 0 ? 'liveblog' : 'article';
  const fallback = file.split('/').pop() ?? file;
  const outletCue = findOutlet(parsed.text, meta.url);
  return {
    id,
    file,
    text: parsed.text,
    format,
    meta,
    headerDate: parsed.headerDate,
    headerMonth: parsed.headerMonth,
    title: meta.title
      ? clip(meta.title, MAX_TITLE, MAX_TITLE)
      : titleFromText(parsed.text, fallback, outletCue?.name ?? null, meta.url ?? null),
    outletCue,
    kind,
    entries: live.entries,
    messages: [...parsed.messages, ...live.messages],
  };
}
