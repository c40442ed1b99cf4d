/**
 * The ingest command end to end on a temporary corpus: exit codes, the summary, the files written, and
 * byte-identical output across runs when SOURCE_DATE_EPOCH is set.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../src/domain/schema';
import { generatedAt, parseArgs } from '../../../src/pipeline/node/cli';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'ledger-cli-'));
const input = path.join(tmp, 'in');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

mkdirSync(input);
writeFileSync(
  path.join(input, 'one.txt'),
  ' date 2022-02-10 Convoys moved north of Kharkiv\n\nAbout 100,000 Russian troops are near the border, US officials said.',
);
writeFileSync(
  path.join(input, 'two.md'),
  '---\ntitle: Talks\noutlet: Reuters\ndate: 2022-02-11\n---\nTalks went on in Geneva.',
);
writeFileSync(path.join(input, 'empty.txt'), '');
// PDF and Word files are read asynchronously, in the worker threads when there are any: same bytes either way.
for (const name of ['statement.pdf', 'scan.pdf', 'briefing.docx'])
  copyFileSync(path.join(ROOT, 'tests/fixtures/documents', name), path.join(input, name));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', 'src/pipeline/node/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ingest CLI', () => {
  it('writes a dataset, prints a summary listing rejected files, exits 0; byte-identical with or without workers', () => {
    const outs = [path.join(tmp, 'out1'), path.join(tmp, 'out2')];
    const runs = outs.map((out, i) =>
      run(['--in', input, '--out', out, '--workers', String(i * 2)], { SOURCE_DATE_EPOCH: '1645000000' }),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs[0]!.stdout).toMatch(/Files read: 6 \(ok 4, warning 0, rejected 2\)/);
    expect(runs[0]!.stdout).toMatch(/Articles: 4, live entries: 0, claims: \d+/);
    expect(runs[0]!.stdout).toMatch(/rejected empty\.txt: is empty/);
    expect(runs[0]!.stdout).toMatch(/rejected scan\.pdf: is a PDF without a text layer/);
    const dataset = DatasetSchema.parse(
      JSON.parse(readFileSync(path.join(outs[0]!, 'dataset.json'), 'utf8')),
    );
    expect(dataset.generatedAt).toBe('2022-02-16T08:26:40.000Z');
    expect(readdirSync(path.join(outs[0]!, 'articles')).sort()).toEqual(
      dataset.articles.map((a) => `${a.id}.json`).sort(),
    );
    for (const name of ['dataset.json', ...dataset.articles.map((a) => `articles/${a.id}.json`)]) {
      expect(readFileSync(path.join(outs[1]!, name)), name).toEqual(readFileSync(path.join(outs[0]!, name)));
    }
  });

  it('exits non-zero with a one-line reason when it cannot read the input folder', () => {
    const r = run(['--in', path.join(tmp, 'missing'), '--out', path.join(tmp, 'out3')]);
    expect(r.code).toBe(1);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('npm warn')),
    ).toEqual([expect.stringMatching(/^ingest: cannot read the input folder .*missing: no such folder/)]);
  });

  it('prints help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--in DIR/);
  });

  it('parses arguments and SOURCE_DATE_EPOCH', () => {
    expect(parseArgs(['--in', 'a', '--out', 'b'])).toMatchObject({ in: 'a', out: 'b', help: false });
    expect(() => parseArgs(['--in'])).toThrow(/needs a folder/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option/);
    expect(parseArgs(['--workers', '3']).workers).toBe(3);
    expect(() => parseArgs(['--workers', 'many'])).toThrow(/needs a number/);
    expect(generatedAt({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01T00:00:00.000Z');
    expect(generatedAt({}, new Date('2022-01-01T00:00:00Z'))).toBe('2022-01-01T00:00:00.000Z');
  });
});
