/**
 * `npm run eval` end to end: a dataset written earlier with its bodies, a folder ingested on the fly (the same
 * figures as ingest then eval), and the exit codes and messages of bad command lines and bad files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../../src/eval/node/cli';
import type { Gold } from '../../../src/eval/gold-schema';
import { BODIES, DATASET, GOLD } from '../fixture';
import { writeFixture } from '../write-fixture';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'ledger-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The command as `npm run eval` starts it, in its own process. */
function spawn(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/eval/node/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command run in this process (much faster than starting tsx for each case). */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr: stderr.trimEnd() };
}

/** The figure lines of a report, from "articles found" to the dates line. */
function figures(stdout: string): string[] {
  const lines = stdout.split('\n');
  const first = lines.findIndex((l) => l.startsWith('articles found'));
  return lines.slice(first, first + 5);
}

describe('eval CLI', () => {
  it('scores a dataset and shows each miss in the sentence read from its body file', () => {
    const { goldFile, datasetFile } = writeFixture(path.join(tmp, 'fixture'), GOLD, DATASET, BODIES);
    const r = spawn(['--dataset', datasetFile, '--gold', goldFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(figures(r.stdout)).toEqual([
      'articles found 3/4',
      'claims required 10 matched 7; predicted 13; false positives 4 (on hard negatives 1); optional matched 2/2',
      'claims precision 0.64 recall 0.70 F1 0.67',
      'claimant correct 6/7',
      'dates correct 1/2; outlets correct 2/3',
    ]);
    expect(r.stdout).toContain('      sentence: "Another 2,000 soldiers are on the way."');
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^SCORE \{"f1": 0.667, /);
  });

  it('ingests a folder: the same report as npm run ingest followed by eval --dataset', async () => {
    const corpus = path.join(tmp, 'corpus');
    mkdirSync(corpus);
    writeFileSync(
      path.join(corpus, 'n1.txt'),
      '---\ndate: 2022-02-10\noutlet: Harbour Times\n---\nConvoys move north\n\nAbout 100,000 Russian troops are near the border, US officials said on Thursday.',
    );
    writeFileSync(
      path.join(corpus, 'n2.md'),
      '---\ntitle: Drills\ndate: 2022-02-11\n---\nThe drills involve 30,000 soldiers, NATO said. Another 2,000 soldiers are on the way.',
    );
    const gold: Gold = {
      articles: [
        {
          id: 'n1',
          date: '2022-02-10',
          outlet: 'The Harbour Times',
          troop_claims: [
            {
              value_min: 100_000,
              value_max: 100_000,
              approx: true,
              unit: 'troops',
              claimant: 'United States',
            },
          ],
        },
        {
          id: 'n2',
          date: '2022-02-11',
          troop_claims: [
            { value_min: 30_000, value_max: 30_000, unit: 'troops', claimant: 'NATO' },
            {
              value_min: 2000,
              value_max: 2000,
              unit: 'troops',
              claimant: 'unattributed',
              anchor: 'Another 2,000',
            },
          ],
        },
      ],
    };
    const goldFile = path.join(tmp, 'corpus-gold.json');
    writeFileSync(goldFile, JSON.stringify(gold));
    const out = path.join(tmp, 'corpus-out');
    const direct = await run(['--in', corpus, '--gold', goldFile, '--out', out]);
    expect(direct.code, direct.stderr).toBe(0);
    expect(direct.stdout).toMatch(/^Scored .*corpus \(files read 2: ok \d, warning \d, rejected 0\)/);
    expect(figures(direct.stdout)[0]).toBe('articles found 2/2');
    expect(figures(direct.stdout)[4]).toBe('dates correct 2/2; outlets correct 1/1');
    const written = JSON.parse(readFileSync(path.join(out, 'dataset.json'), 'utf8')) as {
      articles: unknown[];
    };
    expect(written.articles).toHaveLength(2);
    const later = await run(['--dataset', path.join(out, 'dataset.json'), '--gold', goldFile]);
    expect(later.code, later.stderr).toBe(0);
    const body = (s: string) => s.slice(s.indexOf('articles found'));
    expect(body(later.stdout)).toBe(body(direct.stdout));
  });

  it('exits 1 with a reason when a file is missing, not JSON, or not valid', async () => {
    const { datasetFile } = writeFixture(path.join(tmp, 'bad'), GOLD, DATASET);
    const missing = await run(['--dataset', datasetFile, '--gold', path.join(tmp, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^eval: cannot read the gold file .*nope\.json: no such folder or file/);
    const notJson = path.join(tmp, 'bad', 'not.json');
    writeFileSync(notJson, '{ "articles": [');
    expect((await run(['--dataset', datasetFile, '--gold', notJson])).stderr).toMatch(/is not valid JSON/);
    const badGold = path.join(tmp, 'bad', 'bad-gold.json');
    writeFileSync(
      badGold,
      JSON.stringify({ articles: [{ id: 'x', troop_claims: [{ value_min: 5, unit: 'troop' }] }] }),
    );
    const invalid = await run(['--dataset', datasetFile, '--gold', badGold]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr.split('\n')).toEqual([
      `eval: the gold file ${badGold} is not valid:`,
      '  articles[0].troop_claims[0].value_max (article x): is missing (expected number)',
      '  articles[0].troop_claims[0].unit (article x): Invalid option: expected one of "troops"|"btg"|"other"',
    ]);
    const notDataset = await run(['--dataset', badGold, '--gold', path.join(tmp, 'fixture', 'gold.json')]);
    expect(notDataset.code).toBe(1);
    expect(notDataset.stderr).toMatch(/is not a dataset:\n {2}articles\[0\]\.file: is missing/);
  });

  it('exits 2 on a wrong command line and prints help', async () => {
    const r = await run(['--gold']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^eval: --gold needs a path\nUsage:/);
    expect((await run(['--help'])).stdout).toMatch(/--dataset FILE/);
  });

  it('parses arguments', () => {
    expect(parseArgs(['--in', 'a', '--gold', 'g'])).toMatchObject({ in: 'a', gold: 'g', dataset: null });
    expect(() => parseArgs(['--in', 'a'])).toThrow(/--gold FILE is required/);
    expect(() => parseArgs(['--gold', 'g'])).toThrow(/either --in DIR or --dataset FILE/);
    expect(() => parseArgs(['--in', 'a', '--dataset', 'd', '--gold', 'g'])).toThrow(/either/);
    expect(() => parseArgs(['--dataset', 'd', '--gold', 'g', '--out', 'o'])).toThrow(
      /--out only goes with --in/,
    );
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option/);
  });
});
