/**
 * Timestamp lines of live pages: "published at 10:35 Greenwich Mean Time 15 February 2022" (possibly run on
 * after a headline), "Posted at 2:05pm BST", "Updated 14.05 GMT", and ISO date-times or "10:35 GMT" alone
 * on a line. Offsets are fixed per zone name: the crisis period is winter, but BST/CEST etc. are honoured
 * when written.
 */
import type { Day } from '../../../domain/schema';
import { findDates, makeDay } from '../dates/find-dates';

/** A parsed stamp; `index` is where the stamp phrase starts within its line. */
export interface Stamp {
  index: number;
  hour: number;
  minute: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
  day: Day | null;
  zoneless: boolean;
}

const ZONES: Record<string, number> = {
  'greenwich mean time': 0,
  'coordinated universal time': 0,
  gmt: 0,
  utc: 0,
  z: 0,
  'british summer time': 60,
  bst: 60,
  'central european time': 60,
  cet: 60,
  'central european summer time': 120,
  cest: 120,
  'eastern european time': 120,
  eet: 120,
  'kyiv time': 120,
  'eastern european summer time': 180,
  eest: 180,
  'moscow time': 180,
  msk: 180,
  'eastern standard time': -300,
  est: -300,
  'eastern daylight time': -240,
  edt: -240,
  // US "Eastern Time" without saying which: standard time, the crisis period being winter.
  'eastern time': -300,
  et: -300,
  'pacific standard time': -480,
  pst: -480,
  'pacific daylight time': -420,
  pdt: -420,
};

const ZONE = `(${Object.keys(ZONES)
  .filter((z) => z !== 'z')
  .sort((a, b) => b.length - a.length)
  .join('|')})(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?`;
const TIME = '(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?';
const LEAD = new RegExp(
  `(?:published|posted|updated|last updated)(?:\\s+at|\\s+on)?\\s+${TIME}\\s*(?:${ZONE})?`,
  'i',
);
const ALONE = new RegExp(`^\\s*${TIME}\\s*${ZONE}\\s*$`, 'i');
/** "7:25 p.m. ET, February 3, 2022": a time and zone with the day after a comma, alone on a line. */
const WITH_DAY = new RegExp(`^\\s*${TIME}\\s*${ZONE}\\s*,\\s*(?=\\S)`, 'i');
const ISO =
  /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$/i;

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function offsetOf(zone: string | undefined, sign: string | undefined, minutes: string | undefined): number {
  const base = zone ? (ZONES[zone.toLowerCase()] ?? 0) : 0;
  if (!sign) return base;
  const hours = Number(sign);
  return base + hours * 60 + Math.sign(hours || 1) * Number(minutes ?? 0);
}

function valid(hour: number, minute: number): boolean {
  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60;
}

function fromIso(line: string): Stamp | null {
  const m = ISO.exec(line);
  if (!m) return null;
  const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (!day || !valid(hour, minute)) return null;
  const zone = m[6]?.toUpperCase();
  const offset = zone && /^[+-]/.test(zone) ? offsetOf(undefined, zone.slice(0, 3), zone.slice(-2)) : 0;
  return { index: m.index, hour, minute, offsetMinutes: offset, day, zoneless: !zone };
}

/** Dates after stamps, by the text that follows the time: a live page repeats the same few thousands of
 *  times ("GMT 15 February 2022"), and finding a date is far costlier than a lookup. Bounded, so any page
 *  costs at most one lookup per line. */
const dayAfter = new Map<string, Day | null>();
const MAX_CACHED = 1_000;

function dayIn(rest: string): Day | null {
  const cached = dayAfter.get(rest);
  if (cached !== undefined) return cached;
  const date = findDates(rest, null).find((d) => d.precision === 'day' && !d.relative && d.start <= 6);
  if (dayAfter.size >= MAX_CACHED) dayAfter.clear();
  dayAfter.set(rest, date?.date ?? null);
  return date?.date ?? null;
}

/** Whether the words hold a full date and nothing more ("February 15, 2022", "15 Feb 2022"). */
function onlyDay(rest: string): boolean {
  const date = findDates(rest, null).find((d) => d.precision === 'day' && !d.relative && d.start === 0);
  return date !== undefined && /^[\s.]*$/.test(rest.slice(date.end));
}

/** The stamp on a line, or null when the line is not a live-page timestamp. */
export function parseStamp(line: string): Stamp | null {
  // Cheap guard first: nearly every line of a page has no clock time at all.
  if (line.length > 400 || !/\d[:.]\d\d/.test(line)) return null;
  const iso = fromIso(line);
  if (iso) return iso;
  const dated = WITH_DAY.exec(line);
  const m =
    LEAD.exec(line) ?? ALONE.exec(line) ?? (dated && onlyDay(line.slice(dated[0].length)) ? dated : null);
  if (!m) return null;
  const hour = hour24(Number(m[1]), m[3]);
  const minute = Number(m[2]);
  if (!valid(hour, minute)) return null;
  const day = dayIn(line.slice(m.index + m[0].length));
  return {
    index: m.index,
    hour,
    minute,
    offsetMinutes: offsetOf(m[4], m[5], m[6]),
    day,
    zoneless: !m[4],
  };
}
