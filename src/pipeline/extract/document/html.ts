/**
 * HTML to plain text with htmlparser2: scripts, styles, frames and other non-content elements are dropped
 * unread (nothing from the page is ever executed or kept as markup), block elements become paragraphs
 * separated by blank lines, and the page's title, site name, publication time and canonical URL are kept
 * as metadata.
 */
import { Parser } from 'htmlparser2';
import { boundNesting } from './html-depth';

/** What an HTML page yields: its text and the metadata found in its head. */
export interface HtmlPage {
  text: string;
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
}

const DROPPED = new Set([
  'title',
  'script',
  'style',
  'iframe',
  'noscript',
  'svg',
  'template',
  'object',
  'embed',
  'canvas',
  'head',
  'select',
  'button',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'dl',
  'dt',
  'dd',
  'address',
  'details',
  'summary',
  'form',
  'fieldset',
  'body',
  'html',
]);

/** Converts an HTML document to text paragraphs plus head metadata. */
export function htmlToText(html: string): HtmlPage {
  const page: HtmlPage = { text: '', title: null, siteName: null, publishedTime: null, canonicalUrl: null };
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  // Only the document's own first <title> names it; a <title> inside inline SVG or MathML labels a picture.
  let foreignDepth = 0;
  let titleSeen = false;
  let preDepth = 0;
  const flush = () => {
    const cleaned = current
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .trim();
    if (cleaned) paragraphs.push(cleaned);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'svg' || name === 'math') foreignDepth++;
        if (name === 'title' && foreignDepth === 0 && !titleSeen) inTitle = titleSeen = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          const content = attrs.content?.trim() || null;
          if (key === 'og:site_name') page.siteName ??= content;
          if (key === 'article:published_time' || key === 'date' || key === 'pubdate')
            page.publishedTime ??= content;
          if (key === 'og:url') page.canonicalUrl ??= content;
        }
        if (name === 'link' && attrs.rel?.toLowerCase().split(/\s+/).includes('canonical') && attrs.href) {
          page.canonicalUrl = attrs.href.trim();
        }
        if (DROPPED.has(name)) skipDepth++;
        else if (skipDepth === 0 && name === 'br') current += '\n';
        else if (skipDepth === 0 && BLOCKS.has(name)) flush();
        if (name === 'pre') preDepth++;
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0) return;
        current += preDepth > 0 ? data : data.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'svg' || name === 'math') foreignDepth = Math.max(0, foreignDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (DROPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(boundNesting(html));
  parser.end();
  flush();
  page.text = paragraphs.join('\n\n');
  page.title = title.replace(/\s+/g, ' ').trim() || null;
  return page;
}
