/**
 * Issue 12: typed dates work in the en-US and en-GB locales. The URL only ever holds a complete, valid day; a
 * bad or out-of-range date is said inline and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, expectNoProblems, params, startSession, type Session } from './browser';
import { filters, waitForDashboard } from './dashboard';
import { seedDataset } from './seed-dataset';

/** A day inside the seeds' dates: the latest claim's, so From keeps at least one claim. */
function dayInData(): string {
  return [...new Set(seedDataset().claims.flatMap((c) => c.reportedOn ?? []))].sort().at(-1) ?? '2022-02-21';
}

const LOCALES = [
  { locale: 'en-US', type: (y: string, m: string, d: string) => `${m}${d}${y}`, bad: '02/30/2022' },
  { locale: 'en-GB', type: (y: string, m: string, d: string) => `${d}/${m}/${y}`, bad: '30/02/2022' },
] as const;

describe.each(LOCALES)('typed dates in $locale', ({ locale, type, bad }) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP, { locale });
  });
  afterAll(() => session.close());

  test('a date typed key by key reaches the URL only when complete', async () => {
    const day = dayInData();
    const [y, m, d] = day.split('-') as [string, string, string];
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    const from = filters(page).getByLabel('From');
    await from.click();
    const seen = new Set<string | null>();
    for (const key of type(y, m, d)) {
      await page.keyboard.type(key);
      seen.add(params(page).get('from'));
    }
    await expect.poll(() => params(page).get('from')).toBe(day);
    // Nothing but "no date yet" and the finished day was ever in the URL.
    expect([...seen].filter((v) => v !== null && v !== day)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(params(page).get('from')).toBe(day);
    expect(await filters(page).getByRole('alert').count()).toBe(0);
    expectNoProblems(session.problems);
  });

  test('a date that does not exist, or lies outside the data, is said inline and not applied', async () => {
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    const from = filters(page).getByLabel('From');
    await from.fill(bad);
    await from.press('Enter');
    await expect.poll(() => filters(page).getByRole('alert').textContent()).toContain('is not a date');
    expect(params(page).get('from')).toBeNull();
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await from.fill('');
    await from.pressSequentially(locale === 'en-US' ? '01/05/2020' : '05/01/2020');
    await from.press('Tab');
    await expect.poll(() => filters(page).getByRole('alert').textContent()).toContain('Out of range');
    expect(params(page).get('from')).toBeNull();
    expectNoProblems(session.problems);
  });
});
