/**
 * One decoded file to a ParsedDoc: metadata taken off the top (YAML front matter or a ` date YYYY-MM-DD`
 * header, or an HTML head), HTML converted to text, the title found, and live-page entries split out.
 * `text` is kept verbatim otherwise, so every quote stays a substring of what the user saved.
 */
import type { ParsedDoc, UserMeta } from '../../types';
import { articleIdFor } from '../../ids';
import { makeDay } from '../dates/find-dates';
import { dateFromUrl } from '../dates/url-date';
import { EMPTY_META, cleanMeta, splitFrontMatter } from './front-matter';
import { htmlToText } from './html';
import { detectLiveBlog } from '../liveblog/detect-liveblog';

/** The input format a file name implies, or null for a type the pipeline does not read. */
export function formatOf(file: string): ParsedDoc['format'] | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

const HEADER = /^[ \t]*date:?[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])[ \t]*/i;
const LIVE_INTRO =
  /^(summary|key points|key events|key developments|latest|live|live updates|what we know)$/i;
const BULLET = /^[•*·▪–-]\s+/;
const DATELINE = /^(?:[A-Z][A-Za-z .,'’-]{0,40})?\([A-Za-z][^)]{1,40}\)\s*[–—-]+\s*/;
const ABBREVIATION =
  /\b(Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Prof|No|U\.S|U\.K|U\.N|E\.U|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/;
const MAX_TITLE = 300;

function firstSentence(line: string): string {
  const re = /[.!?]["”’]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (const m of line.matchAll(re)) {
    if (!ABBREVIATION.test(line.slice(0, m.index))) return line.slice(0, m.index + m[0].length);
  }
  return line;
}

function clip(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2))}…`;
}

/** A title from the text: the first line's first sentence, or a live page's first summary bullet. */
export function titleFromText(text: string, fallback: string): string {
  const lines = text
    .slice(0, 20_000)
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);
  const first = lines[0];
  if (!first) return fallback;
  if (LIVE_INTRO.test(first) || BULLET.test(first)) {
    const bullet = lines.find((l) => BULLET.test(l));
    if (bullet) return clip(bullet.replace(BULLET, '').trim());
  }
  const line = first
    .replace(/^#{1,6}\s+/, '')
    .replace(DATELINE, '')
    .trim();
  return clip(firstSentence(line || first)) || fallback;
}

function fromHtml(source: string): { text: string; meta: UserMeta; messages: string[] } {
  const page = htmlToText(source);
  const { meta, messages } = cleanMeta(
    {
      title: page.title,
      outlet: page.siteName,
      url: page.canonicalUrl,
      date: page.publishedTime ?? undefined,
    },
    'page',
  );
  return { text: page.text, meta, messages };
}

function fromText(source: string): {
  text: string;
  meta: UserMeta;
  headerDate: string | null;
  messages: string[];
} {
  const front = splitFrontMatter(source);
  let text = source.slice(front.bodyStart);
  if (front.bodyStart > 0) text = text.replace(/^\n+/, '');
  const messages = [...front.messages];
  let headerDate: string | null = null;
  const header = HEADER.exec(text);
  if (header) {
    headerDate = makeDay(Number(header[1]), Number(header[2]), Number(header[3]));
    if (!headerDate) messages.push(`date header "${header[0].trim()}" is not a real date; ignored`);
    text = text.slice(header[0].length);
  }
  return { text, meta: front.meta, headerDate, messages };
}

/** Parses one decoded file into the document every later stage reads. */
export function parseDocument(file: string, source: string): ParsedDoc {
  const format = formatOf(file) ?? 'text';
  const id = articleIdFor(file);
  const parsed = format === 'html' ? { ...fromHtml(source), headerDate: null } : fromText(source);
  const meta = parsed.meta ?? EMPTY_META;
  const anchor = meta.date ?? parsed.headerDate ?? dateFromUrl(meta.url)?.day ?? null;
  const live = detectLiveBlog(parsed.text, id, anchor);
  const kind = live.entries.length > 0 ? 'liveblog' : 'article';
  const fallback = file.split('/').pop() ?? file;
  return {
    id,
    file,
    text: parsed.text,
    format,
    meta,
    headerDate: parsed.headerDate,
    // A title from metadata is cut too: a label, never a place to hide the body (issue 13).
    title: meta.title ? clip(meta.title) : titleFromText(parsed.text, clip(fallback)),
    kind,
    entries: live.entries,
    messages: [...parsed.messages, ...live.messages],
  };
}
