/**
 * What a saved news page says about itself: title, byline, site name, canonical URL and publication time,
 * from its meta tags (Open Graph, article:*, Dublin Core, itemprop) and its JSON-LD (`NewsArticle` and
 * kin, including `@graph` arrays and lists of blocks). The first source that gives a value wins, in the
 * order a publisher is most careful about: JSON-LD and Open Graph before generic tags and `<title>`.
 */
import { all, type PageDocument } from './dom';

/** Metadata of one page; null where the page does not say. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  publishedTime: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle)$/;
/** A JSON-LD block bigger than this is not metadata; it is skipped unparsed. */
const MAX_JSON_LD = 1_000_000;
const DATE_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
];

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text || null;
}

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in a JSON-LD value: top-level arrays and `@graph` arrays are flattened. */
function nodesOf(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 4) return out;
  if (Array.isArray(value)) for (const v of value) nodesOf(v, out, depth + 1);
  else if (value && typeof value === 'object') {
    out.push(value as Json);
    nodesOf((value as Json)['@graph'], out, depth + 1);
  }
  return out;
}

function jsonLdArticle(doc: PageDocument): Json | null {
  const nodes: Json[] = [];
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    const source = (script.textContent ?? '').replace(
      /^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g,
      '',
    );
    if (source.length > MAX_JSON_LD) continue;
    try {
      nodesOf(JSON.parse(source), nodes);
    } catch {
      // A broken block is the publisher's mistake; the page's other metadata still counts.
    }
  }
  return nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

/** A name from a JSON-LD person or organisation, a list of them, or a plain string. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) =>
      typeof v === 'string' ? clean(v) : v && typeof v === 'object' ? clean((v as Json).name) : null,
    )
    .filter((v): v is string => v !== null);
  return list.length > 0 ? [...new Set(list)].join(', ') : null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (value && typeof value === 'object') return clean((value as Json)['@id']) ?? clean((value as Json).url);
  return null;
}

function metaContent(doc: PageDocument, keys: string[]): string | null {
  const tags = all(doc, 'meta');
  for (const key of keys) {
    for (const tag of tags) {
      const name = (
        tag.getAttribute('property') ??
        tag.getAttribute('name') ??
        tag.getAttribute('itemprop') ??
        ''
      )
        .toLowerCase()
        .trim();
      if (name === key) {
        const content = clean(tag.getAttribute('content'));
        if (content) return content;
      }
    }
  }
  return null;
}

/** `<title>` without a trailing " | Site" or " - Site" naming the site. */
function documentTitle(doc: PageDocument, siteName: string | null): string | null {
  const title = clean(doc.title);
  if (!title || !siteName) return title;
  const suffix = new RegExp(`\\s*[|–—:-]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return title.replace(suffix, '').trim() || title;
}

function byPrefix(byline: string | null): string | null {
  return byline ? byline.replace(/^by\s+/i, '').trim() || null : null;
}

/** Reads a page's own metadata from its head and JSON-LD. */
export function pageMetadata(doc: PageDocument): PageMeta {
  const ld = jsonLdArticle(doc);
  const siteName = metaContent(doc, ['og:site_name']) ?? names(ld?.publisher) ?? null;
  const canonical = all(doc, 'link[rel]').find((l) =>
    (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const authorMeta = metaContent(doc, ['author', 'article:author', 'dc.creator', 'parsely-author']);
  const timeTag = all(doc, 'time[datetime]').find(
    (t) => t.getAttribute('itemprop') === 'datePublished' || t.getAttribute('pubdate') !== null,
  );
  return {
    title:
      clean(ld?.headline) ??
      metaContent(doc, ['og:title', 'twitter:title', 'title']) ??
      documentTitle(doc, siteName),
    byline: byPrefix(names(ld?.author) ?? (authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : null)),
    siteName,
    canonicalUrl:
      clean(canonical?.getAttribute('href')) ??
      metaContent(doc, ['og:url']) ??
      urlOf(ld?.url) ??
      urlOf(ld?.mainEntityOfPage),
    publishedTime:
      clean(ld?.datePublished) ??
      metaContent(doc, DATE_NAMES) ??
      clean(timeTag?.getAttribute('datetime')) ??
      clean(ld?.dateCreated),
  };
}
