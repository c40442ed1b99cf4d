import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PHONE, expectNoProblems, params, screenshot, startSession, type Session } from './browser';
import { chartPoints, regions, waitForBasemap } from './dashboard';
import { clippedSvgText, horizontalOverflow } from './overflow';
import { seedDataset } from './seed-dataset';

/** How many of the three regions are visible, and which. */
async function visibleRegions(page: Page): Promise<string[]> {
  const all = regions(page);
  const shown: string[] = [];
  for (const [name, region] of Object.entries(all)) if (await region.isVisible()) shown.push(name);
  return shown;
}

/** Polled, not read once: a pane that has just appeared may still be laying out. */
async function expectNothingCutOff(page: Page): Promise<void> {
  await expect
    .poll(() => horizontalOverflow(page).then((o) => o.outside), {
      message: 'elements sticking out of the 390px viewport',
    })
    .toEqual([]);
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.viewport);
  await expect
    .poll(() => clippedSvgText(page), { message: 'chart and legend labels cut off by their SVG' })
    .toEqual([]);
}

describe('phone layout at 390x844', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(PHONE);
  });
  afterAll(() => session.close());

  test('tabs switch between the panes, one at a time, nothing cut off', async () => {
    const page = await session.open('/seed/');
    const tabs = page.getByRole('tablist').getByRole('tab');
    await tabs.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await tabs.count()).toBe(3);
    await expect.poll(() => visibleRegions(page)).toEqual(['map']);
    await waitForBasemap(page);
    await expectNothingCutOff(page);
    await screenshot(page, 'phone-default');

    for (const tab of await tabs.all()) {
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => visibleRegions(page).then((shown) => shown.length)).toBe(1);
      const [shown] = await visibleRegions(page);
      const pane = params(page).get('pane');
      // The default pane is omitted from the URL; the others are written.
      expect(pane ?? 'map').toBe(shown);
      await expectNothingCutOff(page);
      if (shown === 'chart') {
        // The chart pane loads lazily: wait for its points before judging or photographing it.
        await chartPoints(page).first().waitFor({ state: 'visible', timeout: 10_000 });
        await expectNothingCutOff(page);
        await screenshot(page, 'phone-chart');
      }
    }
    expectNoProblems(session.problems);
  });

  test('a selected claim opens on the phone with its article, nothing cut off', async () => {
    const claim = seedDataset().claims.find(
      (candidate) => candidate.reportedOn !== null && candidate.troopsMax,
    );
    expect(claim).toBeDefined();
    const page = await session.open(`/seed/?claim=${claim?.id}&pane=articles`);
    const { articles } = regions(page);
    await articles.waitFor({ state: 'visible', timeout: 20_000 });
    await articles.locator('mark').first().waitFor({ state: 'visible', timeout: 10_000 });
    await expectNothingCutOff(page);
    await screenshot(page, 'phone-selected-claim');

    await page.getByRole('tab', { name: /chart|troop/i }).click();
    await chartPoints(page).first().waitFor({ state: 'visible', timeout: 10_000 });
    await expectNothingCutOff(page);
    expectNoProblems(session.problems);
  });
});
