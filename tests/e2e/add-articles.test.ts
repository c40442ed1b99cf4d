/**
 * Adding articles in the browser, one flow: choose files and paste text, see their claims in the chart and their
 * text in the reader with the quote marked, search them, reload and keep them, download the dataset and open it in
 * a fresh browser with the same view, then remove them. The added file's claims match the CLI's on the same file.
 * Then "Back to the bundled data" after opening a dataset file: the bundled data again, the view and the articles
 * added here kept.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseDatasetFile, parseDatasetFileText, toDatasetFile } from '../../src/domain/dataset-file';
import type { ArticleBody, Claim, Dataset } from '../../src/domain/schema';
import { DESKTOP, expectNoProblems, params, screenshot, startSession, type Session } from './browser';
import { matchCounts, regions, waitForChartPoints, waitForDashboard } from './dashboard';
import { seedDataset } from './seed-dataset';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
// The first add loads the worker, the reference tables and the gazetteer: seconds on a busy machine.
const WAIT = { timeout: 60_000 };

const ARTICLE = `---
title: Brigades gather along the northern frontier
outlet: Example Ledger
date: 2022-01-20
---
Brigades gather along the northern frontier

Western officials said on Thursday that Russia now has about 112,000 troops stationed near the Ukraine border.

Ukraine's defence ministry said a further 9,000 soldiers had reached Belarus, where quartermasters were seen unloading field kitchens.
`;
const PASTED =
  'Analysts counting tents in new satellite pictures said roughly 48,000 troops were camped near Voronezh, ' +
  'a figure the Pentagon said matched its own count.';

/** What the CLI's claims and the browser's have to agree on (ids may differ: the browser keeps clear of the app's). */
function claimFacts(claims: readonly Claim[]) {
  return claims
    .map((c) => ({
      value: [c.valueMin, c.valueMax],
      unit: c.unit,
      kind: c.kind,
      claimants: c.claimantIds,
      places: c.placeIds,
      quote: c.quote.text,
      span: [c.quote.start, c.quote.end],
    }))
    .sort((a, b) => a.span[0]! - b.span[0]!);
}

/** The seed articles `ids` as a dataset of their own, with their bodies: a file a colleague might send. */
function seedPart(seed: Dataset, ids: readonly string[]): { dataset: Dataset; bodies: ArticleBody[] } {
  const keep = new Set(ids);
  const files = seed.report.files.filter((f) => f.articleId !== null && keep.has(f.articleId));
  const dataset: Dataset = {
    ...seed,
    articles: seed.articles.filter((a) => keep.has(a.id)),
    claims: seed.claims.filter((c) => keep.has(c.articleId)),
    outlets: seed.outlets
      .map((o) => ({ ...o, articleIds: o.articleIds.filter((id) => keep.has(id)) }))
      .filter((o) => o.articleIds.length > 0),
    events: seed.events.filter((e) => e.sources.every((source) => keep.has(source.articleId))),
    report: { files, summary: { read: files.length, ok: files.length, warning: 0, rejected: 0 } },
  };
  const body = (id: string) =>
    JSON.parse(
      readFileSync(join(inject('seedDataDir'), 'articles', `${encodeURIComponent(id)}.json`), 'utf8'),
    ) as ArticleBody;
  return { dataset, bodies: ids.map(body) };
}

/** A seed article copied under a new id and title, with its claims: an article added earlier in this browser. */
function addedCopy(seed: Dataset, id: string, title: string): { dataset: Dataset; bodies: ArticleBody[] } {
  const part = seedPart(seed, [id]);
  const copy = `${id}-added-here`;
  const dataset: Dataset = {
    ...part.dataset,
    articles: part.dataset.articles.map((a) => ({ ...a, id: copy, file: 'added-here.txt', title })),
    claims: part.dataset.claims.map((c) => ({ ...c, id: `${c.id}-added`, articleId: copy })),
    outlets: part.dataset.outlets.map((o) => ({ ...o, articleIds: [copy] })),
    events: [],
    report: {
      files: [{ file: 'added-here.txt', status: 'ok', messages: [], articleId: copy }],
      summary: { read: 1, ok: 1, warning: 0, rejected: 0 },
    },
  };
  return { dataset, bodies: part.bodies.map((b) => ({ ...b, id: copy })) };
}

function dialogOf(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Add articles' });
}

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add articles' }).click();
  const dialog = dialogOf(page);
  await dialog.waitFor({ state: 'visible', timeout: 20_000 });
  return dialog;
}

/** Opens the article card titled `title` and returns the reader's text. */
async function openCard(page: Page, title: string): Promise<Locator> {
  const { articles } = regions(page);
  const card = articles.locator('.article-card', { hasText: title });
  await expect.poll(() => card.getByText('Added here').count(), WAIT).toBe(1);
  await screenshot(page, 'add-articles-list');
  await card.getByRole('button', { name: title }).click();
  return articles;
}

describe('adding articles in the browser', () => {
  let session: Session;
  let work = '';
  beforeAll(async () => {
    session = await startSession(DESKTOP);
    work = await mkdtemp(join(tmpdir(), 'crisis-add-'));
    await writeFile(join(work, 'border-brief.txt'), ARTICLE);
    await writeFile(join(work, 'notes.xyz'), 'not an article');
  });
  afterAll(async () => {
    await session.close();
    await rm(work, { recursive: true, force: true });
  });

  test('choose, paste, see, search, reload, download, open elsewhere, remove', async () => {
    const seed = seedDataset();
    // The CLI on the same file, in this process's time: its claims are what the browser must find.
    const cliOut = join(work, 'cli-out');
    const cli = run(
      join(root, 'node_modules/.bin/tsx'),
      ['src/pipeline/node/cli.ts', '--in', work, '--out', cliOut],
      { cwd: root, env: { ...process.env, SOURCE_DATE_EPOCH: '1645000000' } },
    ).then(async () => JSON.parse(await readFile(join(cliOut, 'dataset.json'), 'utf8')) as Dataset);

    const page = await session.open('/seed/');
    await waitForDashboard(page);
    const before = await matchCounts(page);
    expect(before).toEqual({ claims: expect.any(Number), articles: seed.articles.length });
    // Choose files: one article, one file of a type the CLI does not read.
    let dialog = await openDialog(page);
    await dialog
      .getByLabel('Choose files')
      .setInputFiles([join(work, 'border-brief.txt'), join(work, 'notes.xyz')]);
    await dialog.getByRole('progressbar').waitFor({ state: 'attached', timeout: 20_000 });
    const report = dialog.getByRole('region', { name: 'Report' });
    await report.waitFor({ state: 'visible', ...WAIT });
    expect(await report.innerText()).toContain('Files read: 2 (ok 1, warning 0, rejected 1)');
    expect(await report.innerText()).toMatch(/rejected\s+notes\.xyz: is not a supported type/);
    await screenshot(page, 'add-articles-report');
    const expected = await cli;
    expect(expected.claims.length).toBeGreaterThan(0);
    await expect
      .poll(() => matchCounts(page), WAIT)
      .toEqual({ claims: before.claims! + expected.claims.length, articles: seed.articles.length + 1 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The claim is in the chart; selecting it opens the added article with its sentence marked.
    const { chart } = regions(page);
    const point = chart
      .getByLabel(/112,000 troops/)
      .or(chart.getByRole('button', { name: /112,000 troops/ }));
    await point.first().click();
    await expect.poll(() => params(page).get('claim'), WAIT).not.toBeNull();
    const claimId = params(page).get('claim')!;
    await expect.poll(() => params(page).get('article'), WAIT).not.toBeNull();
    const link = new URL(page.url()).search;
    const { articles } = regions(page);
    const mark = articles.locator('mark').filter({ hasText: '112,000' });
    await mark.first().waitFor({ state: 'visible', ...WAIT });
    expect(await mark.first().innerText()).toContain('Western officials said on Thursday');
    await screenshot(page, 'add-articles-reader');
    // Paste: text with a title, outlet and date.
    dialog = await openDialog(page);
    await dialog.getByLabel('Paste article text').fill(PASTED);
    await dialog.getByLabel('Title').fill('Tents multiply near Voronezh');
    await dialog.getByLabel('Outlet').fill('Pasted Post');
    await dialog.getByLabel('Date').fill('2022-02-02');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => report.innerText(), WAIT).toContain('Files read: 1 (ok 1');
    await expect.poll(() => matchCounts(page).then((c) => c.articles), WAIT).toBe(seed.articles.length + 2);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: '← All articles' }).click();
    const pasted = await openCard(page, 'Tents multiply near Voronezh');
    await expect.poll(() => pasted.innerText(), WAIT).toContain('roughly 48,000 troops were camped');
    // Search finds the added texts.
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.fill('quartermasters');
    await expect.poll(() => matchCounts(page).then((c) => c.articles), WAIT).toBe(1);
    await box.press('Escape');
    // A reload shows them again, and the link to the added claim still opens its sentence.
    const counts = {
      claims: before.claims! + expected.claims.length + 1,
      articles: seed.articles.length + 2,
    };
    await page.goto(page.url().replace(/\?.*$/, link));
    await waitForDashboard(page);
    await expect.poll(() => matchCounts(page), WAIT).toEqual(counts);
    await articles
      .locator('mark')
      .filter({ hasText: '112,000' })
      .first()
      .waitFor({ state: 'visible', ...WAIT });
    // Download the merged dataset: valid, complete, and the added file's claims are the CLI's.
    dialog = await openDialog(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download dataset' }).click(),
    ]);
    const saved = join(work, 'shared.json');
    await download.saveAs(saved);
    const parsed = parseDatasetFileText(await readFile(saved, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { dataset, bodies } = parsed.content;
    expect(dataset.articles).toHaveLength(seed.articles.length + 2);
    expect(bodies).toHaveLength(seed.articles.length + 2);
    const added = dataset.articles.find((a) => a.file === 'border-brief.txt')!;
    expect(claimFacts(dataset.claims.filter((c) => c.articleId === added.id))).toEqual(
      claimFacts(expected.claims),
    );
    expectNoProblems(session.problems);
    // A fresh browser profile: the link names what it lacks and shows the rest; the opened file gives the same view.
    // A new context of the same browser has storage of its own: nothing added here is in it.
    const other = await startSession(DESKTOP, { browser: session.context.browser()! });
    try {
      const fresh = await other.open(`/seed/${link}`);
      await waitForDashboard(fresh);
      const notice = fresh.getByRole('region', { name: 'Link notice' });
      await expect
        .poll(() => notice.innerText(), WAIT)
        .toMatch(/refers to 1 article and 1 claim not in this dataset/);
      await waitForChartPoints(fresh);
      await screenshot(fresh, 'add-articles-link-elsewhere');
      const freshDialog = await openDialog(fresh);
      await freshDialog.getByLabel('Open dataset file').setInputFiles(saved);
      await expect
        .poll(() => freshDialog.getByRole('status').last().innerText(), WAIT)
        .toMatch(/Opened "shared.json"/);
      await fresh.goto(fresh.url().replace(/\?.*$/, link));
      await waitForDashboard(fresh);
      await expect.poll(() => matchCounts(fresh), WAIT).toEqual(counts);
      expect(params(fresh).get('claim')).toBe(claimId);
      const freshMark = regions(fresh).articles.locator('mark').filter({ hasText: '112,000' });
      await freshMark.first().waitFor({ state: 'visible', ...WAIT });
      expect(await fresh.getByRole('region', { name: 'Link notice' }).count()).toBe(0);
      expectNoProblems(other.problems);
    } finally {
      await other.close();
    }
    // Remove them, after a confirmation: the bundled data alone, also after a reload.
    await dialog.getByRole('button', { name: 'Remove added articles' }).click();
    await dialog
      .getByRole('group', { name: 'Confirm removal' })
      .getByRole('button', { name: 'Remove them' })
      .click();
    await expect.poll(() => matchCounts(page), WAIT).toEqual(before);
    await page.goto(page.url().replace(/\?.*$/, ''));
    await waitForDashboard(page);
    await expect.poll(() => matchCounts(page), WAIT).toEqual(before);
    expectNoProblems(session.problems);
  });

  test('"Back to the bundled data" after opening a file: the bundled data, the same view, the added articles kept', async () => {
    const seed = seedDataset();
    const withClaims = seed.articles.filter((a) => a.kind === 'article' && a.claimCount > 0);
    const sent = seedPart(
      seed,
      withClaims.slice(0, 3).map((a) => a.id),
    );
    const title = 'A brief added earlier in this browser';
    const added = addedCopy(seed, withClaims[3]!.id, title);
    for (const content of [sent, added])
      expect(parseDatasetFile(toDatasetFile(content))).toMatchObject({ skipped: [] });
    const file = join(work, 'colleague.json');
    await writeFile(file, JSON.stringify(toDatasetFile(sent)));
    // The claim to look at is in both datasets; its article stays open throughout.
    const claim = sent.dataset.claims[0]!;

    // A context of its own (its own storage), in the browser already running.
    const own = await startSession(DESKTOP, { browser: session.context.browser()! });
    try {
      const page = await own.open('/seed/');
      await waitForDashboard(page);
      const bundled = await matchCounts(page);
      // Articles added earlier in this browser, as the app keeps them (docs/app.md, "Storage").
      await page.evaluate(
        async ({ key, record }) => {
          const db = await new Promise<IDBDatabase>((done, fail) => {
            const request = indexedDB.open('crisis-ledger');
            request.onupgradeneeded = () => request.result.createObjectStore('local-data');
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          });
          await new Promise((done, fail) => {
            const transaction = db.transaction('local-data', 'readwrite');
            transaction.objectStore('local-data').put(record, key);
            transaction.oncomplete = done;
            transaction.onerror = () => fail(transaction.error);
          });
          db.close();
        },
        { key: '/seed/:added', record: toDatasetFile(added) },
      );
      const withAdded = {
        claims: bundled.claims! + added.dataset.claims.length,
        articles: bundled.articles! + 1,
      };
      await page.goto(new URL(`?claim=${encodeURIComponent(claim.id)}`, page.url()).href);
      await waitForDashboard(page);
      await expect.poll(() => matchCounts(page), WAIT).toEqual(withAdded);

      // Open the colleague's file: its articles and the added one, the selected claim still open.
      const dialog = await openDialog(page);
      await dialog.getByLabel('Open dataset file').setInputFiles(file);
      const status = dialog.getByRole('status').last();
      await expect.poll(() => status.innerText(), WAIT).toMatch(/Opened "colleague.json": 3 articles/);
      const opened = { claims: sent.dataset.claims.length + added.dataset.claims.length, articles: 4 };
      await expect.poll(() => matchCounts(page), WAIT).toEqual(opened);
      expect(params(page).get('claim')).toBe(claim.id);

      // Back: the bundled data with the added article, the URL and the open article as they were. Going back reloads
      // from this browser's storage, so the counts also show the file is gone from it and the added article is not.
      const url = page.url();
      await dialog.getByRole('button', { name: 'Back to the bundled data' }).click();
      await expect.poll(() => status.innerText(), WAIT).toBe('Showing the bundled data again.');
      await expect.poll(() => matchCounts(page), WAIT).toEqual(withAdded);
      const panel = dialog.getByRole('region', { name: 'Data in this browser' });
      expect(await panel.innerText()).toMatch(
        /Showing the bundled data: [\d,]+ articles, 1 of them added here/,
      );
      expect(await panel.getByRole('button', { name: 'Back to the bundled data' }).count()).toBe(0);
      expect(page.url()).toBe(url);
      const { articles } = regions(page);
      await articles.locator('mark').first().waitFor({ state: 'visible', timeout: 15_000 });
      expect(await articles.innerText()).toContain(claim.quote.text.slice(0, 40));
      expect(await page.getByRole('region', { name: 'Link notice' }).count()).toBe(0);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await screenshot(page, 'add-articles-back-to-bundled');

      expectNoProblems(own.problems);
    } finally {
      await own.close();
    }
  });
});
