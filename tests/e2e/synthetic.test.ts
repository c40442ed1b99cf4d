import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { DESKTOP, expectNoProblems, startSession, type Session } from './browser';
import { chartPoints, matchCounts, regions, waitForChartPoints, waitForDashboard } from './dashboard';
import { horizontalOverflow } from './overflow';

const dataset = (): Dataset =>
  JSON.parse(readFileSync(join(inject('synthDataDir'), 'dataset.json'), 'utf8')) as Dataset;

// The seeds are five articles; this is the same app on 3,000 generated ones (many claimants, live pages, HTML).
describe('a 3,000-article synthetic dataset', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('renders all three views with chart points and the right counts', async () => {
    const page = await session.open('/synth/');
    await waitForDashboard(page);
    await waitForChartPoints(page);
    await expect.poll(() => chartPoints(page).count()).toBeGreaterThan(10);
    await expect
      .poll(() => matchCounts(page))
      .toEqual({
        claims: dataset().claims.length,
        articles: dataset().articles.length,
      });
    await expect.poll(() => horizontalOverflow(page).then((o) => o.outside)).toEqual([]);
    expectNoProblems(session.problems);
  });

  test('a live page opens with its entries', async () => {
    const live = dataset().articles.find(
      (article) => article.kind === 'liveblog' && article.entries.length > 1,
    );
    expect(live, 'a live page in the synthetic corpus').toBeDefined();
    const page = await session.open(`/synth/?article=${live?.id}`);
    await waitForDashboard(page);
    const { articles } = regions(page);
    for (const entry of live?.entries.slice(0, 2) ?? []) {
      await expect.poll(() => articles.innerText(), { timeout: 10_000 }).toContain(entry.headline);
    }
    expectNoProblems(session.problems);
  });
});
