import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, expectNoProblems, screenshot, startSession, type Session } from './browser';
import {
  chartPoints,
  regions,
  settledBox,
  waitForBasemap,
  waitForChartPoints,
  waitForDashboard,
} from './dashboard';
import { clippedSvgText } from './overflow';
import { chartableClaims, seedDataset } from './seed-dataset';

describe('loading the seed dataset on a desktop', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('shows the map, the chart and the articles, offline and without errors', async () => {
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    const { map, chart, articles } = regions(page);

    // Side by side at 1440x900: each region is in the viewport and none is hidden under another.
    for (const region of [map, chart, articles]) {
      const box = await settledBox(region);
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(150);
    }

    // The bundled basemap is drawn with no tile server.
    await waitForBasemap(page);

    expect(await waitForChartPoints(page)).toBeGreaterThan(0);
    expect(await chartPoints(page).count()).toBeLessThanOrEqual(chartableClaims(seedDataset()).length);

    const first = seedDataset().articles[0];
    if (first) await expect.poll(() => articles.innerText()).toContain(first.title.slice(0, 40));

    await expect
      .poll(() => clippedSvgText(page), { message: 'chart and legend labels cut off by their SVG' })
      .toEqual([]);
    await screenshot(page, 'desktop-default');
    expectNoProblems(session.problems);
  });
});
