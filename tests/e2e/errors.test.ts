import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESKTOP, startSession, type Session } from './browser';
import { chartPoints, regions, waitForChartPoints, waitForDashboard } from './dashboard';
import { seedDataset } from './seed-dataset';

describe('broken data gives a clear message, never a blank page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test.each([
    ['bad-version', /version/i],
    ['missing', /dataset\.json|not found|404/i],
    ['truncated', /not valid JSON; it may be truncated/],
  ])('%s: says what is wrong and offers Retry', async (mount, reason) => {
    const page = await session.open(`/${mount}/`);
    const retry = page.getByRole('button', { name: 'Retry' });
    await retry.waitFor({ state: 'visible', timeout: 20_000 });
    const text = await page.locator('body').innerText();
    expect(text).toMatch(reason);
    expect(text).toMatch(/dataset/i);

    let requests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/data/dataset.json')) requests += 1;
    });
    await retry.click();
    await expect.poll(() => requests).toBeGreaterThan(0);
    await retry.waitFor({ state: 'visible', timeout: 10_000 });
    expect(session.problems.pageErrors).toEqual([]);
  });

  test('some bad rows: the good ones show and the skipped ones are counted', async () => {
    const page = await session.open('/bad-rows/');
    await waitForDashboard(page);
    expect(await waitForChartPoints(page)).toBeGreaterThan(0);
    const skipped = inject('badRowCount');
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 10_000 })
      .toMatch(new RegExp(`\\b${skipped}\\b[^\\n]*skipped|skipped[^\\n]*\\b${skipped}\\b`, 'i'));
    expect(session.problems.pageErrors).toEqual([]);
  });

  test('an article body that fails to load shows an error with Retry in its panel', async () => {
    const article = seedDataset().articles[0];
    expect(article).toBeDefined();
    let failing = true;
    await session.context.route('**/data/articles/*.json', (route) =>
      failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
    );
    try {
      const page = await session.open(`/seed/?article=${article?.id}`);
      await waitForDashboard(page);
      const { articles, chart } = regions(page);
      const retry = articles.getByRole('button', { name: 'Retry' });
      await retry.waitFor({ state: 'visible', timeout: 20_000 });
      // The rest keeps working while the body is broken.
      await waitForChartPoints(page);
      expect(await chart.isVisible()).toBe(true);

      failing = false;
      await retry.click();
      const firstLine = (article?.title ?? '').slice(0, 30);
      await expect
        .poll(() => articles.getByRole('button', { name: 'Retry' }).count(), { timeout: 10_000 })
        .toBe(0);
      await expect.poll(() => articles.innerText()).toContain(firstLine);
      expect(await chartPoints(page).count()).toBeGreaterThan(0);
    } finally {
      await session.context.unrouteAll();
    }
  });
});
