/**
 * `npm run corpus:synth -- --articles N --out DIR [--seed S] [--reference DIR]`: writes a deterministic
 * synthetic corpus for benchmarks and smoke tests. Node only; nothing in the app or pipeline imports it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { synthCorpus } from './corpus';
import { poolsFrom } from './pools';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A missing or half-written registry still gives a corpus, from the generic names in pools.ts.
    return null;
  }
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: 'crisis-ledger' },
    reference: { type: 'string', default: 'data/reference' },
  },
});
const count = Number(values.articles);
if (!values.out || !Number.isInteger(count) || count < 0) {
  console.error('usage: npm run corpus:synth -- --articles N --out DIR [--seed S] [--reference DIR]');
  process.exit(2);
}
const pools = poolsFrom(
  readJson(join(values.reference, 'actors.json')),
  readJson(join(values.reference, 'places.json')),
);
mkdirSync(values.out, { recursive: true });
let claims = 0;
let bytes = 0;
for (const file of synthCorpus(count, values.seed, pools)) {
  writeFileSync(join(values.out, file.name), file.content);
  claims += file.claims;
  bytes += Buffer.byteLength(file.content);
}
console.log(
  `wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB, ${claims} troop claims written) to ${values.out}`,
);
