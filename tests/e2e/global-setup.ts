/**
 * Browser suite setup: ingests the seed and hostile corpora with the real pipeline, builds the app once,
 * writes the broken datasets the error-path tests need, and serves everything from one local server.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { precompressDir } from '../../scripts/precompress';
import { writeBrokenDatasets } from './broken-datasets';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>`; mounts are `/seed/`, `/hostile/`, `/bad-version/`, `/missing/`, `/truncated/`,
     *  `/bad-rows/`. */
    e2eOrigin: string;
    /** Folders holding the ingested datasets, so tests can pick real ids. */
    seedDataDir: string;
    hostileDataDir: string;
    /** A 3,000-article synthetic corpus, ingested and precompressed: the app at volume (issue 12). */
    synthDataDir: string;
    /** An empty data folder served at `/reviewed/`, for a test that ingests its own dataset into it. */
    reviewedDataDir: string;
    /** How many rows `/bad-rows/` breaks. */
    badRowCount: number;
    screenshotDir: string;
  }
}

const run = promisify(execFile);
/** "A few thousand articles" (issue 12): enough for aggregates, clusters and a multi-megabyte load. */
const SYNTH_ARTICLES = 3000;
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** Writes the hand-built mini dataset instead of ingesting the seeds (CRISIS_E2E_FIXTURE=mini). */
async function writeFixture(output: string): Promise<void> {
  const { miniBodies, miniDataset } = await import('../fixtures/mini-dataset');
  await mkdir(join(output, 'articles'), { recursive: true });
  await writeFile(join(output, 'dataset.json'), JSON.stringify(miniDataset));
  for (const [id, body] of Object.entries(miniBodies)) {
    await writeFile(join(output, 'articles', `${id}.json`), JSON.stringify(body));
  }
}

async function ingest(input: string, output: string): Promise<void> {
  try {
    await run(bin('tsx'), ['src/pipeline/node/cli.ts', '--in', input, '--out', output], {
      cwd: root,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1645000000' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr = '', message } = error as { stderr?: string; message: string };
    throw new Error(`ingest of ${input} failed: ${message}\n${stderr.slice(-2000)}`);
  }
}

/** Vitest global setup for the `browser` project; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'crisis-e2e-'));
  const seedData = join(work, 'seed-data');
  const hostileData = join(work, 'hostile-data');
  const dist = join(work, 'dist');
  const synthCorpus = join(work, 'synth-corpus');
  const synthData = join(work, 'synth-data');
  // With CRISIS_E2E_FIXTURE=mini the app can be tested while the pipeline is broken; hostile tests then
  // fail on an empty mount instead of stopping the whole suite.
  const fixture = process.env.CRISIS_E2E_FIXTURE === 'mini';
  await Promise.all([
    fixture ? writeFixture(seedData) : ingest('data/articles', seedData),
    ingest('tests/fixtures/hostile-corpus', hostileData).catch((error: Error) => {
      if (!fixture) throw error;
      console.warn(error.message.split('\n')[0]);
      return mkdir(hostileData, { recursive: true });
    }),
    run(
      bin('tsx'),
      ['src/pipeline/synth/cli.ts', '--articles', String(SYNTH_ARTICLES), '--out', synthCorpus],
      {
        cwd: root,
      },
    )
      .then(() => ingest(synthCorpus, synthData))
      // Quick settings: the tests check that the compressed copies are served, not how small they are (the
      // deployment's quality 11 took about 45 s here).
      .then(() => precompressDir(synthData, { gzipLevel: 4, brotliQuality: 4 })),
    run(bin('vite'), ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }),
  ]);
  const broken = await writeBrokenDatasets(seedData, work);
  const server = await startStaticServer(dist, {
    seed: seedData,
    hostile: hostileData,
    synth: synthData,
    'bad-version': broken.badVersion,
    missing: broken.missing,
    truncated: broken.truncated,
    'bad-rows': broken.badRows,
    reviewed: join(work, 'reviewed-data'),
  });
  const screenshotDir = join(root, 'test-results/screenshots');
  await mkdir(screenshotDir, { recursive: true });

  project.provide('e2eOrigin', server.origin);
  project.provide('seedDataDir', seedData);
  project.provide('hostileDataDir', hostileData);
  project.provide('synthDataDir', synthData);
  project.provide('reviewedDataDir', join(work, 'reviewed-data'));
  project.provide('badRowCount', broken.badRowCount);
  project.provide('screenshotDir', screenshotDir);

  return async () => {
    await server.close();
    await rm(work, { recursive: true, force: true });
  };
}
