/**
 * Issue 12 at volume: a 3,000-article synthetic corpus, served precompressed. The load shows its stages, the chart
 * stays one tab stop with aggregates that list their claims, the map gathers places into clusters, and tooltips
 * stay on screen. Screenshots of the chart and the map are saved for review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { DESKTOP, PHONE, expectNoProblems, screenshot, startSession, type Session } from './browser';
import { regions, waitForBasemap, waitForDashboard } from './dashboard';

const dataset = (): Dataset =>
  JSON.parse(readFileSync(join(inject('synthDataDir'), 'dataset.json'), 'utf8')) as Dataset;

/** Every tooltip shown while hovering the first `limit` chart marks stays inside the viewport. */
async function tooltipsOutside(page: Page, limit: number): Promise<string[]> {
  const { chart } = regions(page);
  const marks = chart.locator('.chart-mark');
  const count = Math.min(limit, await marks.count());
  const size = page.viewportSize() ?? DESKTOP;
  const outside: string[] = [];
  for (let i = 0; i < count; i += Math.max(1, Math.floor(count / 25))) {
    const mark = marks.nth(i);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover({ force: true });
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
    await expect.poll(() => tooltip.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    const box = await tooltip.boundingBox();
    if (
      !box ||
      box.x < 0 ||
      box.y < 0 ||
      box.x + box.width > size.width ||
      box.y + box.height > size.height
    ) {
      outside.push(`${await mark.getAttribute('aria-label')}: ${JSON.stringify(box)}`);
    }
  }
  return outside;
}

describe('loading a 3,000-article synthetic dataset', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('loads compressed, saying how far it has got, each stage painted before its work', async () => {
    // Records every text the loading line shows, from the first paint until a pane has its data (the line may be
    // re-mounted between the stages, so its absence alone does not end the load): each text put in the page, and
    // each text a frame was drawn with (read in a frame callback, which runs just before that frame's paint).
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      const painted: string[] = [];
      Object.assign(window, { loadingTexts: seen, paintedTexts: painted });
      const loaded = () => document.querySelector('.pane:not(.pane--loading)') !== null;
      const note = (list: string[]) => {
        const text = document.querySelector('.app__loading')?.textContent;
        if (text && list[list.length - 1] !== text) list.push(text);
      };
      const observer = new MutationObserver(() => (loaded() ? observer.disconnect() : note(seen)));
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      requestAnimationFrame(function frame() {
        if (loaded()) return;
        note(painted);
        requestAnimationFrame(frame);
      });
    });
    const page = await session.open('/synth/');
    // The loading screen's placeholders carry the regions' names too: wait for a pane with its data before reading.
    await page.locator('.pane:not(.pane--loading)').first().waitFor({ state: 'attached', timeout: 60_000 });
    await waitForDashboard(page);
    // The server gives this browser the precompressed brotli file.
    const encoding = await page.evaluate(async () =>
      (await fetch('data/dataset.json', { cache: 'no-store' })).headers.get('content-encoding'),
    );
    expect(encoding).toBe('br');
    const { texts, painted } = await page.evaluate(() => {
      const seen = window as unknown as { loadingTexts: string[]; paintedTexts: string[] };
      return { texts: seen.loadingTexts, painted: seen.paintedTexts };
    });
    expect(texts[0]).toBe('Loading the dataset…');
    // How many byte counts show depends on how fast this machine downloads; whichever show are real progress lines,
    // in the load's order. Each line's text is tested in tests/app/layout-skeleton.test.tsx.
    const order = [/^Loading the dataset/, /^Checking the data/, /^Preparing the views/];
    for (const lines of [texts, painted]) {
      const stages = lines.map((t) => order.findIndex((re) => re.test(t)));
      expect(stages.every((stage) => stage >= 0)).toBe(true);
      expect([...stages].sort((a, b) => a - b)).toEqual(stages);
    }
    // The checking and preparing stages are long synchronous steps: the load waits for a frame before each, so the
    // line saying so is put in the page and painted however fast or slow this machine is.
    const stageLines = ['Checking the data…', 'Preparing the views…'];
    const recorded = JSON.stringify({ texts, painted });
    expect(
      texts.filter((t) => !t.startsWith('Loading')),
      recorded,
    ).toEqual(stageLines);
    expect(
      painted.filter((t) => !t.startsWith('Loading')),
      recorded,
    ).toEqual(stageLines);
    expectNoProblems(session.problems);
  });
});

// One page for the views: each load of 3,000 articles costs seconds on a busy machine.
describe('a 3,000-article synthetic dataset at volume', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
    page = await session.open('/synth/');
    await waitForDashboard(page);
    await page.getByRole('region', { name: 'Troop numbers' }).locator('.chart-mark').first().waitFor({
      state: 'attached',
      timeout: 60_000,
    });
  });
  afterAll(() => session.close());

  test('the chart: aggregates at the median, one tab stop, a click lists the claims behind a mark', async () => {
    const { chart } = regions(page);
    const marks = chart.locator('.chart-mark');
    expect(await marks.count()).toBeGreaterThan(50);
    expect(await chart.locator('.chart-mark[tabindex="0"]').count()).toBe(1);
    await expect.poll(() => chart.innerText()).toMatch(/marks stand for [\d,]+ claims/);
    const aggregate = chart.locator('.chart-mark[data-count]:not([data-count="1"])').first();
    const count = Number(await aggregate.getAttribute('data-count'));
    expect(count).toBeGreaterThan(1);
    expect(await aggregate.getAttribute('aria-label')).toMatch(/^\d+ claims.*: (median|\d+ vague)/);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'volume-chart');
    await aggregate.focus();
    await page.keyboard.press('Enter');
    const list = chart.getByRole('region', { name: 'Claims in this mark' });
    await list.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await list.getByRole('button', { name: /troops/ }).count()).toBe(Math.min(count, 100));
    await list.getByRole('button', { name: 'Close list' }).click();
    expectNoProblems(session.problems);
  });

  test('the map gathers nearby places into numbered clusters and plays through the dates', async () => {
    await waitForBasemap(page);
    const { map } = regions(page);
    await map.locator('.map-cluster').first().waitFor({ state: 'visible', timeout: 20_000 });
    const numbers = await map.locator('.map-cluster').allTextContents();
    expect(numbers.every((n) => /^[\d,]+$/.test(n))).toBe(true);
    expect(await map.innerText()).toContain('not at a surveyed troop position');
    // Crowded, the map says how many symbols it leaves out; its claimants carry the chart legend's names.
    expect(await map.innerText()).toMatch(/Crowded: [\d,]+ smaller symbols are left out/);
    const chartLegend = regions(page).chart.getByRole('list', { name: 'Claimants' });
    const more = chartLegend.getByRole('button', { name: /more claimants \(grey/ });
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    const chartNames = new Set(await chartLegend.locator('.chart-legend__item').allInnerTexts());
    const mapNames = await map.getByRole('list', { name: 'Map claimants' }).locator('li').allInnerTexts();
    const others = map.getByRole('button', { name: /other claimants? \(grey\)/ });
    if ((await others.count()) > 0) {
      await others.click();
      mapNames.push(
        ...(await map.getByRole('list', { name: 'Other claimants (grey)' }).locator('li').allInnerTexts()),
      );
    }
    const named = mapNames.filter((name) => !/other claimants? \(grey\)/.test(name));
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((name) => !chartNames.has(name))).toEqual([]);
    await more.click();
    await map.scrollIntoViewIfNeeded();
    await screenshot(page, 'volume-map');
    const slider = map.getByRole('slider', { name: 'Map date' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => map.getByRole('group', { name: 'Map time' }).innerText())
      .toMatch(/Claims reported up to/);
    await map.getByRole('button', { name: 'All dates' }).click();
    expect(dataset().claims.length).toBeGreaterThan(1000);
    expectNoProblems(session.problems);
  });

  test('no chart tooltip leaves the viewport, on a desktop and on a phone', async () => {
    expect(await tooltipsOutside(page, 400)).toEqual([]);
    const phone = await startSession(PHONE);
    try {
      const small = await phone.open('/synth/?pane=chart');
      await regions(small)
        .chart.locator('.chart-mark')
        .first()
        .waitFor({ state: 'attached', timeout: 60_000 });
      expect(await tooltipsOutside(small, 400)).toEqual([]);
      expectNoProblems(phone.problems);
    } finally {
      await phone.close();
    }
  });
});
