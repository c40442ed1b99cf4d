/** Full-text search: the box, the URL, the narrowed list and views, and the matched words marked in the reader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { SearchText } from '../../src/domain/search-text';
import { DESKTOP, expectNoProblems, params, screenshot, startSession, type Session } from './browser';
import { matchCounts, regions, waitForDashboard } from './dashboard';
import { seedDataset } from './seed-dataset';

/** A long word found in some seed articles but not all, picked from the data so no article text is copied here. */
function distinctiveWord(): { word: string; articleIds: string[] } {
  const search = JSON.parse(
    readFileSync(join(inject('seedDataDir'), 'search-text.json'), 'utf8'),
  ) as SearchText;
  const titles = new Map(seedDataset().articles.map((a) => [a.id, a.title]));
  const where = new Map<string, Set<string>>();
  for (const row of search.articles) {
    const words = `${titles.get(row.id) ?? ''} ${row.text}`.toLowerCase().match(/\p{L}{8,}/gu) ?? [];
    for (const w of words) where.set(w, (where.get(w) ?? new Set()).add(row.id));
  }
  const [word, ids] = [...where]
    .filter(([, ids]) => ids.size >= 1 && ids.size < search.articles.length)
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]!;
  return { word, articleIds: [...ids].sort() };
}

// The index is fetched and built on first use; a busy machine may take a few seconds.
const WAIT = { timeout: 20_000 };

describe('searching the articles', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('typing a word lists the matching articles, narrows the claims, writes q= and marks the word', async () => {
    const { word, articleIds } = distinctiveWord();
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.focus();
    await page.keyboard.type(word, { delay: 20 });

    await expect.poll(() => params(page).get('q'), WAIT).toBe(word);
    await expect.poll(() => matchCounts(page).then((c) => c.articles), WAIT).toBe(articleIds.length);
    const claims = seedDataset().claims.filter((c) => articleIds.includes(c.articleId)).length;
    await expect.poll(() => matchCounts(page).then((c) => c.claims), WAIT).toBe(claims);
    const status = page.getByRole('search').getByRole('status');
    await expect
      .poll(() => status.innerText(), WAIT)
      .toMatch(new RegExp(`^${articleIds.length} matching article`));

    const { articles } = regions(page);
    const cards = articles.locator('.article-card');
    await expect.poll(() => cards.count(), WAIT).toBeGreaterThan(0);
    await cards.first().getByRole('button').first().click();
    const hit = articles.locator('mark.reader__hit').first();
    await hit.waitFor({ state: 'visible', timeout: 10_000 });
    expect((await hit.innerText()).toLowerCase()).toBe(word);
    await screenshot(page, 'desktop-search-reader');

    // The link reproduces the search; clearing the box (Escape) drops q= and shows every article again.
    const again = await session.open(`/seed/?q=${encodeURIComponent(word)}`);
    await waitForDashboard(again);
    await expect.poll(() => matchCounts(again).then((c) => c.articles), WAIT).toBe(articleIds.length);
    await again.getByRole('searchbox', { name: 'Search articles' }).press('Escape');
    await expect.poll(() => params(again).get('q'), WAIT).toBeNull();
    await expect
      .poll(() => matchCounts(again).then((c) => c.articles), WAIT)
      .toBe(seedDataset().articles.length);
    expectNoProblems(session.problems);
  });

  test('a search nothing matches says so and empties the views; an unfinished short word is left out', async () => {
    const page = await session.open('/seed/?q=zzyzxqwv');
    await waitForDashboard(page);
    await expect
      .poll(() => page.getByRole('search').getByRole('status').innerText(), WAIT)
      .toMatch(/No article matches/);
    await expect.poll(() => matchCounts(page).then((c) => c.claims), WAIT).toBe(0);

    // Two letters that are no word of the texts are left out while the word is being typed, and the status says so.
    const typing = await session.open('/seed/?q=zq');
    await waitForDashboard(typing);
    await expect
      .poll(() => typing.getByRole('search').getByRole('status').innerText(), WAIT)
      .toMatch(/“zq” is no word in the texts/);
    await expect
      .poll(() => matchCounts(typing).then((c) => c.articles), WAIT)
      .toBe(seedDataset().articles.length);
    expectNoProblems(session.problems);
  });
});
