/** Locators and actions for the dashboard, written against the accessible names issue 3 fixes. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A chart point's name ends with its date: "130,000 troops, claimed by United States, 15 Feb 2022". */
export const CHART_POINT_NAME = /(troops|battalion|btg).*\b(19|20)\d{2}$/i;

/** The three regions of the dashboard. */
export function regions(page: Page): { map: Locator; chart: Locator; articles: Locator } {
  return {
    map: page.getByRole('region', { name: 'Map' }),
    chart: page.getByRole('region', { name: 'Troop numbers' }),
    articles: page.getByRole('region', { name: 'Articles' }),
  };
}

/**
 * The element's box once layout has settled: non-empty and the same in two reads an animation frame apart.
 * A single read right after an element appears can catch it before layout (a zero or half-sized box).
 */
export async function settledBox(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = '';
  let box: Awaited<ReturnType<Locator['boundingBox']>> = null;
  await expect
    .poll(async () => {
      await locator.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      box = await locator.boundingBox();
      const now = JSON.stringify(box);
      const stable = box !== null && box.width > 0 && box.height > 0 && now === last;
      last = now;
      return stable;
    })
    .toBe(true);
  return box!;
}

/** The group named "Filters". */
export function filters(page: Page): Locator {
  return page.getByRole('group', { name: 'Filters' });
}

/** Focusable chart points, found by their accessible names. */
export function chartPoints(page: Page): Locator {
  const { chart } = regions(page);
  return chart.getByLabel(CHART_POINT_NAME).or(chart.getByRole('button', { name: CHART_POINT_NAME }));
}

/**
 * Waits until the three regions are visible on a desktop-sized page, with the data in: the loading screen's
 * placeholders carry the same region names, so they must be gone first.
 */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.locator('.pane--loading').first().waitFor({ state: 'detached', timeout: 60_000 });
  const { map, chart, articles } = regions(page);
  await map.waitFor({ state: 'visible', timeout: 20_000 });
  await chart.waitFor({ state: 'visible', timeout: 20_000 });
  await articles.waitFor({ state: 'visible', timeout: 20_000 });
}

/**
 * Waits until the map has drawn its bundled basemap: the occupied-area overlays arrive with the borders file, so
 * their paths prove the offline basemap loaded (country shapes themselves may be drawn on a canvas).
 */
export async function waitForBasemap(page: Page): Promise<void> {
  const { map } = regions(page);
  await map.locator('.leaflet-container').waitFor({ state: 'visible', timeout: 20_000 });
  await map.locator('path.map-area').first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** Waits until at least one chart point is drawn. */
export async function waitForChartPoints(page: Page): Promise<number> {
  await chartPoints(page).first().waitFor({ state: 'attached', timeout: 20_000 });
  return chartPoints(page).count();
}

/** The match counts the Filters group shows ("12 claims", "3 of 5 articles"), null where absent. */
export async function matchCounts(page: Page): Promise<{ claims: number | null; articles: number | null }> {
  const text = await filters(page).innerText();
  const read = (noun: string): number | null => {
    const found = new RegExp(`([\\d,]+)\\s+(?:of\\s+[\\d,]+\\s+)?${noun}`, 'i').exec(text);
    return found?.[1] ? Number(found[1].replace(/,/g, '')) : null;
  };
  return { claims: read('claims?'), articles: read('articles?') };
}

/** Polls the match counts until they differ from `before`. */
export async function expectCountsToChange(
  page: Page,
  before: Awaited<ReturnType<typeof matchCounts>>,
): Promise<Awaited<ReturnType<typeof matchCounts>>> {
  await expect.poll(() => matchCounts(page), { timeout: 5_000 }).not.toEqual(before);
  return matchCounts(page);
}

/** Chooses `option` in a searchable picker, whichever ARIA pattern it uses (combobox, listbox or menu button). */
export async function pick(
  page: Page,
  picker: 'Actors' | 'Claimants' | 'Places',
  option: string,
): Promise<void> {
  const group = filters(page);
  const combobox = group.getByRole('combobox', { name: picker });
  const listbox = group.getByRole('listbox', { name: picker });
  const choice = page.getByRole('option', { name: option }).or(page.getByRole('checkbox', { name: option }));
  if ((await combobox.count()) > 0) {
    await combobox.first().click();
    await combobox.first().fill(option.slice(0, 4));
  } else if ((await listbox.count()) === 0) {
    await group.getByRole('button', { name: picker }).first().click();
  }
  await choice.first().click();
  await page.keyboard.press('Escape');
}

/** Elements inside `scope` marked as the current selection. */
export function selected(scope: Locator): Locator {
  return scope.locator(
    '[aria-current="true"], [aria-pressed="true"], [aria-selected="true"], [data-selected="true"], .is-selected, .selected',
  );
}
