/** Generates a synthetic corpus and times `npm run ingest` on it, with peak memory from /usr/bin/time -v. */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);
const tsx = join('node_modules', '.bin', 'tsx');

/** What one ingest run cost and produced. */
export interface IngestFigures {
  articles: number;
  corpusBytes: number;
  seconds: number;
  peakRssBytes: number | null;
  datasetBytes: number;
  datasetGzipBytes: number;
  claims: number;
  rejected: number;
}

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** Writes `bench/out/corpus-N` unless it is already there (generation is deterministic). */
export async function ensureCorpus(articles: number, outDir: string): Promise<string> {
  const dir = join(outDir, `corpus-${articles}`);
  if (existsSync(dir) && readdirSync(dir).length === articles) return dir;
  rmSync(dir, { recursive: true, force: true });
  await run(tsx, ['src/pipeline/synth/cli.ts', '--articles', String(articles), '--out', dir]);
  return dir;
}

/** Runs the ingest CLI on `corpus` into `data`, timing it; the child's peak RSS comes from GNU time. */
export async function timeIngest(corpus: string, data: string): Promise<IngestFigures> {
  rmSync(data, { recursive: true, force: true });
  const args = ['src/pipeline/node/cli.ts', '--in', corpus, '--out', data];
  const useTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const { stderr } = useTime
    ? await run('/usr/bin/time', ['-v', tsx, ...args], { maxBuffer: 256 * 1024 * 1024 })
    : await run(tsx, args, { maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const raw = readFileSync(join(data, 'dataset.json'));
  const dataset = JSON.parse(raw.toString('utf8')) as {
    claims: unknown[];
    report: { summary: { rejected: number } };
  };
  return {
    articles: readdirSync(corpus).length,
    corpusBytes: folderBytes(corpus),
    seconds,
    peakRssBytes: rss ? Number(rss) * 1024 : null,
    datasetBytes: raw.length,
    datasetGzipBytes: gzipSync(raw).length,
    claims: dataset.claims.length,
    rejected: dataset.report.summary.rejected,
  };
}
