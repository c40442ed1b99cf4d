/**
 * The outlet that published an article. With the page's URL, the site serving it is the outlet: its host in
 * data/reference/outlets.json (the most specific host wins: english.alarabiya.net before alarabiya.net),
 * else the site's own name from its domain. A wire story a site runs ("(Reuters) –", "This article first
 * appeared in …") is credited to the site that published the page: the wire or first publisher is a source.
 * Only a digital newsstand (Magzter, PressReader), which shows a publication's own edition, is credited to
 * that publication, named in the URL path or as the masthead line. Without a URL, cues in the text decide:
 * a "(The Hill) –" dateline (or a later "MOSCOW, Feb 20 (Reuters) -" one), a masthead line, a copyright line, "joining the BBC's live coverage", a "BBC Brussels
 * correspondent" byline. Agency credits ("With Reuters, AP and AFP") are sources, not the outlet.
 */
import { parse } from 'tldts';
import { z } from 'zod';
import table from '../../../../data/reference/outlets.json' with { type: 'json' };
import type { OutletCue } from '../../types';
import { siteName } from './site-name';

const OutletTableSchema = z.object({
  outlets: z.array(
    z.object({
      name: z.string().min(1),
      hosts: z.array(z.string()),
      aliases: z.array(z.string()),
      newsstand: z.boolean().optional(),
    }),
  ),
});

type Outlet = z.infer<typeof OutletTableSchema>['outlets'][number];

const OUTLETS = OutletTableSchema.parse(table).outlets;
const BY_ALIAS = new Map<string, string>();
const BY_HOST = new Map<string, Outlet>();
for (const outlet of OUTLETS) {
  for (const alias of [outlet.name, ...outlet.aliases]) BY_ALIAS.set(alias.toLowerCase(), outlet.name);
  for (const host of outlet.hosts) BY_HOST.set(host, outlet);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ALIASES = [...new Set(OUTLETS.flatMap((o) => [o.name, ...o.aliases]))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const BYLINE = new RegExp(
  `(?:^|[\\s,(])(${ALIASES})(?:['’]s)?[ \\t]+(?:[A-Z][\\w-]*[ \\t]+){0,3}(?:[a-z]+[ \\t]+){0,2}(?:correspondent|editor|reporter)\\b`,
  'm',
);
const COVERAGE = new RegExp(
  `\\b(?:joining|following|welcome to|reading)[ \\t]+(?:the[ \\t]+)?(${ALIASES})['’]s[ \\t]+(?:[a-z-]+[ \\t]+){0,4}(?:coverage|blog|page)`,
  'i',
);
const COPYRIGHT_LINE = /(?:©|\(c\)|copyright|\[(?:19|20)\d{2}\]|all rights reserved)/i;
const COPYRIGHT_NAME = new RegExp(`(?:^|[^\\w])(${ALIASES})(?![\\w])`);
const DATELINE = /^[^\n(]{0,40}\(([A-Z][^)\n]{1,40})\)[ \t]*[–—-]/;

/** The display name of an outlet known by `name`, or null when the table does not know it. */
export function knownOutlet(name: string): string | null {
  return BY_ALIAS.get(name.trim().toLowerCase()) ?? null;
}

/** Lines of the page's top where a dateline or a masthead stands (headline, photo caption, dateline...). */
const TOP_CHARS = 1500;

function fromDateline(text: string): OutletCue | null {
  const m = DATELINE.exec(text.slice(0, 300).trimStart());
  if (m) {
    const name = m[1]!.trim();
    const known = knownOutlet(name);
    if (known || /^(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}$/.test(name))
      return { name: known ?? name, source: 'text', evidence: m[0].trim() };
  }
  // Under a headline and a caption: "MOSCOW, Feb 20 (Reuters) -" opening a later paragraph, a known name only.
  for (const line of text.slice(0, TOP_CHARS).split('\n').slice(1)) {
    const later = DATELINE.exec(line.trim());
    const known = later && knownOutlet(later[1]!.trim());
    if (known) return { name: known, source: 'text', evidence: later[0].trim() };
  }
  return null;
}

/** A masthead: one of the first lines is exactly a known outlet's name ("The Guardian"). */
function fromMasthead(text: string): OutletCue | null {
  const lines = text
    .slice(0, TOP_CHARS)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 5);
  for (const line of lines) {
    const name = line.length >= 4 ? knownOutlet(line) : null;
    if (name) return { name, source: 'text', evidence: line };
  }
  return null;
}

function fromCopyright(text: string): OutletCue | null {
  for (const line of text.split('\n')) {
    const t = line.trim();
    // Photo credits ("© AP Photo/...") name the picture agency, not the publisher.
    if (t.length > 120 || !COPYRIGHT_LINE.test(t) || /photo|image|picture|getty|illustration/i.test(t))
      continue;
    const m = COPYRIGHT_NAME.exec(t);
    const name = m && knownOutlet(m[1]!);
    if (name) return { name, source: 'text', evidence: t };
  }
  return null;
}

function fromPattern(text: string, re: RegExp): OutletCue | null {
  const m = re.exec(text);
  const name = m && knownOutlet(m[1]!);
  return name ? { name, source: 'text', evidence: m[0].trim() } : null;
}

/** The host name of `url`, lower-cased and without a trailing dot, or null when there is none. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/** The table's outlet for `host` or its nearest listed parent domain (`feeds.bbci.co.uk` -> `bbci.co.uk`). */
function outletForHost(host: string): Outlet | null {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const outlet = BY_HOST.get(h);
    if (outlet) return outlet;
  }
  return null;
}

/** The publication a newsstand page shows: a URL path segment ("/The-Guardian/") or a masthead line. */
function publicationOn(newsstand: Outlet, url: string, text: string): OutletCue | null {
  const path = new URL(url).pathname.split('/').map((seg) => decodeURIComponent(seg).replace(/[-_+]+/g, ' '));
  for (const seg of path) {
    const name = knownOutlet(seg);
    if (name && name !== newsstand.name) return { name, source: 'url', evidence: seg };
  }
  for (const line of text.split('\n', 12)) {
    const name = knownOutlet(line);
    if (name && name !== newsstand.name) return { name, source: 'text', evidence: line.trim() };
  }
  return null;
}

/** A host name standing as the first segment of the path, with the page below it: a copy of that site kept on a
 *  storage or cache host ("https://bucket.storage.example.com/news.example.org/story.html"), or null. A file's
 *  name there ("/page.html") has no registered suffix, and a site's own folder has no dot. */
function mirroredHost(url: string): string | null {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase().replace(/^www\./, '');
  if (!first || segments.length < 2 || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(first)) return null;
  const parsed = parse(first);
  return parsed.isIcann && parsed.domain !== null ? first : null;
}

/** The outlet whose host serves `url` (subdomains included, the most specific listed host first), or null. */
export function outletFromUrl(url: string | null): OutletCue | null {
  const host = hostOf(url);
  const outlet = host && outletForHost(host.replace(/^www\./, ''));
  return outlet ? { name: outlet.name, source: 'url', evidence: host } : null;
}

/** The outlet of the page at `url` (the table, a newsstand's publication, the site's own name), else text cues. */
export function findOutlet(text: string, url: string | null): OutletCue | null {
  const host = hostOf(url);
  if (url && host) {
    const outlet = outletForHost(host.replace(/^www\./, ''));
    if (outlet?.newsstand)
      return publicationOn(outlet, url, text) ?? { name: outlet.name, source: 'url', evidence: host };
    if (outlet) return { name: outlet.name, source: 'url', evidence: host };
    const mirrored = mirroredHost(url);
    if (mirrored) {
      const name = outletForHost(mirrored)?.name ?? siteName(`https://${mirrored}/`, text);
      if (name) return { name, source: 'url', evidence: mirrored };
    }
    const name = siteName(url, text);
    if (name) return { name, source: 'url', evidence: host };
  }
  return (
    fromDateline(text) ??
    fromMasthead(text) ??
    fromPattern(text, COVERAGE) ??
    fromCopyright(text) ??
    fromPattern(text, BYLINE)
  );
}
