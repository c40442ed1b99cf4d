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

describe('a tap on a map symbol on a touch phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(PHONE, { touch: true });
  });
  afterAll(() => session.close());

  test('opens the claim sheet, and no map tooltip stays behind it', async () => {
    const page = await session.open('/seed/?pane=map');
    await waitForBasemap(page);
    const { map } = regions(page);
    // Troop symbols are drawn on a canvas: find a pixel of a claimant colour's outline that nothing covers.
    const canvas = map.locator('.leaflet-overlay-pane canvas');
    await canvas.first().waitFor({ state: 'attached', timeout: 20_000 });
    let at: { x: number; y: number } | null = null;
    await expect
      .poll(async () => {
        at = await canvas.first().evaluate((el: HTMLCanvasElement) => {
          const palette = [
            [0, 114, 178],
            [213, 94, 0],
            [0, 158, 115],
            [204, 121, 167],
          ];
          const { data, width, height } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
          const box = el.getBoundingClientRect();
          for (let i = 0; i < width * height; i += 1) {
            const [r, g, b, a] = [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!, data[i * 4 + 3]!];
            // Opaque only: the symbols' canvas is clear between them, and a symbol's soft edge lies outside it.
            if (
              a < 255 ||
              !palette.some(([pr, pg, pb]) => Math.abs(r - pr!) + Math.abs(g - pg!) + Math.abs(b - pb!) < 12)
            )
              continue;
            const x = box.left + ((i % width) + 0.5) * (box.width / width);
            const y = box.top + (Math.floor(i / width) + 0.5) * (box.height / height);
            if (document.elementFromPoint(x, y) === el) return { x, y };
          }
          return null;
        });
        return at;
      })
      .not.toBeNull();
    await page.touchscreen.tap(at!.x, at!.y);
    await expect.poll(() => params(page).get('claim')).not.toBeNull();
    const sheet = page.getByRole('dialog');
    await sheet.waitFor({ state: 'visible', timeout: 10_000 });
    const claim = seedDataset().claims.find((c) => c.id === params(page).get('claim'));
    expect(await sheet.innerText()).toContain(claim?.quote.text ?? '?');
    await expect.poll(() => page.locator('.leaflet-tooltip').filter({ visible: true }).count()).toBe(0);
    await screenshot(page, 'phone-map-sheet');
    await sheet.getByRole('button', { name: 'Open article' }).tap();
    await expect.poll(() => params(page).get('pane')).toBe('articles');
    await regions(page).articles.locator('mark').first().waitFor({ state: 'visible', timeout: 10_000 });
    expectNoProblems(session.problems);
  });
});
