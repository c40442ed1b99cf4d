/** Reads the dataset the real ingest produced, so tests pick ids and expectations from it, not from fixtures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Claim, Dataset } from '../../src/domain/schema';

/** The seed dataset as written by the pipeline. */
export function seedDataset(): Dataset {
  return JSON.parse(readFileSync(join(inject('seedDataDir'), 'dataset.json'), 'utf8')) as Dataset;
}

/** The hostile dataset as written by the pipeline. */
export function hostileDataset(): Dataset {
  return JSON.parse(readFileSync(join(inject('hostileDataDir'), 'dataset.json'), 'utf8')) as Dataset;
}

/** Claims that have a date and a number in troops: the ones the chart can draw. */
export function chartableClaims(dataset: Dataset): Claim[] {
  return dataset.claims.filter((claim) => claim.reportedOn !== null && claim.troopsMax !== null);
}

/** The text of `claim`'s number phrase, read from its quote. */
export function valueText(claim: Claim): string {
  const offset = claim.valueSpan.start - claim.quote.start;
  return claim.quote.text.slice(offset, offset + claim.valueSpan.end - claim.valueSpan.start);
}

/** Ids that occur in some but not all of `rows`, most frequent first: good filter choices. */
export function discriminatingIds<T>(rows: T[], idsOf: (row: T) => string[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const id of new Set(idsOf(row))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n > 0 && n < rows.length)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}
