/**
 * A site's own name from its address, for hosts the outlet table does not know. The registrable domain
 * (public suffix list via `tldts`: `.co.uk`, `.com.tr`, `.org.ua`, blog hosts) loses its subdomains and
 * suffix; the label left is split into words ("timeplusnews" -> "Time Plus News"). Brand styling: a label
 * with digits or a clipped piece ("ex", "info") is written solid, each piece capitalised ("WorldHours24",
 * "ExBulletin"). When the split is unsure, or the label is only a generic word ("news.by"), the domain
 * itself is the name ("zmi.st"). If the page's text spells the name out ("Kenyan Digest"), that wins.
 */
import { parse } from 'tldts';
import { splitWords } from './split-words';

/** Pieces that brands glue to a word rather than write apart. */
const CLIPPED = new Set(['ex', 'info', 'tech', 'biz', 'hub', 'pro', 'indie', 'intel']);
/** Words that name no site by themselves ("news.by", "online.ua"). */
const GENERIC = new Set([
  'news',
  'online',
  'info',
  'media',
  'tv',
  'today',
  'daily',
  'press',
  'post',
  'live',
  'web',
]);
const ACRONYMS = new Set(['tv', 'uk', 'us', 'eu', 'un', 'usa', 'nato', 'ai']);
const EXTRA = new Set([...CLIPPED, ...ACRONYMS]);
const SMALL = new Set(['of', 'and', 'the', 'in', 'on', 'for', 'to', 'at', 'by']);

function capital(word: string, index: number): string {
  if (ACRONYMS.has(word) || !/[aeiouy]/.test(word)) return word.toUpperCase();
  if (index > 0 && SMALL.has(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Whether split words read as a name: a name does not end on a little word of two letters ("legis" is not
 * "Leg Is") nor run two of them together ("aitat" is not "A It At"); an acronym may stand anywhere.
 */
function plausibleName(words: readonly string[]): boolean {
  const little = (w: string | undefined) => w !== undefined && w.length <= 2 && !ACRONYMS.has(w);
  return (
    !(words.length > 1 && little(words.at(-1))) && !words.some((w, i) => little(w) && little(words[i + 1]))
  );
}

/** One hyphen-free part of a label ("worldhours24") as display words, or null when unsure. */
function namePart(part: string): string | null {
  const runs = part.match(/[a-z]+|\d+/g) ?? [];
  const pieces: string[] = [];
  for (const run of runs) {
    if (/^\d/.test(run)) pieces.push(run);
    else {
      const words = splitWords(run, EXTRA);
      if (!words || !plausibleName(words)) return null;
      pieces.push(...words);
    }
  }
  if (pieces.length === 0) return null;
  const solid = pieces.some((p) => /^\d/.test(p) || CLIPPED.has(p));
  const shown = pieces.map((p, i) => (solid ? capital(p, 0) : capital(p, i)));
  return shown.join(solid ? '' : ' ');
}

/** The registrable domain of a URL's host ("timeplusnews.com", "zmi.st"), or null for IPs and bad URLs. */
export function siteDomain(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const parsed = parse(host, { allowPrivateDomains: true });
  return parsed.isIp || !parsed.domain ? null : parsed.domain;
}

/** `label` as the page's text spells it with capitals ("Time Plus News", "WorldHours24"), or null. */
function spelledInText(label: string, text: string): string | null {
  if (label.length < 5) return null;
  const letters = [...label].map((c) => c.replace(/[^a-z0-9]/, '')).join('[ .-]?');
  const re = new RegExp(`(?<![\\p{L}\\d])${letters}(?![\\p{L}\\d])`, 'giu');
  // Styled by the site: capitals and small letters ("Kenyan Digest"), not a lower-case address or a shout.
  for (const m of text.slice(0, 20_000).matchAll(re))
    if (/[A-Z]/.test(m[0]) && /[a-z]/.test(m[0])) return m[0];
  return null;
}

/** The display name of the site serving `url`, from its domain (and its text, when that spells it), or null. */
export function siteName(url: string, text = ''): string | null {
  const domain = siteDomain(url);
  if (!domain) return null;
  const label = parse(domain, { allowPrivateDomains: true }).domainWithoutSuffix ?? '';
  if (!label) return domain;
  const spelled = spelledInText(label.replace(/-/g, ''), text);
  if (spelled) return spelled;
  if (GENERIC.has(label)) return domain;
  if (!/[aeiouy]/.test(label) && label.length <= 5) return label.toUpperCase();
  const parts = label.split('-').filter(Boolean).map(namePart);
  return parts.every((p): p is string => p !== null) ? parts.join(' ') : domain;
}
