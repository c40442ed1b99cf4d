/** How the generator writes numbers: thousands separators, hedges, ranges and vague amounts. */
import type { Rng } from './prng';

/** 130000 -> "130,000". */
export function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A troop total of realistic size: 5,000 to 190,000, rounded the way reports round. */
export function troopTotal(rng: Rng): number {
  const value = rng.int(5, 190) * 1000;
  return value >= 50_000 ? Math.round(value / 5000) * 5000 : value;
}

const HEDGES = [
  'about',
  'around',
  'nearly',
  'more than',
  'up to',
  'an estimated',
  'some',
  'roughly',
  'at least',
  'almost',
];
const VAGUE = ['tens of thousands of', 'thousands of', 'hundreds of thousands of'];

/** A quantity phrase for troops in one of the forms the extractor handles. */
export function troopQuantity(rng: Rng, value: number): string {
  const roll = rng.next();
  if (roll < 0.35) return withCommas(value);
  if (roll < 0.7) return `${rng.pick(HEDGES)} ${withCommas(value)}`;
  if (roll < 0.85) {
    const upper = value + rng.int(1, 6) * 5000;
    return rng.pick([
      `between ${withCommas(value)} and ${withCommas(upper)}`,
      `${withCommas(value)} to ${withCommas(upper)}`,
      `${withCommas(value)}\u2013${withCommas(upper)}`,
    ]);
  }
  if (roll < 0.92 && value % 1000 === 0)
    return `${rng.pick(['about', 'some', ''])} ${value / 1000} thousand`.trim();
  return rng.pick(VAGUE);
}

/** True when a quantity phrase already carries its "of" ("tens of thousands of"). */
export function isVague(quantity: string): boolean {
  return quantity.endsWith(' of');
}
