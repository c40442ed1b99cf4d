/** The whole synthetic corpus: article i depends only on the seed and i, so every run writes the same bytes. */
import { article, type SynthFile } from './article';
import { publicationDay } from './calendar';
import { liveblog } from './liveblog';
import type { Pools } from './pools';
import { createRng, seedFor } from './prng';

export type { SynthFile } from './article';

/** Share of live pages, as in the news sites the corpus imitates. */
export const LIVEBLOG_SHARE = 0.1;

/** Generates file `index` of a corpus. */
export function synthFile(seed: string, index: number, pools: Pools): SynthFile {
  const rng = createRng(seedFor(seed, index));
  const prefix = String(index).padStart(5, '0');
  const live = rng.chance(LIVEBLOG_SHARE);
  const day = publicationDay(rng, live);
  return live ? liveblog(rng, pools, prefix, day) : article(rng, pools, prefix, day);
}

/** Generates `count` files lazily, so a 10,000-article corpus never sits in memory at once. */
export function* synthCorpus(count: number, seed: string, pools: Pools): Generator<SynthFile> {
  for (let index = 0; index < count; index += 1) yield synthFile(seed, index, pools);
}
