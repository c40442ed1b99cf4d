import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DESKTOP, clearProblems, startSession, type Session } from './browser';
import { regions, waitForDashboard } from './dashboard';

const long = 'x'.repeat(10_000);
const markup = encodeURIComponent('<script>window.__xss=1;alert(1)</script><img src=x onerror=alert(1)>');

const HOSTILE_QUERIES: [string, string][] = [
  ['garbage dates', 'from=yesterday&to=%%%&map=abc'],
  [
    'unknown ids',
    'claim=no-such-claim&article=no-such-article&entry=nope&actors=nobody,nothing&places=atlantis',
  ],
  ['reversed range', 'from=2022-03-01&to=2021-10-01'],
  ['impossible dates', 'from=2022-13-45&to=0000-00-00'],
  ['10,000-character values', `claim=${long}&actors=${long}&from=${long}&map=${long}`],
  ['markup', `claim=${markup}&actors=${markup}&pane=${markup}&chart=${markup}`],
  ['bad map and modes', 'map=999,-999,99&chart=pie&pane=settings&actors=,,,&places=,'],
  ['repeated keys', 'from=2022-01-01&from=2022-02-01&claim=a&claim=b'],
];

describe('untrusted URL parameters still render the view', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());
  beforeEach(() => clearProblems(session.problems));

  test.each(HOSTILE_QUERIES)('%s', async (_name, query) => {
    const page = await session.open(`/seed/?${query}`);
    await waitForDashboard(page);
    const { articles } = regions(page);
    await expect.poll(() => articles.innerText().then((text) => text.trim().length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
    expect(session.problems.pageErrors).toEqual([]);
    expect(session.problems.dialogs).toEqual([]);
    expect(session.problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
