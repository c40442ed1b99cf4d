/**
 * The outlet that published an article, from cues in the text ("(The Hill) –" dateline, a copyright line,
 * "joining the BBC's live coverage", a "BBC Brussels correspondent" byline) or from the URL host, matched
 * against data/reference/outlets.json. Agency credits ("With Reuters, AP and AFP") are sources, not the outlet.
 */
import { z } from 'zod';
import table from '../../../../data/reference/outlets.json' with { type: 'json' };

/** An outlet and the cue it was read from. */
export interface OutletCue {
  name: string;
  source: 'text' | 'url';
  evidence: string;
}

const OutletTableSchema = z.object({
  outlets: z.array(
    z.object({ name: z.string().min(1), hosts: z.array(z.string()), aliases: z.array(z.string()) }),
  ),
});

const OUTLETS = OutletTableSchema.parse(table).outlets;
const BY_ALIAS = new Map<string, string>();
for (const outlet of OUTLETS) {
  for (const alias of [outlet.name, ...outlet.aliases]) BY_ALIAS.set(alias.toLowerCase(), outlet.name);
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

function fromDateline(text: string): OutletCue | null {
  const m = DATELINE.exec(text.slice(0, 300).trimStart());
  if (!m) return null;
  const name = m[1]!.trim();
  const known = knownOutlet(name);
  if (!known && !/^(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}$/.test(name)) return null;
  return { name: known ?? name, source: 'text', evidence: m[0].trim() };
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

/** The outlet whose host serves `url` (subdomains included), or null. */
export function outletFromUrl(url: string | null): OutletCue | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const outlet = OUTLETS.find((o) => o.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return outlet ? { name: outlet.name, source: 'url', evidence: host } : null;
}

/** The outlet named by cues in `text`, else by the URL host, else null. */
export function findOutlet(text: string, url: string | null): OutletCue | null {
  return (
    fromDateline(text) ??
    fromPattern(text, COVERAGE) ??
    fromCopyright(text) ??
    fromPattern(text, BYLINE) ??
    outletFromUrl(url)
  );
}
