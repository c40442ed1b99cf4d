/**
 * Search figures in headless Chromium: time from focusing "Search articles" to a ready index (search-text.json
 * fetched, MiniSearch loaded and built), then the latency of each keystroke while words are typed letter by letter:
 * from the input to the frame painted after its result is in (the search region stops being `aria-busy`), and
 * to the first frame painted after the input (the typed letter shows). Between words the box is cleared, and the
 * clearing is timed as an action of its own (until the views are back to every claim), so the first letter of the
 * next word is not charged with it.
 */
import type { ElementHandle, Page } from 'playwright-core';
import { summarise } from './stats';

/** Index build time, keystroke latency (to the painted result, and to the painted input), and clearing. */
export interface SearchFigures {
  indexReadyMs: number | null;
  keystroke: ReturnType<typeof summarise>;
  inputPaint: ReturnType<typeof summarise>;
  cleared: ReturnType<typeof summarise>;
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
    return {
      indexReadyMs: null,
      keystroke: summarise([]),
      inputPaint: summarise([]),
      cleared: summarise([]),
    };
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
    return { indexReadyMs, keystroke: summarise([]), inputPaint: summarise([]), cleared: summarise([]) };
  }
  // tsx keeps function names with a `__name` helper that the page does not have; the timing code below names some.
  await page.evaluate('globalThis.__name = (f) => f');
  const samples: number[] = [];
  const inputSamples: number[] = [];
  const clearSamples: number[] = [];
  for (const word of words) {
    clearSamples.push((await typeTimed(box, ''))[1]);
    for (let n = 1; n <= word.length; n += 1) {
      const [input, result] = await typeTimed(box, word.slice(0, n));
      inputSamples.push(input);
      samples.push(result);
    }
  }
  await box.fill('');
  return {
    indexReadyMs,
    keystroke: summarise(samples),
    inputPaint: summarise(inputSamples),
    cleared: summarise(clearSamples),
  };
}

/**
 * Puts `text` in the box as typing does, and times it in the page: to the first painted frame (the input shows),
 * and to the frame painted once the search region is no longer `aria-busy` (its result is in and the views show it).
 */
function typeTimed(box: ElementHandle, text: string): Promise<[number, number]> {
  return box.evaluate(async (element, text) => {
    const field = element as HTMLInputElement;
    const region = field.closest('[role="search"]');
    // Resolves after the next painted frame; `first` is when that frame began.
    let first = 0;
    const painted = () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => {
          first = performance.now();
          requestAnimationFrame(() => done(performance.now()));
        }),
      );
    const busy = () => region?.getAttribute('aria-busy') === 'true';
    const began = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // Busy right after the input: the result comes later (from the worker); a frame after it lands it shows.
    const waits = busy();
    const landed = new Promise<number>((done) => {
      if (!busy()) return done(began);
      const watch = new MutationObserver(() => {
        if (busy()) return;
        watch.disconnect();
        done(performance.now());
      });
      watch.observe(region!, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const inputAt = await painted();
    const inputFrame = first;
    // A result that landed once the input's frame had begun is painted in a later frame.
    const landedAt = await landed;
    const resultAt = waits && landedAt > inputFrame ? Math.max(inputAt, await painted()) : inputAt;
    return [inputAt - began, resultAt - began] as [number, number];
  }, text);
}
