/**
 * The ingest worker in a real Chromium, driven through the benchmark's add-articles page (bench/add): the
 * same files give the CLI's dataset (pdfjs, mammoth and linkedom in their browser builds, the gazetteer from
 * the fetched pbf), the reference loads on first use only and once, and a file over its budget is stopped
 * and reported while the rest go on. The app's "Add articles" dialog has its own tests.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AddRun, PageFile } from '../../bench/add/main';
import { buildAddPage } from '../../bench/add/build';
import type { AddResult } from '../../src/pipeline/browser/protocol';
import { readCorpus } from '../../src/pipeline/node/io';
import { ingestCorpus } from '../../src/pipeline/node/parallel';
import { loadReference } from '../../src/pipeline/node/reference';
import { isLocal, launchChromium } from './chromium';
import { startStaticServer, type StaticServer } from './static-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES: [string, string[]][] = [
  ['data/articles', readdirSync(path.join(ROOT, 'data/articles'))],
  ['tests/fixtures/documents', ['statement.pdf', 'briefing.docx']],
  ['tests/fixtures/pages', ['broadsheet.html']],
];

let work: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

const runAdd = (files: PageFile[], options: { budgetMs?: number; full?: boolean } = {}) =>
  page.evaluate(
    ([f, o]) => (window as unknown as { runAdd: (...a: unknown[]) => Promise<AddRun> }).runAdd(f, o),
    [files, options] as const,
  );

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'add-worker-'));
  mkdirSync(path.join(work, 'corpus'));
  mkdirSync(path.join(work, 'data'));
  for (const [dir, files] of SOURCES)
    for (const file of files) copyFileSync(path.join(ROOT, dir, file), path.join(work, 'corpus', file));
  await buildAddPage(path.join(work, 'page'));
  server = await startStaticServer(path.join(work, 'page'), { add: path.join(work, 'data') });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(`${server.origin}/add/`);
  await page.waitForFunction(() => 'runAdd' in window);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the ingest worker in Chromium', () => {
  test('loads nothing of the pipeline until asked', () => {
    expect(requests.filter((url) => /ingest-worker|cities|actors|places/.test(url))).toEqual([]);
  });

  test('gives the dataset the CLI gives for the seeds, a PDF, a Word file and a saved page', async () => {
    const names = readdirSync(path.join(work, 'corpus')).sort();
    const files: PageFile[] = names.map((name) => ({
      name,
      base64: readFileSync(path.join(work, 'corpus', name)).toString('base64'),
    }));
    const run = await runAdd(files, { full: true });
    const browserResult = JSON.parse(run.result!) as AddResult;
    const reference = path.join(ROOT, 'data/reference');
    const cli = await ingestCorpus(await readCorpus(path.join(work, 'corpus')), {
      workers: 0,
      reference: loadReference(reference),
      referenceDir: reference,
      generatedAt: browserResult.dataset.generatedAt,
    });
    expect(browserResult.dataset.claims.length).toBeGreaterThan(15);
    expect(browserResult.dataset.articles.map((a) => a.file).sort()).toEqual(names);
    expect(browserResult.dataset).toEqual(cli.dataset);
    expect(browserResult.bodies).toEqual(cli.bodies);
    expect(run.progress[0]).toMatchObject({ stage: 'loading reference', done: 0, total: 2 });
    expect(run.progress.at(-1)).toMatchObject({ stage: 'assembling', done: 1, total: 1 });
    expect(requests.some((url) => /\/assets\/cities-[\w-]+\.pbf$/.test(url))).toBe(true);
    expect(problems).toEqual([]);
  });

  test('keeps the reference it loaded for the next batch', async () => {
    const before = requests.length;
    const text = 'Officials said about 2,000 troops had left the camp near the border on Friday.';
    const run = await runAdd([{ name: 'again.txt', text }]);
    expect(run.articles).toBe(1);
    expect(run.progress.map((p) => p.stage)).not.toContain('loading reference');
    expect(requests.slice(before).filter((url) => /cities|actors|places/.test(url))).toEqual([]);
  });

  test('stops a file that runs over its budget, reports it, and still answers', async () => {
    // Our own sentences, repeated into a long file that takes far more than the tiny budget to analyse.
    const long = Array.from(
      { length: 3000 },
      (_, i) => `Report ${i}: about ${1000 + i} troops moved near the border town, officials said.`,
    ).join('\n\n');
    const run = await runAdd([{ name: 'long.txt', text: long }], { budgetMs: 50, full: true });
    const { dataset } = JSON.parse(run.result!) as AddResult;
    expect(dataset.report.files).toEqual([
      {
        file: 'long.txt',
        status: 'rejected',
        messages: ['took too long to read (stopped after 0.05 s of work; the limit per file)'],
        articleId: null,
      },
    ]);
    expect(problems).toEqual([]);
  });
});
