/**
 * PDF and Word files (fixtures made by tests/fixtures/documents/make-documents.ts): text in reading order
 * with paragraph breaks, metadata from the document, scans and broken files rejected with a reason, and
 * claims whose quotes are exact substrings of the stored text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, ArticleBody } from '../../../../src/domain/schema';
import { extractDocument } from '../../../../src/pipeline/extract/document/binary';
import { docxToText } from '../../../../src/pipeline/extract/document/docx';
import { pdfToText } from '../../../../src/pipeline/extract/document/pdf';
import { ingest } from '../../../../src/pipeline/ingest';
import { loadReference } from '../../../../src/pipeline/node/reference';
import type { RawFile } from '../../../../src/pipeline/types';
import { briefingDocx, scanPdf, statementPdf } from '../../../fixtures/documents/make-documents';

const DIR = path.resolve(import.meta.dirname, '../../../fixtures/documents');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));
const raw = (file: string, data: Uint8Array): RawFile => ({
  file,
  size: data.length,
  bytes: data,
  readError: null,
});

describe('fixtures', () => {
  it('are what the generator makes', async () => {
    expect(bytes('statement.pdf')).toEqual(statementPdf());
    expect(bytes('scan.pdf')).toEqual(scanPdf());
    expect((await docxToText(await briefingDocx())).ok).toBe(true);
  });
});

describe('pdfToText', () => {
  it('gives the text layer in reading order, wrapped lines joined, paragraphs and pages apart', async () => {
    const result = await pdfToText(bytes('statement.pdf'));
    expect(result).toEqual({
      ok: true,
      text: [
        'Ministry statement on the northern exercises',
        'The defence ministry said on Monday that about 12,000 soldiers had returned to their garrisons after the winter exercises ended.',
        'Officials added that a further 3,000 troops would stay near the border until the end of the month to dismantle the field camps.',
        'The statement gave no figure for the armoured units still on the move.',
      ].join('\n\n'),
      meta: { title: 'Northern exercises: ministry statement', author: 'Press office', date: '2022-02-14' },
      messages: [],
    });
  });

  it.each([
    ['a scan (an image, no text layer)', scanPdf(), /without a text layer .*OCR/],
    ['a truncated file', statementPdf().slice(0, 400), /not a readable PDF|without a text layer/],
    ['text named .pdf', new TextEncoder().encode('%PDF-1.4 not really a PDF'), /not a readable PDF/],
  ])('rejects %s with a reason', async (_, data, reason) => {
    const result = await pdfToText(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('docxToText', () => {
  it('gives the paragraphs, and title, author and created date from the core properties', async () => {
    const result = await docxToText(bytes('briefing.docx'));
    expect(result.ok && result.meta).toEqual({
      title: 'Forces near the eastern border',
      author: 'Desk analyst',
      date: '2022-02-16',
    });
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Briefing note: forces near the eastern border',
      'Analysts counted roughly 40 battalion tactical groups in the region this week.',
      'Read More',
      'A senior official said that around 60,000 troops were within 200 km of the border & more were arriving by rail.',
      'No new units were seen near the northern crossing points.',
    ]);
  });

  it.each([
    [
      'an old .doc or encrypted file',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /old-format/,
    ],
    [
      'a zip signature and nothing else',
      new TextEncoder().encode('PK\u0003\u0004 broken'),
      /not a readable Word file/,
    ],
  ])('rejects %s with a reason', async (_, data, reason) => {
    const result = await docxToText(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('PDF and Word files through ingest', () => {
  let dataset: Dataset;
  let bodies: ArticleBody[];

  beforeAll(async () => {
    const files = await Promise.all(
      ['statement.pdf', 'scan.pdf', 'briefing.docx'].map((f) => extractDocument(raw(f, bytes(f)))),
    );
    ({ dataset, bodies } = ingest(
      files,
      loadReference(path.resolve(import.meta.dirname, '../../../../data/reference')),
      {
        generatedAt: '2022-03-01T00:00:00.000Z',
      },
    ));
  }, 60_000);

  it('counts every file in the report: two read, the scan rejected with its reason', () => {
    expect(dataset.report.summary).toEqual({ read: 3, ok: 2, warning: 0, rejected: 1 });
    const scan = dataset.report.files.find((f) => f.file === 'scan.pdf')!;
    expect(scan.messages[0]).toMatch(/without a text layer/);
  });

  it('dates and titles each document from its own metadata', () => {
    const byFile = Object.fromEntries(dataset.articles.map((a) => [a.file, a]));
    expect(byFile['statement.pdf']).toMatchObject({
      title: 'Northern exercises: ministry statement',
      date: '2022-02-14',
      dateSource: 'metadata',
      author: 'Press office',
    });
    expect(byFile['briefing.docx']).toMatchObject({
      title: 'Forces near the eastern border',
      date: '2022-02-16',
    });
  });

  it('drops furniture lines before storing the text, and every quote is exact in what is stored', () => {
    const docx = bodies.find((b) => b.id === dataset.articles.find((a) => a.file === 'briefing.docx')!.id)!;
    expect(docx.text).not.toContain('Read More');
    expect(dataset.claims.length).toBeGreaterThanOrEqual(2);
    for (const claim of dataset.claims) {
      const body = bodies.find((b) => b.id === claim.articleId)!;
      expect(body.text.slice(claim.quote.start, claim.quote.end)).toBe(claim.quote.text);
    }
    expect(dataset.claims.map((c) => c.valueMax)).toEqual(expect.arrayContaining([12_000, 60_000]));
  });
});
