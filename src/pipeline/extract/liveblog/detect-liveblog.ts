/**
 * Live pages: a page with two or more timestamp lines ("...published at 10:35 GMT 15 February 2022",
 * "Posted at 14:05 BST", "2022-02-15T10:35Z" on its own line) is split into entries. Each entry runs from its
 * heading block (an "N." marker, a label line, the stamp line) to the next entry; summary bullets before the
 * first stamp belong to no entry. Times are converted to UTC from the zone written beside them.
 */
import type { Day, Entry } from '../../../domain/schema';
import { entryIdFor, normaliseForId } from '../../ids';
import { findDates } from '../dates/find-dates';
import { parseStamp, type Stamp } from './stamps';

/** How much of an entry without a headline names it in its id. */
const ENTRY_KEY_CHARS = 200;

const LABELS =
  /^(breaking|analysis|update|updated|explainer|watch|video|opinion|fact check|key event|pinned|live)$/i;
const MARKER = /^\s*\d{1,3}\.\s*/;
const BYLINE_ROLE =
  /\b(correspondent|editor|reporter|analyst|journalist|producer|presenter|writer|staff|in [A-Z]\w+)\b/;

interface Line {
  start: number;
  end: number;
  text: string;
}

const DATE_WORD =
  /\d{4}-\d\d-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow)/i;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, end: start + raw.length, text: raw });
    start += raw.length + 1;
  }
  return lines;
}

/** The next non-blank line index at or after `i` (or -1), and whether a blank line was skipped. */
function nextFilled(lines: Line[], i: number, step: 1 | -1): number {
  for (let j = i; j >= 0 && j < lines.length; j += step) if (lines[j]!.text.trim()) return j;
  return -1;
}

function labelOf(line: Line | undefined): string | null {
  if (!line) return null;
  const bare = line.text.replace(MARKER, '').trim();
  return LABELS.test(bare) ? bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase() : null;
}

function isHeadlineLike(line: Line | undefined): boolean {
  const t = line?.text.trim() ?? '';
  return (
    t.length > 0 && t.length <= 160 && !/[.!?]["”’]?$/.test(t) && parseStamp(t) === null && !labelOf(line)
  );
}

/** A date heading line such as "Tuesday 15 February 2022", used for stamps that give only a time. */
function dateHeading(line: Line): Day | null {
  const t = line.text.trim();
  // Cheap guards first: a heading that is one whole date holds a digit and an ISO date, a month or a day name.
  if (t.length > 40 || !/\d/.test(t) || !DATE_WORD.test(t)) return null;
  const hits = findDates(t, null);
  return hits.length === 1 && hits[0]!.end - hits[0]!.start >= t.length - 1 ? hits[0]!.date : null;
}

function toInstant(day: Day, stamp: Stamp): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d, stamp.hour, stamp.minute) - stamp.offsetMinutes * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Result of live-page detection: entries (empty when the text is not a live page) and notes for the report. */
export interface LiveBlog {
  entries: Entry[];
  messages: string[];
}

/** Splits a live page into entries; `anchor` dates stamps that give a time but no day and no heading does. */
export function detectLiveBlog(text: string, articleId: string, anchor: Day | null): LiveBlog {
  const lines = linesOf(text);
  const found: { index: number; stamp: Stamp; day: Day | null }[] = [];
  let headingDay: Day | null = null;
  lines.forEach((line, index) => {
    const stamp = parseStamp(line.text);
    if (stamp) found.push({ index, stamp, day: stamp.day ?? headingDay ?? anchor });
    else headingDay = dateHeading(line) ?? headingDay;
  });
  if (found.length < 2) return { entries: [], messages: [] };
  const messages: string[] = [];
  if (found.some((f) => !f.day)) messages.push('some live-page times have no date and were left out');
  if (found.some((f) => f.stamp.zoneless))
    messages.push('live-page times without a time zone were read as UTC');
  const heads = found.filter((f) => f.day).map((f) => headOf(lines, f.index, f.stamp, f.day!));
  const seen = new Map<string, number>();
  return {
    messages,
    entries: heads.map((head, k) => {
      const next = heads[k + 1];
      const end = next ? next.start : text.length;
      const trimmedEnd = head.textStart + text.slice(head.textStart, end).trimEnd().length;
      // What the entry is, not where it sits: its time and headline, or its opening words when it has none.
      const key = normaliseForId(
        `${head.publishedAt}|${head.headline ?? text.slice(head.textStart, Math.min(end, head.textStart + ENTRY_KEY_CHARS))}`,
      );
      const repeat = (seen.get(key) ?? 0) + 1;
      seen.set(key, repeat);
      return {
        id: entryIdFor(articleId, key, repeat),
        publishedAt: head.publishedAt,
        headline: head.headline,
        label: head.label,
        byline: head.byline,
        start: head.start,
        end: Math.max(trimmedEnd, head.textStart),
        textStart: Math.min(head.textStart, end),
      };
    }),
  };
}

interface Head {
  start: number;
  textStart: number;
  publishedAt: string;
  headline: string;
  label: string | null;
  byline: string | null;
}

function headOf(lines: Line[], index: number, stamp: Stamp, day: Day): Head {
  const line = lines[index]!;
  let startLine = index;
  let label: string | null = null;
  let headline = line.text.slice(0, stamp.index).replace(MARKER, '').trim();
  const before = nextFilled(lines, index - 1, -1);
  if (
    before >= 0 &&
    (MARKER.test(lines[before]!.text) || labelOf(lines[before])) &&
    !parseStamp(lines[before]!.text)
  ) {
    const marker = lines[before]!.text.replace(MARKER, '').trim();
    if (!marker || labelOf(lines[before])) {
      startLine = before;
      label = labelOf(lines[before]);
    }
  }
  let cursor = index + 1;
  if (!headline) {
    const after = nextFilled(lines, cursor, 1);
    if (after >= 0 && isHeadlineLike(lines[after])) {
      headline = lines[after]!.text.trim();
      cursor = after + 1;
    } else if (index > 0 && isHeadlineLike(lines[index - 1])) {
      headline = lines[index - 1]!.text.trim();
      startLine = Math.min(startLine, index - 1);
    }
  }
  const afterLabel = nextFilled(lines, cursor, 1);
  if (afterLabel >= 0 && labelOf(lines[afterLabel])) {
    label ??= labelOf(lines[afterLabel]);
    cursor = afterLabel + 1;
  }
  let byline: string | null = null;
  const name = nextFilled(lines, cursor, 1);
  const role = lines[name + 1];
  if (
    name >= 0 &&
    role &&
    isHeadlineLike(lines[name]) &&
    BYLINE_ROLE.test(role.text) &&
    isHeadlineLike(role)
  ) {
    if (lines[name]!.text.trim().split(/\s+/).length <= 5) {
      byline = `${lines[name]!.text.trim()}, ${role.text.trim()}`;
      cursor = name + 2;
    }
  }
  const body = nextFilled(lines, cursor, 1);
  const startText = lines[startLine]!;
  return {
    start: startText.start + (startText.text.length - startText.text.trimStart().length),
    textStart:
      body >= 0
        ? lines[body]!.start + (lines[body]!.text.length - lines[body]!.text.trimStart().length)
        : line.end,
    publishedAt: toInstant(day, stamp),
    headline,
    label,
    byline,
  };
}
