/** The ingest command with an analyst's reviews file: applied, orphans reported, a bad file stops the run. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  reviewOf,
  toReviewsFile,
  valuesOf,
  ReviewsFileSchema,
  type Review,
} from '../../../src/domain/reviews';
import { DatasetSchema, type Dataset } from '../../../src/domain/schema';
import { SearchTextSchema } from '../../../src/domain/search-text';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'ledger-reviews-'));
const input = path.join(tmp, 'articles');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
mkdirSync(input);
writeFileSync(
  path.join(input, 'one.txt'),
  ' date 2022-02-10\nUS officials said about 100,000 Russian troops are near the border.\n\nThe Pentagon put 8,500 troops on alert.',
);

function ingest(out: string, extra: string[] = []) {
  const result = spawnSync(
    'npx',
    ['tsx', 'src/pipeline/node/cli.ts', '--in', input, '--out', out, ...extra],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('ingest with reviews', () => {
  let plain: Dataset;

  it('writes the search text and an empty reviews file when there are no reviews', () => {
    const out = path.join(tmp, 'plain');
    const run = ingest(out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/Reviews:/);
    plain = DatasetSchema.parse(read(path.join(out, 'dataset.json')));
    const search = SearchTextSchema.parse(read(path.join(out, 'search-text.json')));
    expect(search.articles.map((a) => a.id)).toEqual(['one']);
    expect(search.articles[0]!.text).toMatch(/Pentagon put 8,500/);
    expect(ReviewsFileSchema.parse(read(path.join(out, 'reviews.json'))).reviews).toEqual([]);
  });

  it('applies reviews.json found beside the input folder and reports an orphan', () => {
    const [a, b] = plain.claims;
    const at = '2022-03-01T00:00:00.000Z';
    const orphan: Review = { ...reviewOf(a!, 'confirmed', '', null, at), claimId: 'one:cffffffffff' };
    const reviews = [
      reviewOf(a!, 'corrected', 'checked', { ...valuesOf(a!), valueMin: 90_000, valueMax: 90_000 }, at),
      reviewOf(b!, 'rejected', 'not a deployment', null, at),
      orphan,
    ];
    writeFileSync(path.join(tmp, 'reviews.json'), toReviewsFile(reviews));
    const out = path.join(tmp, 'reviewed');
    const run = ingest(out);
    rmSync(path.join(tmp, 'reviews.json'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Reviews: 2 applied \(0 confirmed, 1 corrected, 1 rejected\), 1 orphaned/);
    expect(run.stdout).toMatch(/orphaned one:cffffffffff/);
    const dataset = DatasetSchema.parse(read(path.join(out, 'dataset.json')));
    expect(dataset.claims.find((c) => c.id === a!.id)).toMatchObject({ valueMin: 90_000, troopsMax: 90_000 });
    const written = ReviewsFileSchema.parse(read(path.join(out, 'reviews.json')));
    expect(written.reviews.map((r) => r.claimId).sort()).toEqual(reviews.map((r) => r.claimId).sort());
  });

  it('stops with the bad field named when the reviews file is invalid, writing nothing', () => {
    const file = path.join(tmp, 'bad-reviews.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, reviews: [{ claimId: 'x' }] }));
    const run = ingest(path.join(tmp, 'never'), ['--reviews', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot use the reviews in .*bad-reviews\.json: reviews\[0\]\.articleId/);
    expect(() => readFileSync(path.join(tmp, 'never', 'dataset.json'))).toThrow();
  });
});
