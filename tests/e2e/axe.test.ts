import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, startSession, type Session } from './browser';
import { regions, waitForChartPoints } from './dashboard';
import { seedDataset } from './seed-dataset';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the page and lists each violation with the elements it hit. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} -> ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('axe-core finds no violations', () => {
  const sessions: Session[] = [];
  afterAll(() => Promise.all(sessions.map((session) => session.close())));

  test.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('default view on a %s', async (_name, viewport) => {
    // The page's CSP forbids inline scripts, and addScriptTag injects one: only this context may bypass it.
    const session = await startSession(viewport, { bypassCSP: true });
    sessions.push(session);
    const page = await session.open('/seed/');
    await regions(page).map.waitFor({ state: 'visible', timeout: 20_000 });
    if (viewport === DESKTOP) await waitForChartPoints(page);
    // Polled: a view still settling (a pane loading lazily) is not what the user meets.
    await expect.poll(() => axeViolations(page), { timeout: 30_000 }).toEqual([]);
  });

  test('desktop with a claim selected and its article open', async () => {
    const session = await startSession(DESKTOP, { bypassCSP: true });
    sessions.push(session);
    const claim = seedDataset().claims.find((candidate) => candidate.reportedOn !== null);
    const page = await session.open(`/seed/?claim=${claim?.id ?? ''}`);
    await regions(page).articles.locator('mark').first().waitFor({ state: 'visible', timeout: 20_000 });
    // Polled: a view still settling (a pane loading lazily) is not what the user meets.
    await expect.poll(() => axeViolations(page), { timeout: 30_000 }).toEqual([]);
  });

  test('desktop with a search on, a claim selected and the correction form open', async () => {
    const session = await startSession(DESKTOP, { bypassCSP: true });
    sessions.push(session);
    const claim = seedDataset().claims.find((candidate) => candidate.reportedOn !== null);
    const page = await session.open(`/seed/?q=troops&claim=${claim?.id ?? ''}`);
    const review = page.getByRole('region', { name: 'Review this claim' });
    await review.getByRole('button', { name: 'Correct' }).click({ timeout: 20_000 });
    await page.getByRole('form', { name: 'Correct the claim' }).waitFor({ state: 'visible' });
    await regions(page)
      .articles.locator('mark.reader__hit')
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
});
