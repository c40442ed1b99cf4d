/** Days the generated articles are dated on: October 2021 to March 2022, thickest around the February peak. */
import type { Rng } from './prng';
import { MONTH_NAMES } from '../../domain/months';

const DAY_MS = 86_400_000;
const START = Date.UTC(2021, 9, 1);
const END = Date.UTC(2022, 2, 31);
/** UK clocks leave GMT on 27 March 2022 and were on BST until 31 October 2021; live blogs stay within GMT. */
const GMT_START = Date.UTC(2021, 10, 1);
const GMT_END = Date.UTC(2022, 2, 26);
const PEAK_START = Date.UTC(2022, 0, 15);
const PEAK_END = Date.UTC(2022, 1, 28);

function between(rng: Rng, from: number, to: number): Date {
  return new Date(from + rng.int(0, Math.round((to - from) / DAY_MS)) * DAY_MS);
}

/** A publication day; live blogs only get days on Greenwich Mean Time. */
export function publicationDay(rng: Rng, liveblog: boolean): Date {
  if (rng.chance(0.5)) return between(rng, PEAK_START, PEAK_END);
  return liveblog ? between(rng, GMT_START, GMT_END) : between(rng, START, END);
}

/** 2022-02-15. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** 15 February 2022. */
export function longDay(day: Date): string {
  return `${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}
