/**
 * YAML front matter (`---` ... `---` at the top of a .txt/.md file) holding the user's metadata:
 * title, outlet, url, date, author. The user's word wins over extraction, but values that cannot be right
 * (an impossible date, a URL that is not http(s)) are dropped with a warning instead of trusted.
 */
import { parse } from 'yaml';
import type { Day } from '../../../domain/schema';
import type { UserMeta } from '../../types';
import { makeDay } from '../dates/find-dates';

/** Metadata with nothing known. */
export const EMPTY_META: UserMeta = { title: null, outlet: null, url: null, date: null, author: null };

/** Front matter split off a text: the metadata, where the body starts, and warnings. */
export interface FrontMatter {
  meta: UserMeta;
  bodyStart: number;
  messages: string[];
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Reads a metadata date: YYYY-MM-DD, optionally followed by a time; anything else is not a date. */
export function metaDate(value: unknown): Day | null {
  const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(text);
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function text(value: unknown): string | null {
  if (Array.isArray(value))
    return (
      value
        .map((v) => text(v))
        .filter(Boolean)
        .join(', ') || null
    );
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  return null;
}

/** Checks user metadata values and returns the trustworthy ones, with a warning for each one dropped. */
export function cleanMeta(
  raw: Record<string, unknown>,
  where: string,
): { meta: UserMeta; messages: string[] } {
  const messages: string[] = [];
  const meta: UserMeta = {
    title: text(raw.title),
    outlet: text(raw.outlet),
    author: text(raw.author ?? raw.authors),
    url: null,
    date: null,
  };
  const url = text(raw.url);
  if (url && /^https?:\/\/[^\s]+$/i.test(url)) meta.url = url;
  else if (url) messages.push(`${where} url "${url.slice(0, 80)}" is not an http(s) address; ignored`);
  if (raw.date !== undefined && raw.date !== null) {
    meta.date = metaDate(raw.date);
    if (!meta.date)
      messages.push(`${where} date "${String(raw.date).slice(0, 40)}" is not a real date; ignored`);
  }
  return { meta, messages };
}

/** Splits YAML front matter off the top of `source`; a broken block is skipped with a warning, body kept. */
export function splitFrontMatter(source: string): FrontMatter {
  const block = BLOCK.exec(source);
  if (!block) return { meta: EMPTY_META, bodyStart: 0, messages: [] };
  const bodyStart = block[0].length;
  let raw: unknown;
  try {
    raw = parse(block[1]!, { prettyErrors: false, maxAliasCount: 10 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'unreadable';
    return { meta: EMPTY_META, bodyStart, messages: [`front matter is not valid YAML (${reason}); ignored`] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      meta: EMPTY_META,
      bodyStart,
      messages: ['front matter is not a list of key: value pairs; ignored'],
    };
  }
  const { meta, messages } = cleanMeta(raw as Record<string, unknown>, 'front-matter');
  return { meta, bodyStart, messages };
}
