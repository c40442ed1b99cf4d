/**
 * Issue 12: comparing claimants. Two claimant groups picked in the filter, the chart switched to comparison: one line
 * per group through its estimates, the legend toggling each; the filter, legend and tooltip use the same names.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, expectNoProblems, params, screenshot, startSession, type Session } from './browser';
import { filters, pick, regions, waitForChartPoints, waitForDashboard } from './dashboard';

describe('comparing two claimants', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('lines per claimant group, toggled from the legend', async () => {
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    await waitForChartPoints(page);
    // The picker lists a group, then its members as "member (group)".
    await filters(page).getByRole('button', { name: 'Claimants' }).click();
    const options = await filters(page)
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''));
    expect(options.some((text) => /\(Ukraine\)/.test(text))).toBe(true);
    await page.keyboard.press('Escape');
    await pick(page, 'Claimants', 'Ukraine');
    await pick(page, 'Claimants', 'the West');
    expect(params(page).get('claimants')?.split(',')).toEqual(['ukraine', 'the-west']);

    const { chart } = regions(page);
    await chart.getByRole('button', { name: 'Compare claimants' }).click();
    await expect.poll(() => params(page).get('chart')).toBe('compare');
    const lines = chart.locator('.chart-line');
    await expect.poll(() => lines.count()).toBe(2);
    const legend = chart.getByRole('list', { name: 'Claimants' });
    const names = await legend.getByRole('button').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Ukraine', 'the West']));
    // The same group names in the tooltips' claimant labels.
    const labels = await chart
      .locator('.chart-mark')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels.some((label) => /\(Ukraine\)/.test(label ?? ''))).toBe(true);
    await screenshot(page, 'desktop-compare');

    const ukraine = legend.getByRole('button', { name: 'Ukraine' });
    await ukraine.click();
    expect(await ukraine.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => lines.count()).toBe(1);
    expect(await chart.locator('.chart-line[data-key="ukraine"]').count()).toBe(0);
    await ukraine.click();
    await expect.poll(() => lines.count()).toBe(2);
    expectNoProblems(session.problems);
  });
});
