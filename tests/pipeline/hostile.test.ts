/**
 * Issue 4: a corpus of hostile and broken files beside good ones. Nothing throws, every file is accounted
 * for with a reason, decodable encodings are decoded, duplicates merged, implausible numbers never claims.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema, type ArticleBody, type Dataset } from '../../src/domain/schema';
import { extractDocuments } from '../../src/pipeline/extract/document/binary';
import { ingest } from '../../src/pipeline/ingest';
import { readCorpus } from '../../src/pipeline/node/io';
import { loadReference } from '../../src/pipeline/node/reference';
import { buildHostileCorpus, type Expected } from './hostile-corpus';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let expected: Map<string, Expected>;
let dataset: Dataset;
let bodies: ArticleBody[];

beforeAll(async () => {
  ({ dir, expected } = buildHostileCorpus());
  const files = await extractDocuments(await readCorpus(dir));
  ({ dataset, bodies } = ingest(files, loadReference(path.join(ROOT, 'data/reference')), {
    generatedAt: '2022-03-01T00:00:00.000Z',
  }));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (file: string) => dataset.report.files.find((f) => f.file === file)!;
const bodyOf = (file: string) => bodies.find((b) => b.id === report(file).articleId)!;

describe('hostile corpus', () => {
  it('accounts for every file with the expected status and a reason for each non-ok one', () => {
    expect(Object.fromEntries(dataset.report.files.map((f) => [f.file, f.status]))).toEqual(
      Object.fromEntries(expected),
    );
    for (const f of dataset.report.files) {
      if (f.status !== 'ok') expect(f.messages[0], f.file).toMatch(/\w{3,}/);
    }
    const { read, ok, warning, rejected } = dataset.report.summary;
    expect(read).toBe(expected.size);
    expect(ok + warning + rejected).toBe(read);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });

  it.each([
    ['empty.txt', /empty/],
    ['blank.txt', /whitespace/],
    ['photo.txt', /PNG/],
    ['huge.txt', /20\.0 MB, over the 10\.0 MB limit/],
    ['folder.txt', /folder/],
    ['dangling.txt', /target does not exist/],
    ['pipe.txt', /pipe/],
    ['report.pdf', /is not a readable PDF/],
    ['memo.docx', /is not a readable Word file/],
    ['notes.rtf', /not a supported type/],
    ['latin1.txt', /Windows-1252/],
    ['broken-yaml.md', /not valid YAML/],
    ['impossible-date.txt', /2022-13-45.*not a real date/],
    ['decades-off.txt', /ten years away/],
    ['copy-two.txt', /same article as copy-one\.txt/],
    ['copy-one.txt', /also saved as copy-two\.txt/],
  ])('%s gets a reason a person understands', (file, reason) => {
    expect(report(file).messages.join(' | ')).toMatch(reason);
  });

  it('decodes every encoding to the same text and normalises line endings', () => {
    expect(bodyOf('latin1.txt').text).toContain('Café owners');
    for (const file of ['utf16.txt', 'bom.txt', 'crlf.txt', 'cr.txt']) {
      const text = bodyOf(file).text;
      expect(text, file).toContain("Some 100,000 Russian troops are now deployed near Ukraine's borders");
      expect(text, file).not.toMatch(/[\r\ufeff]/);
    }
  });

  it('keeps nothing executable from HTML', () => {
    const text = bodyOf('page.html').text;
    expect(text).toBe('Shelling resumed near Donetsk.\n\nResidents fled.');
    const article = dataset.articles.find((a) => a.file === 'page.html')!;
    // <title> is text-only in HTML: markup inside it stays literal text, and the app renders it as text.
    expect(article.title).toBe('Shelling <script>alert(1)</script> near Donetsk');
  });

  it('merges the duplicate into one article and links both files to it', () => {
    expect(report('copy-two.txt').articleId).toBe(report('copy-one.txt').articleId);
    expect(dataset.articles.filter((a) => a.file.startsWith('copy-'))).toHaveLength(1);
  });

  it('gives odd file names a valid id and keeps the impossible date out of the metadata', () => {
    expect(report('Bericht über Kyjiw – Lage.txt').articleId).toMatch(
      /^bericht-uber-kyjiw-lage-[0-9a-f]{8}$/,
    );
    expect(dataset.articles.find((a) => a.file === 'impossible-date.txt')!.date).not.toBe('2022-13-45');
  });

  it('never makes implausible numbers into claims', () => {
    const numbers = dataset.articles.find((a) => a.file === 'numbers.txt')!;
    expect(dataset.claims.filter((c) => c.articleId === numbers.id)).toEqual([]);
    for (const c of dataset.claims) expect(c.valueMax).toBeLessThan(3_000_000);
  });

  it('ingests the 2 MB single line', () => {
    expect(bodyOf('one-line.txt').text.length).toBeGreaterThan(2_000_000);
  });
});
