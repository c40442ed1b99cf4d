/**
 * The analyst's loop in a real browser: confirm, correct and reject claims and see the chart, table and export
 * change; reload and keep them; export reviews.json, ingest with it, and open the corrected dataset.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ReviewsFileSchema, type Review } from '../../src/domain/reviews';
import { DatasetSchema, type Claim } from '../../src/domain/schema';
import { DESKTOP, expectNoProblems, screenshot, startSession, type Session } from './browser';
import { filters, matchCounts, regions, waitForDashboard } from './dashboard';
import { chartableClaims, seedDataset } from './seed-dataset';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const WAIT = { timeout: 15_000 };
const number = (n: number) => n.toLocaleString('en-GB');

/** The reader's review section for the selected claim. */
const controls = (page: Page) => page.getByRole('region', { name: 'Review this claim' });

async function openClaim(session: Session, claim: Claim, extra = ''): Promise<Page> {
  const page = await session.open(`/seed/?claim=${claim.id}${extra}`);
  await waitForDashboard(page);
  await controls(page).waitFor({ state: 'visible', timeout: 20_000 });
  return page;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await file.path()) ?? '', 'utf8');
}

describe('reviewing claims', () => {
  let session: Session;
  let work = '';
  beforeAll(async () => {
    session = await startSession(DESKTOP);
    work = await mkdtemp(join(tmpdir(), 'crisis-review-'));
  });
  afterAll(async () => {
    await session.close();
    await rm(work, { recursive: true, force: true });
  });

  // Three claims of different articles' troop counts; the chart draws each of them.
  const claims = () => {
    const troops = chartableClaims(seedDataset()).filter((c) => c.unit === 'troops' && !c.vague);
    return { keep: troops[0]!, fix: troops[1]!, drop: troops[2]! };
  };

  test('confirm, correct and reject change the chart, the table and the export, and survive a reload', async () => {
    const { keep, fix, drop } = claims();
    const total = seedDataset().claims.length;

    let page = await openClaim(session, keep);
    await controls(page).getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => controls(page).innerText(), WAIT).toMatch(/Review status: Confirmed/);

    // Correct with the keyboard only: the form takes focus, Tab moves through it, Enter saves.
    page = await openClaim(session, fix);
    await controls(page).getByRole('button', { name: 'Correct' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Correct the claim' });
    await form.waitFor({ state: 'visible' });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('123456');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('123456');
    await form.getByLabel('Note').fill('The ministry gave 123,456 the next day.');
    await form.getByRole('button', { name: 'Save correction' }).press('Enter');
    const was = `corrected: was ${number(fix.valueMin)}`;
    await expect.poll(() => controls(page).innerText(), WAIT).toMatch(/Review status: Corrected/);
    const point = regions(page).chart.getByRole('button', {
      name: new RegExp(`123,456 troops.*\\(${was}\\)`),
    });
    await point.first().waitFor({ state: 'attached', timeout: 15_000 });
    await point.first().hover();
    await expect.poll(() => page.getByRole('tooltip').innerText(), WAIT).toContain(was);
    await screenshot(page, 'desktop-review-corrected');

    page = await openClaim(session, drop);
    const reject = controls(page).getByRole('button', { name: 'Reject' });
    await reject.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => matchCounts(page).then((c) => c.claims), WAIT).toBe(total - 1);
    // Undo brings it back; a second Reject stands.
    await controls(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => matchCounts(page).then((c) => c.claims), WAIT).toBe(total);
    await reject.click();
    await expect.poll(() => matchCounts(page).then((c) => c.claims), WAIT).toBe(total - 1);
    const reviews = page.getByRole('group', { name: 'Reviews' });
    await reviews.getByLabel('Show rejected').check();
    await expect.poll(() => matchCounts(page).then((c) => c.claims), WAIT).toBe(total);
    await reviews.getByLabel('Show rejected').uncheck();

    // A reload keeps every review; the table and the export carry them.
    page = await session.open('/seed/?chart=table');
    await waitForDashboard(page);
    const table = regions(page).chart.getByRole('table');
    await table.waitFor({ state: 'visible', timeout: 15_000 });
    const row = (claim: Claim) => table.locator('tr', { hasText: claim.quote.text.slice(0, 40) }).first();
    await expect.poll(() => row(keep).innerText(), WAIT).toMatch(/Confirmed/);
    await expect.poll(() => row(fix).innerText(), WAIT).toMatch(/Corrected \(was .*\)/);
    expect(await table.locator('tr', { hasText: drop.quote.text.slice(0, 40) }).count()).toBeLessThanOrEqual(
      seedDataset().claims.filter((c) => c.quote.text === drop.quote.text).length - 1,
    );
    const bar = page.getByRole('group', { name: 'Reviews' });
    await bar.getByLabel('Review status').selectOption('corrected');
    await expect.poll(() => matchCounts(page).then((c) => c.claims), WAIT).toBe(1);
    await bar.getByLabel('Review status').selectOption('');

    await filters(page).getByRole('button', { name: 'Export' }).click();
    const rows = JSON.parse(
      await download(page, () => page.getByRole('button', { name: 'Download JSON' }).click()),
    ) as Record<string, unknown>[];
    expect(rows.find((r) => r.id === fix.id)).toMatchObject({
      valueMin: 123_456,
      reviewStatus: 'corrected',
      reviewNote: 'The ministry gave 123,456 the next day.',
      originalValueMin: fix.valueMin,
    });
    expect(rows.find((r) => r.id === keep.id)).toMatchObject({ reviewStatus: 'confirmed' });
    expect(rows.find((r) => r.id === drop.id)).toBeUndefined();
    expectNoProblems(session.problems);
  });

  test('exported reviews, applied by ingest, give the corrected dataset; a stale review shows as orphaned', async () => {
    const { keep, fix, drop } = claims();
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    const text = await download(page, () =>
      page.getByRole('group', { name: 'Reviews' }).getByRole('button', { name: 'Export reviews' }).click(),
    );
    const exported = ReviewsFileSchema.parse(JSON.parse(text));
    expect(new Map(exported.reviews.map((r) => [r.claimId, r.status]))).toEqual(
      new Map([
        [keep.id, 'confirmed'],
        [fix.id, 'corrected'],
        [drop.id, 'rejected'],
      ]),
    );

    // A newsroom commits reviews.json beside its articles; one review names a claim that no longer exists.
    const stale: Review = {
      ...exported.reviews[0]!,
      claimId: 'gone-article:c0000000000',
      status: 'confirmed',
      correction: null,
    };
    await cp(join(root, 'data/articles'), join(work, 'articles'), { recursive: true });
    await writeFile(
      join(work, 'reviews.json'),
      JSON.stringify({ ...exported, reviews: [...exported.reviews, stale] }),
    );
    const out = inject('reviewedDataDir');
    const { stdout } = await run(
      join(root, 'node_modules/.bin/tsx'),
      ['src/pipeline/node/cli.ts', '--in', join(work, 'articles'), '--out', out],
      { cwd: root },
    );
    expect(stdout).toMatch(/Reviews: 3 applied \(1 confirmed, 1 corrected, 1 rejected\), 1 orphaned/);
    const dataset = DatasetSchema.parse(JSON.parse(await readFile(join(out, 'dataset.json'), 'utf8')));
    expect(dataset.claims.find((c) => c.id === fix.id)).toMatchObject({
      valueMin: 123_456,
      valueMax: 123_456,
    });

    // A browser that never reviewed anything sees the corrections and the orphan from the dataset itself.
    const fresh = await startSession(DESKTOP);
    try {
      const reviewed = await fresh.open('/reviewed/?chart=table');
      await waitForDashboard(reviewed);
      const table = regions(reviewed).chart.getByRole('table');
      await table.waitFor({ state: 'visible', timeout: 15_000 });
      const row = table.locator('tr', { hasText: fix.quote.text.slice(0, 40) }).first();
      await expect.poll(() => row.innerText(), WAIT).toMatch(/123,456 troops[\s\S]*Corrected \(was /);
      await expect
        .poll(() => matchCounts(reviewed).then((c) => c.claims), WAIT)
        .toBe(dataset.claims.length - 1);
      const orphans = reviewed.getByRole('group', { name: 'Reviews' }).getByText('1 orphaned review');
      await orphans.click();
      await expect
        .poll(() => reviewed.getByRole('group', { name: 'Reviews' }).innerText(), WAIT)
        .toMatch(/Confirmed, orphaned: no claim gone-article:c0000000000/);
      await screenshot(reviewed, 'desktop-reviewed-dataset');
      expectNoProblems(fresh.problems);
    } finally {
      await fresh.close();
    }
  });
});
