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
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../src/domain/schema';
import { generatedAt, parseArgs } from '../../../src/pipeline/node/cli';
import { ADVERSARIAL } from '../adversarial';

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
// Sub-folders are read, with files named by their relative path; a link back up is a loop never walked.
mkdirSync(path.join(input, 'feb', 'week2'), { recursive: true });
writeFileSync(
  path.join(input, 'feb', 'week2', 'three.txt'),
  ' date 2022-02-12 Drills began in Belarus\n\nMinsk said 30,000 Russian troops joined the drills.',
);
symlinkSync(input, path.join(input, 'feb', 'loop'));
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
    expect(runs[0]!.stdout).toMatch(/Files read: 8 \(ok 5, warning 0, rejected 3\)/);
    expect(runs[0]!.stdout).toMatch(/Articles: 5, live entries: 0, claims: \d+/);
    expect(runs[0]!.stdout).toMatch(/rejected feb\/loop: is a link to a folder; not followed/);
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

  it('escapes control characters from file names and front matter, so no file can forge the report', () => {
    const evil = path.join(tmp, 'evil');
    mkdirSync(evil);
    const forged = '\u001b[2J\u001b[H\rFiles read: 1 (ok 1, warning 0, rejected 0)\nAll 0 files rejected';
    writeFileSync(path.join(evil, `${forged}.txt`), '');
    writeFileSync(
      path.join(evil, 'front.md'),
      `---\nurl: "\\e]0;owned\\a\\nAll 0 files rejected"\ndate: "2022-02-30\\r\\e[2K"\n---\nTalks went on in Geneva.`,
    );
    const r = run(['--in', evil, '--out', path.join(tmp, 'out-evil')]);
    expect(r.code, r.stderr).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('Files read:'))).toEqual([
      'Files read: 2 (ok 0, warning 1, rejected 1)',
    ]);
    expect(lines.filter((l) => l.startsWith('All 0'))).toEqual([]);
    expect(r.stdout).toContain('\\x1b[2J');
    expect(r.stdout).toContain('\\x1b]0;owned\\x07\\nAll 0 files rejected');
  });

  it('rejects a file that runs over the time budget as too long to read, and reads the others', () => {
    const slow = path.join(tmp, 'slow');
    mkdirSync(slow);
    writeFileSync(
      path.join(slow, 'fine.txt'),
      ' date 2022-02-10 About 100,000 Russian troops are near the border.',
    );
    // Far more work than one second allows: the budget, not the machine, decides.
    writeFileSync(path.join(slow, 'huge.txt'), ADVERSARIAL.quotes!(3_000_000));
    const r = run(['--in', slow, '--out', path.join(tmp, 'out-slow'), '--budget', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Files read: 2 \(ok 1, warning 0, rejected 1\)/);
    expect(r.stdout).toMatch(/rejected huge\.txt: took too long to read \(stopped after 1 s/);
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
    expect(parseArgs(['--budget', '2.5']).budget).toBe(2.5);
    expect(() => parseArgs(['--budget', '0'])).toThrow(/seconds above 0/);
    expect(generatedAt({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01T00:00:00.000Z');
    expect(generatedAt({}, new Date('2022-01-01T00:00:00Z'))).toBe('2022-01-01T00:00:00.000Z');
  });
});
