/**
 * A saved web page read as an article: `@mozilla/readability` finds the main content over a linkedom DOM,
 * so menus, "Most read" boxes, related links, comments, cookie notices and footers never reach the text.
 * Live pages, whose timestamped entries Readability may cut, are read from the element holding all their
 * stamps instead. When neither finds the content, today's whole-page reader (`html.ts`) is used, with a
 * warning.
 */
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { detectLiveBlog } from '../liveblog/detect-liveblog';
import { parseStamp } from '../liveblog/stamps';
import { all, parsePage, type PageDocument, type PageElement } from './dom';
import { htmlToText } from './html';
import { pageMetadata, type PageMeta } from './page-metadata';

/** The article text of a page, its metadata, and how it was read. */
export interface ReadablePage {
  text: string;
  meta: PageMeta;
  via: 'readability' | 'live' | 'whole-page';
  messages: string[];
}

/**
 * Readability's work grows faster than the page (a 300-deep nest takes a second); pages past these bounds
 * are read whole. Real news pages are a few thousand elements, a few dozen deep.
 */
const MAX_DEPTH = 120;
const MAX_ELEMENTS = 15_000;
/** Below this many characters, what Readability kept is not an article. */
const MIN_ARTICLE = 140;
/** Above this share of link text, what Readability kept is navigation. */
const MAX_LINK_SHARE = 0.5;
/** A live entry with less body than this is a ticker line ("10:35 Headline"), not a post. */
const MIN_ENTRY_BODY = 120;
const LIVE_FURNITURE =
  'nav, footer, aside, form, button, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [aria-hidden="true"], [hidden]';
const FURNITURE_CLASS =
  /cookie|consent|newsletter|promo|related|most-?read|share|social|comment|advert|sponsor/i;

function shape(html: string): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        max = Math.max(max, ++depth);
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { depth: max, elements };
}

/** Live entries with a real body; a page with two or more is a live page. */
function postCount(text: string, anchor: string | null): number {
  return detectLiveBlog(text, 'page', anchor).entries.filter((e) => e.end - e.textStart >= MIN_ENTRY_BODY)
    .length;
}

function day(publishedTime: string | null): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(publishedTime ?? '')?.[0] ?? null;
}

/** The innermost elements whose whole text is a stamp, children before parents (reverse document order). */
function stampElements(body: PageElement): PageElement[] {
  const holders = new Set<PageElement>();
  const stamps: PageElement[] = [];
  for (const el of all(body, '*').reverse()) {
    if (Array.from(el.children).some((c) => holders.has(c))) {
      holders.add(el);
      continue;
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length <= 400 && parseStamp(text)) {
      holders.add(el);
      stamps.push(el);
    }
  }
  return stamps;
}

function ancestors(el: PageElement): PageElement[] {
  const chain: PageElement[] = [];
  for (let e: PageElement | null = el; e; e = e.parentElement) chain.push(e);
  return chain.reverse();
}

/** The text of the smallest element holding every stamp, with furniture boxes inside it removed. */
function liveText(doc: PageDocument): string | null {
  if (!doc.body) return null;
  const stamps = stampElements(doc.body);
  if (stamps.length < 2) return null;
  let shared = ancestors(stamps[0]!);
  for (const s of stamps.slice(1)) {
    const chain = ancestors(s);
    let i = 0;
    while (i < shared.length && i < chain.length && shared[i] === chain[i]) i++;
    shared = shared.slice(0, i);
  }
  const container = shared[shared.length - 1];
  if (!container) return null;
  const keep = new Set(stamps.flatMap(ancestors));
  for (const el of all(container, LIVE_FURNITURE)) if (!keep.has(el)) el.remove();
  for (const el of all(container, '[class], [id]')) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_CLASS.test(name) && !keep.has(el)) el.remove();
  }
  return htmlToText(container.outerHTML).text;
}

/** A byline Readability found in the text ("By A. Writer"), when it is short enough to be one. */
function bylineOf(raw: string | null | undefined): string | null {
  const byline = (raw ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  return byline && byline.length <= 120 ? byline : null;
}

/** True when most of the text is link text: a menu or a list of headlines, not an article. */
function mostlyLinks(html: string): boolean {
  // Readability's content is a fragment: linkedom makes its outer element the document element.
  const doc = parsePage(html);
  const total = (doc.documentElement.textContent ?? '').replace(/\s+/g, '').length;
  const links = all(doc, 'a').reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return total === 0 || links / total > MAX_LINK_SHARE;
}

/** Readability's article as text; null when it kept too little to be the article of this page. */
function readability(doc: PageDocument, whole: string): { text: string; byline: string | null } | null {
  try {
    const article = new Readability(doc as never, { maxElemsToParse: MAX_ELEMENTS }).parse();
    const text = article?.content ? htmlToText(article.content).text : '';
    // A short page (a statement, a brief) may be shorter than any threshold; then most of it must be kept.
    const enough = text.length >= Math.min(MIN_ARTICLE, whole.length / 2) && text.trim() !== '';
    return enough && !mostlyLinks(article!.content!) ? { text, byline: bylineOf(article?.byline) } : null;
  } catch {
    return null;
  }
}

function merged(meta: PageMeta, whole: ReturnType<typeof htmlToText>): PageMeta {
  return {
    title: meta.title ?? whole.title,
    byline: meta.byline,
    siteName: meta.siteName ?? whole.siteName,
    canonicalUrl: meta.canonicalUrl ?? whole.canonicalUrl,
    publishedTime: meta.publishedTime ?? whole.publishedTime,
  };
}

/** Reads the article of a saved page; never throws on a page, however broken. */
export function readPage(html: string): ReadablePage {
  const whole = htmlToText(html);
  const wholeMeta: PageMeta = { ...whole, byline: null };
  const fallback = (why: string): ReadablePage => ({
    text: whole.text,
    meta: wholeMeta,
    via: 'whole-page',
    messages: [`${why}; the whole page text was kept (menus and footers may be in it)`],
  });
  const { depth, elements } = shape(html);
  if (depth > MAX_DEPTH || elements > MAX_ELEMENTS)
    return fallback(
      `the page is too ${depth > MAX_DEPTH ? `deeply nested (${depth} levels)` : `large (${elements} elements)`} to find its main content`,
    );
  let meta: PageMeta;
  let doc: PageDocument;
  try {
    doc = parsePage(html);
    meta = merged(pageMetadata(doc), whole);
  } catch {
    return fallback('the page could not be parsed to find its main content');
  }
  const anchor = day(meta.publishedTime);
  const posts = postCount(whole.text, anchor);
  const article = readability(doc, whole.text);
  if (article && postCount(article.text, anchor) >= posts)
    return {
      text: article.text,
      meta: { ...meta, byline: meta.byline ?? article.byline },
      via: 'readability',
      messages: [],
    };
  if (posts >= 2) {
    const live = liveText(parsePage(html));
    if (live && postCount(live, anchor) >= posts) return { text: live, meta, via: 'live', messages: [] };
  }
  return { ...fallback('the main content of the page could not be found'), meta };
}
