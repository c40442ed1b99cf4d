/**
 * Golden-file test of the whole seed dataset (dataset.json plus every body file). Any change in what the
 * pipeline extracts from the seeds shows up here as a diff. After an intended change, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/pipeline/seed-golden
 * and review the diff of tests/fixtures/seed-dataset.golden.json before committing it. Strings of nine words or
 * more (bodies, quotes, titles) are kept as a SHA-256 fingerprint with their length: the comparison stays exact,
 * and the fixture does not repeat the news texts the seeds share with other pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDataset } from './seed-dataset';

const GOLDEN = path.resolve(import.meta.dirname, '../fixtures/seed-dataset.golden.json');

/** `value` with every string of nine words or more replaced by its fingerprint and length. */
function fingerprinted(value: unknown): unknown {
  if (typeof value === 'string')
    return value.trim().split(/\s+/).length >= 9
      ? `sha256:${createHash('sha256').update(value).digest('hex')} (${value.length} chars)`
      : value;
  if (Array.isArray(value)) return value.map(fingerprinted);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fingerprinted(v)]));
  return value;
}

describe('seed dataset golden file', () => {
  it('matches tests/fixtures/seed-dataset.golden.json', async () => {
    const { dataset, bodies } = await seedDataset();
    const actual = `${JSON.stringify(fingerprinted({ dataset, bodies: [...bodies.values()] }), null, 1)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, actual);
    expect(existsSync(GOLDEN), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
