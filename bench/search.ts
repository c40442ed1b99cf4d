/**
 * Search figures in headless Chromium: time from focusing "Search articles" to a ready index (search-text.json
 * fetched, MiniSearch loaded and built), then the latency of each keystroke (input to the next painted frame)
 * while words are typed letter by letter.
 */
import type { Page } from 'playwright-core';
import { summarise } from './stats';

/** Index build time and keystroke latency. */
export interface SearchFigures {
  indexReadyMs: number | null;
  keystroke: ReturnType<typeof summarise>;
}

/** Words of at least six letters from the search text, spread over the corpus, to type in the bench. */
export function benchWords(searchText: { articles: { text: string }[] }, count = 6): string[] {
  const words: string[] = [];
  const step = Math.max(1, Math.floor(searchText.articles.length / count));
  for (let i = 0; i < searchText.articles.length && words.length < count; i += step) {
    const word = searchText.articles[i]!.text.match(/\b[A-Za-z]{6,9}\b/)?.[0];
    if (word && !words.includes(word)) words.push(word);
  }
  return words;
}

/** Types `words` into the search box of `page`, timing every keystroke after the index is ready. */
export async function measureSearch(page: Page, words: string[], notes: string[]): Promise<SearchFigures> {
  const box = await page
    .getByRole('searchbox', { name: 'Search articles' })
    .elementHandle({ timeout: 5_000 })
    .catch(() => null);
  if (!box || words.length === 0) {
    notes.push('no "Search articles" box or no words: search not measured');
    return { indexReadyMs: null, keystroke: summarise([]) };
  }
  const status = page.getByRole('search').getByRole('status');
  const started = Date.now();
  await box.focus();
  await box.fill(words[0]!.slice(0, 3));
  let indexReadyMs: number | null = null;
  try {
    await page.waitForFunction(
      (element) => /matching|No article/.test(element?.textContent ?? ''),
      await status.elementHandle(),
      { timeout: 120_000 },
    );
    indexReadyMs = Date.now() - started;
  } catch {
    notes.push('search index not ready within 120 s');
    return { indexReadyMs, keystroke: summarise([]) };
  }
  const samples: number[] = [];
  for (const word of words) {
    await box.fill('');
    for (let n = 1; n <= word.length; n += 1) {
      samples.push(
        await box.evaluate(
          async (element, text) => {
            const input = element as HTMLInputElement;
            const began = performance.now();
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            return performance.now() - began;
          },
          word.slice(0, n),
        ),
      );
    }
  }
  await box.fill('');
  return { indexReadyMs, keystroke: summarise(samples) };
}
