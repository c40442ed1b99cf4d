import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  promises as fs,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type ArticleBody, type Dataset } from '../../../src/domain/schema';
import {
  datasetJson,
  json,
  MAX_DEPTH,
  readCorpus,
  readHooks,
  writeDatasetAtomically,
} from '../../../src/pipeline/node/io';

const root = mkdtempSync(path.join(tmpdir(), 'ledger-io-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dataset = (n: number): Dataset => ({
  schemaVersion: SCHEMA_VERSION,
  generatedAt: '2022-03-01T00:00:00.000Z',
  articles: [],
  outlets: [],
  actors: [],
  places: [],
  claims: [],
  events: [],
  report: { files: [], summary: { read: n, ok: n, warning: 0, rejected: 0 } },
});
const body = (id: string): ArticleBody => ({ schemaVersion: SCHEMA_VERSION, id, text: id, mentions: [] });

describe('readCorpus', () => {
  const dir = path.join(root, 'corpus');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'b.txt'), 'second');
  writeFileSync(path.join(dir, 'a.txt'), 'first');
  mkdirSync(path.join(dir, 'folder.txt', 'inner'), { recursive: true });
  writeFileSync(path.join(dir, 'folder.txt', 'inner', 'c.txt'), 'nested');
  // A link back up the tree: walking through it would never end.
  symlinkSync(dir, path.join(dir, 'folder.txt', 'loop'));
  mkdirSync(path.join(dir, 'deep', ...Array.from({ length: MAX_DEPTH }, (_, i) => `d${i}`)), {
    recursive: true,
  });
  writeFileSync(path.join(dir, 'deep', 'top.txt'), 'shallow');
  symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'dangling.txt'));
  symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'link-in.txt'));
  writeFileSync(path.join(root, 'secret.txt'), 'private');
  symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'link-out.txt'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);

  it('lists every entry below the folder by relative path, reading files and explaining the rest', async () => {
    const big = path.join(dir, 'huge.txt');
    await fs.writeFile(big, '');
    await fs.truncate(big, 20 * 1024 * 1024); // sparse: 20 MB on paper, nothing to write
    const files = await readCorpus(dir);
    const byName = new Map(files.map((f) => [f.file, f]));
    expect(files.map((f) => f.file)).toEqual([
      'a.txt',
      'b.txt',
      'dangling.txt',
      `deep/${Array.from({ length: MAX_DEPTH - 1 }, (_, i) => `d${i}`).join('/')}/d${MAX_DEPTH - 1}`,
      'deep/top.txt',
      'folder.txt/inner/c.txt',
      'folder.txt/loop',
      'huge.txt',
      'link-in.txt',
      'link-out.txt',
      'pipe.txt',
    ]);
    expect(new TextDecoder().decode(byName.get('link-in.txt')!.bytes!)).toBe('first');
    expect(byName.get('link-out.txt')).toMatchObject({
      bytes: null,
      readError: expect.stringMatching(/outside/),
    });
    expect(new TextDecoder().decode(byName.get('a.txt')!.bytes!)).toBe('first');
    expect(new TextDecoder().decode(byName.get('folder.txt/inner/c.txt')!.bytes!)).toBe('nested');
    expect(byName.get('folder.txt/loop')).toMatchObject({
      bytes: null,
      readError: 'is a link to a folder; not followed',
    });
    expect(files[3]!.readError).toMatch(/more than 8 levels deep; not read/);
    expect(byName.get('dangling.txt')!.readError).toMatch(/target does not exist/);
    expect(byName.get('pipe.txt')!.readError).toMatch(/pipe/);
    expect(byName.get('huge.txt')).toMatchObject({ bytes: null, size: 20 * 1024 * 1024 });
    expect(byName.get('huge.txt')!.readError).toMatch(/20\.0 MB, over the 10\.0 MB limit/);
  });

  it('honours a smaller limit and a file-count cap', async () => {
    const files = await readCorpus(dir, { maxFileBytes: 5, maxFiles: 1 });
    expect(files[0]).toMatchObject({ file: 'a.txt', readError: null });
    expect(files[1]!.readError).toMatch(/over the limit of 1 files/);
  });

  it('throws for a missing folder (the CLI turns that into its exit reason)', async () => {
    await expect(readCorpus(path.join(root, 'nope'))).rejects.toThrow();
  });
});

describe('readCorpus against a file swapped for a link mid-read', () => {
  const dir = path.join(root, 'race');
  mkdirSync(dir);
  const secret = path.join(root, 'race-secret.txt');
  writeFileSync(secret, 'private');
  const swap = async (full: string) => {
    await fs.rm(full);
    await fs.symlink(secret, full);
  };
  afterEach(() => {
    delete readHooks.between;
  });

  it('reads the opened handle only: a swap after the open changes nothing', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'original');
    readHooks.between = async (step, full) => {
      if (step === 'opened') await swap(full);
    };
    const [file] = await readCorpus(dir);
    expect(new TextDecoder().decode(file!.bytes!)).toBe('original');
  });

  it('rejects a file that became a link between its check and the open, never following it', async () => {
    rmSync(dir, { recursive: true });
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), 'original');
    readHooks.between = async (step, full) => {
      if (step === 'checked') await swap(full);
    };
    const [file] = await readCorpus(dir);
    expect(file).toMatchObject({ bytes: null, readError: 'became a link while being read; not followed' });
  });
});

describe('writeDatasetAtomically', () => {
  const out = path.join(root, 'public', 'data');

  it('writes dataset.json and one body per article, removes stale bodies, keeps foreign files', async () => {
    await writeDatasetAtomically(out, dataset(2), [body('a'), body('b')]);
    await fs.writeFile(path.join(out, 'basemap.json'), '{}');
    await writeDatasetAtomically(out, dataset(1), [body('a')]);
    expect((await fs.readdir(path.join(out, 'articles'))).sort()).toEqual(['a.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'dataset.json'), 'utf8')).report.summary.read).toBe(1);
    expect(readFileSync(path.join(out, 'basemap.json'), 'utf8')).toBe('{}');
    expect((await fs.readdir(path.dirname(out))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('leaves the previous dataset intact when a write fails midway', async () => {
    await writeDatasetAtomically(out, dataset(3), [body('a'), body('b')]);
    const before = readFileSync(path.join(out, 'dataset.json'), 'utf8');
    const poisoned = {
      ...body('c'),
      toJSON: () => {
        throw new Error('disk full');
      },
    } as unknown as ArticleBody;
    await expect(writeDatasetAtomically(out, dataset(9), [body('x'), poisoned])).rejects.toThrow('disk full');
    expect(readFileSync(path.join(out, 'dataset.json'), 'utf8')).toBe(before);
    expect((await fs.readdir(path.join(out, 'articles'))).sort()).toEqual(['a.json', 'b.json']);
    expect((await fs.readdir(path.dirname(out))).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('datasetJson', () => {
  it('writes each row of the arrays on a line of its own, in ASCII, and reads back the same value', () => {
    const value: Dataset = {
      ...dataset(2),
      actors: [
        { id: 'kyiv', name: 'Kyiv “city”', kind: 'place', aliases: [], affiliation: null },
        { id: 'nato', name: 'NATO', kind: 'organization', aliases: ['the alliance'], affiliation: null },
      ] as unknown as Dataset['actors'],
    };
    const text = datasetJson(value);
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('{"id":'))).toHaveLength(2);
    expect(text).toContain('\\u201ccity\\u201d');
  });
});

describe('json', () => {
  it('writes ASCII only, with every other character escaped, and reads back the same value', () => {
    const value = { title: 'Troops “near” the border – again 😀', quote: 'plain text', n: [1, 2] };
    const text = json(value);
    expect(/^[\x20-\x7e]*\n$/.test(text)).toBe(true);
    expect(text).toContain('\\u201cnear\\u201d');
    expect(JSON.parse(text)).toEqual(value);
  });
});
