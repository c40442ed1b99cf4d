/**
 * Issue 12: coincident claims never hide each other. The seeds hold two claims of 130,000 troops reported on the same
 * day (one by the US and UK governments, one unattributed); both must be reachable by mouse, keyboard and touch, and
 * the chart is one tab stop whose marks the arrow keys walk.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Claim } from '../../src/domain/schema';
import { DESKTOP, PHONE, expectNoProblems, params, screenshot, startSession, type Session } from './browser';
import { regions, settledBox, waitForChartPoints, waitForDashboard } from './dashboard';
import { seedDataset } from './seed-dataset';

/** Plotted claims sharing a day and a number with another: the seeds' two 130,000 of one day among them. */
function twins(): Claim[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of seedDataset().claims) {
    if (!claim.reportedOn || claim.troopsMin === null || claim.vague) continue;
    if (claim.kind !== 'estimate' && claim.kind !== 'forecast') continue;
    const key = `${claim.reportedOn}|${claim.troopsMin}|${claim.troopsMax}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const pairs = [...groups.values()].filter((list) => list.length > 1);
  return pairs.find((list) => list[0]?.troopsMin === 130_000) ?? pairs[0] ?? [];
}

/** The chart marks standing for `claims`, in the claims' order (found by their day and number). */
async function marksOf(page: Page, claims: readonly Claim[]): Promise<Locator[]> {
  const { chart } = regions(page);
  const marks = chart.locator('.chart-mark');
  const labels = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const found: Locator[] = [];
  for (const claim of claims) {
    const day = new Date(`${claim.reportedOn}T00:00:00Z`);
    const when = `${day.getUTCDate()} ${day.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${day.getUTCFullYear()}`;
    const number = claim.troopsMin?.toLocaleString('en-GB') ?? '';
    const unattributed = claim.claimantIds.length === 0;
    const at = labels.findIndex(
      (label) =>
        label.includes(`${number} troops`) &&
        label.endsWith(when) &&
        label.includes('unattributed') === unattributed,
    );
    expect(at, `a mark for ${claim.id}`).toBeGreaterThanOrEqual(0);
    found.push(marks.nth(at));
  }
  return found;
}

async function centre(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.locator('.chart-mark__hit').boundingBox();
  if (!box) throw new Error('mark not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height };
}

/** The chart mark under a point, by its accessible name. */
function markAt(page: Page, x: number, y: number): Promise<string | null> {
  return page.evaluate(
    ([px, py]) =>
      document.elementFromPoint(px!, py!)?.closest('.chart-mark')?.getAttribute('aria-label') ?? null,
    [x, y],
  );
}

describe('two claims of one number on one day', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('both are reachable by mouse: two symbols apart, each with its own tooltip and selection', async () => {
    const pair = twins();
    expect(pair, 'two plotted seed claims with the same day and number').toHaveLength(2);
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    await waitForChartPoints(page);
    const marks = await marksOf(page, pair);
    const [a, b] = await Promise.all(marks.map(centre));
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y), 'symbols apart').toBeGreaterThanOrEqual(10);
    for (const [i, mark] of marks.entries()) {
      const at = [a, b][i]!;
      const label = await mark.getAttribute('aria-label');
      // The point at the mark's symbol belongs to that mark, not to its twin drawn over it.
      const symbol = await mark.locator('.chart-mark__symbol').boundingBox();
      const x = (symbol?.x ?? at.x) + (symbol?.width ?? 0) / 2;
      const y = (symbol?.y ?? at.y) + (symbol?.height ?? 0) / 2;
      expect(await markAt(page, x, y)).toBe(label);
      await page.mouse.move(x, y);
      await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(label ?? '?');
      await page.mouse.click(x, y);
      await expect.poll(() => params(page).get('claim')).toBe(pair[i]!.id);
    }
    await screenshot(page, 'desktop-coincident-claims');
    expectNoProblems(session.problems);
  });

  test('the chart is one tab stop, and the arrow keys reach both', async () => {
    const pair = twins();
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    const count = await waitForChartPoints(page);
    const { chart } = regions(page);
    expect(await chart.locator('.chart-mark[tabindex="0"]').count()).toBe(1);
    // Tab from the top until focus enters the marks, then once more: it must leave them.
    const inMarks = () =>
      page.evaluate(() => document.activeElement?.classList.contains('chart-mark') ?? false);
    let presses = 0;
    while (!(await inMarks()) && presses < 150) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await inMarks(), 'Tab reaches the chart').toBe(true);
    const labels = new Set<string>();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await page.keyboard.press('Home');
    for (let i = 0; i < count; i += 1) {
      labels.add(await focused());
      await page.keyboard.press('ArrowRight');
    }
    expect(labels.size).toBe(count);
    for (const mark of await marksOf(page, pair))
      expect(labels).toContain(await mark.getAttribute('aria-label'));
    await page.keyboard.press('Tab');
    expect(await inMarks(), 'one Tab leaves the chart').toBe(false);
    expectNoProblems(session.problems);
  });
});

/** Names as the sheet gives them: "member (group)", a group alone, or "Unattributed" (worked out from the seeds). */
function claimantNames(claim: Claim): string {
  const actors = new Map(seedDataset().actors.map((a) => [a.id, a]));
  const groupOf = (id: string): string => {
    const seen = [id];
    for (
      let next = actors.get(id)?.affiliation;
      next && !seen.includes(next);
      next = actors.get(next)?.affiliation
    )
      seen.push(next);
    return seen[seen.length - 1]!;
  };
  const name = (id: string) => actors.get(id)?.name ?? id;
  const names = claim.claimantIds.map((id) =>
    groupOf(id) === id ? name(id) : `${name(id)} (${name(groupOf(id))})`,
  );
  return names.length ? names.join('; ') : 'Unattributed';
}

/**
 * The sheet after a tap: the quote, the claimant, the date and "Open article", inside the screen, each button at
 * least 24 px square; no tooltip left on screen (it would sit under or over the sheet).
 */
async function expectSheet(page: Page, claim: Claim): Promise<void> {
  const sheet = page.getByRole('dialog');
  const text = await sheet.innerText();
  expect(text).toContain(claim.quote.text);
  expect(text).toMatch(
    new RegExp(`Claimed by\\s+${claimantNames(claim).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  const day = new Date(`${claim.reportedOn}T00:00:00Z`);
  const when = `${day.getUTCDate()} ${day.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${day.getUTCFullYear()}`;
  expect(text).toMatch(new RegExp(`Reported\\s+${when}`));
  const size = page.viewportSize() ?? PHONE;
  const box = await settledBox(sheet);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height + 1);
  for (const button of await sheet.getByRole('button').all()) {
    const b = await settledBox(button);
    expect(b.width, await button.innerText()).toBeGreaterThanOrEqual(24);
    expect(b.height, await button.innerText()).toBeGreaterThanOrEqual(24);
  }
  await sheet.getByRole('button', { name: 'Open article' }).waitFor({ state: 'visible' });
  await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
}

describe('two coincident claims by touch on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(PHONE, { touch: true });
  });
  afterAll(() => session.close());

  test('each has a 24 px target, and a tap opens the claim sheet with its quote, then the article', async () => {
    const pair = twins();
    const page = await session.open('/seed/?pane=chart');
    await waitForChartPoints(page);
    const marks = await marksOf(page, pair);
    for (const [i, mark] of marks.entries()) {
      await mark.scrollIntoViewIfNeeded();
      const at = await centre(mark);
      expect(at.width).toBeGreaterThanOrEqual(24);
      expect(at.height).toBeGreaterThanOrEqual(24);
      const symbol = await mark.locator('.chart-mark__symbol').boundingBox();
      await page.touchscreen.tap(
        (symbol?.x ?? 0) + (symbol?.width ?? 0) / 2,
        (symbol?.y ?? 0) + (symbol?.height ?? 0) / 2,
      );
      await expect.poll(() => params(page).get('claim')).toBe(pair[i]!.id);
      const sheet = page.getByRole('dialog');
      await sheet.waitFor({ state: 'visible', timeout: 10_000 });
      await expectSheet(page, pair[i]!);
      if (i === 0) {
        await screenshot(page, 'phone-claim-sheet');
        await sheet.getByRole('button', { name: 'Close' }).tap();
        await sheet.waitFor({ state: 'hidden', timeout: 5_000 });
      }
    }
    await page.getByRole('dialog').getByRole('button', { name: 'Open article' }).tap();
    await expect.poll(() => params(page).get('pane')).toBe('articles');
    const { articles } = regions(page);
    await articles.locator('mark.reader__quote').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await articles.innerText()).toContain(pair[1]!.quote.text.slice(0, 20));
    expectNoProblems(session.problems);
  });
});
