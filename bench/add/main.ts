/**
 * The add-articles benchmark page: hands the benchmark one function that adds the given articles through
 * the real ingest worker and reports the wall time and the longest main-thread task meanwhile. Only this
 * bench-only page exposes it; the app exposes nothing global.
 */
import { addArticles, type AddInput } from '../../src/pipeline/browser/client';

/** What one run measured. */
export interface AddRunFigures {
  ms: number;
  longestTaskMs: number;
  articles: number;
  claims: number;
  rejected: number;
}

async function benchAdd(texts: { name: string; text: string }[]): Promise<AddRunFigures> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const inputs: AddInput[] = texts.map(({ name, text }) => ({
    kind: 'file',
    name,
    bytes: new TextEncoder().encode(text).buffer,
  }));
  const started = performance.now();
  const { dataset } = await addArticles(inputs, { ids: [] });
  const ms = performance.now() - started;
  // Long tasks are reported after they end: let the queue drain before reading them.
  await new Promise((done) => setTimeout(done, 100));
  observer.disconnect();
  return {
    ms,
    longestTaskMs: Math.max(0, ...tasks),
    articles: dataset.articles.length,
    claims: dataset.claims.length,
    rejected: dataset.report.summary.rejected,
  };
}

(window as unknown as { benchAdd: typeof benchAdd }).benchAdd = benchAdd;
