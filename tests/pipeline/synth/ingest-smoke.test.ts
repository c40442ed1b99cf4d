import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/domain/schema';

const run = promisify(execFile);
const tsx = join('node_modules', '.bin', 'tsx');

// The smoke run CI does: a 200-article synthetic corpus through the real `npm run ingest`.
describe('a 200-article synthetic corpus through the ingest', () => {
  let work = '';
  afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

  test('every file is read, none rejected, and claims come out', async () => {
    work = await mkdtemp(join(tmpdir(), 'synth-smoke-'));
    const corpus = join(work, 'corpus');
    const out = join(work, 'out');
    await run(tsx, ['src/pipeline/synth/cli.ts', '--articles', '200', '--out', corpus]);
    await run(tsx, ['src/pipeline/node/cli.ts', '--in', corpus, '--out', out], {
      maxBuffer: 32 * 1024 * 1024,
    });
    const dataset = JSON.parse(await readFile(join(out, 'dataset.json'), 'utf8')) as Dataset;
    const { summary } = dataset.report;
    expect(summary.read).toBe(200);
    expect(summary.rejected).toBe(0);
    expect(summary.ok + summary.warning).toBe(200);
    expect(dataset.articles.length).toBe(200);
    expect(dataset.articles.some((article) => article.kind === 'liveblog')).toBe(true);
    expect(dataset.claims.length).toBeGreaterThan(400);
    expect(new Set(dataset.claims.map((claim) => claim.id)).size).toBe(dataset.claims.length);
  }, 120_000);
});
