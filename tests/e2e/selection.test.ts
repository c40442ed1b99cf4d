import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, expectNoProblems, params, screenshot, startSession, type Session } from './browser';
import { chartPoints, filters, regions, selected, waitForChartPoints, waitForDashboard } from './dashboard';
import { seedDataset, valueText } from './seed-dataset';

/** Asserts `claimId` is emphasised in the chart and the map, and its article is open at the marked quote. */
async function expectSelectionShown(page: Page, claimId: string): Promise<void> {
  const claim = seedDataset().claims.find((candidate) => candidate.id === claimId);
  expect(claim, `claim ${claimId} from the URL is in the dataset`).toBeDefined();
  if (!claim) return;
  const { map, chart, articles } = regions(page);
  const article = seedDataset().articles.find((candidate) => candidate.id === claim.articleId);

  await expect.poll(() => selected(chart).count(), { timeout: 5_000 }).toBeGreaterThan(0);
  // A claim without a place has nothing to emphasise on the map.
  if (claim.placeIds.length > 0)
    await expect.poll(() => selected(map).count(), { timeout: 5_000 }).toBeGreaterThan(0);

  const mark = articles
    .locator('mark')
    .filter({ hasText: valueText(claim) })
    .first();
  await mark.waitFor({ state: 'visible', timeout: 10_000 });
  if (article) await expect.poll(() => articles.innerText()).toContain(article.title.slice(0, 40));

  // "Scrolled to the quote": the mark lies inside the visible part of the Articles region.
  await expect
    .poll(async () => {
      const [markBox, regionBox] = [await mark.boundingBox(), await articles.boundingBox()];
      if (!markBox || !regionBox) return false;
      return markBox.y >= regionBox.y - 1 && markBox.y + markBox.height <= regionBox.y + regionBox.height + 1;
    })
    .toBe(true);
}

describe('selecting a claim links the three views', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  const open = async (path = '/seed/'): Promise<Page> => {
    const page = await session.open(path);
    await waitForDashboard(page);
    await waitForChartPoints(page);
    return page;
  };

  test('clicking a chart point selects its claim everywhere', async () => {
    const page = await open();
    const point = chartPoints(page).first();
    const name = await point.getAttribute('aria-label');
    await point.click();
    await expect.poll(() => params(page).get('claim')).not.toBeNull();
    const claimId = params(page).get('claim') ?? '';
    await expectSelectionShown(page, claimId);
    // The reader names the claim in the chart's words (claimants, "jointly", "unattributed").
    const claim = seedDataset().claims.find((c) => c.id === claimId)!;
    const quote = regions(page)
      .articles.locator('.reader__claim')
      .filter({ hasText: valueText(claim) });
    expect(await quote.first().getAttribute('title')).toBe(name);
    await screenshot(page, 'desktop-selected-claim');
    expectNoProblems(session.problems);
  });

  test('Enter on a focused chart point selects its claim', async () => {
    const page = await open();
    const point = chartPoints(page).last();
    await point.focus();
    await expect.poll(() => point.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('claim')).not.toBeNull();
    await expectSelectionShown(page, params(page).get('claim') ?? '');
  });

  test('clicking a troop symbol on the map selects a claim', async () => {
    const page = await open();
    const { map } = regions(page);
    const named = map.getByRole('button', { name: /troops/i });
    const paths = map.locator('path.leaflet-interactive');
    // Wait for the symbols to be drawn before choosing between the two ways they may be exposed.
    await named.or(paths).first().waitFor({ state: 'attached', timeout: 20_000 });
    const symbol = (await named.count()) > 0 ? named.first() : paths.last();
    await symbol.click();
    await expect.poll(() => params(page).get('claim')).not.toBeNull();
    await expectSelectionShown(page, params(page).get('claim') ?? '');
  });

  test('Back undoes a selection', async () => {
    const page = await open();
    await chartPoints(page).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('claim')).not.toBeNull();
    await page.goBack();
    await expect.poll(() => params(page).get('claim')).toBeNull();
    await expect.poll(() => regions(page).articles.locator('mark').count()).toBe(0);
    expect(await regions(page).chart.isVisible()).toBe(true);
  });

  test('a deep link opened in a new browser context reproduces the view', async () => {
    const claim = seedDataset().claims.find(
      (candidate) => candidate.reportedOn !== null && candidate.troopsMax,
    );
    expect(claim).toBeDefined();
    const fresh = await startSession(DESKTOP);
    try {
      const page = await fresh.open(`/seed/?claim=${claim?.id}&from=${claim?.reportedOn}`);
      await waitForDashboard(page);
      await expectSelectionShown(page, claim?.id ?? '');
      // The field writes the day in the browser's locale order; the URL keeps it as YYYY-MM-DD.
      const [y, m, d] = (claim?.reportedOn ?? '').split('-');
      expect(await filters(page).getByLabel('From').inputValue()).toMatch(
        new RegExp(`^(${m}/${d}/${y}|${d}/${m}/${y}|${y}-${m}-${d})$`),
      );
      expect(params(page).get('from')).toBe(claim?.reportedOn);
      expect(params(page).get('claim')).toBe(claim?.id);
      expectNoProblems(fresh.problems);
    } finally {
      await fresh.close();
    }
  });
});
