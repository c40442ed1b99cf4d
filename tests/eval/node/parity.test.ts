/**
 * Parity with the reference scorer: `tests/fixtures/eval/score.py` (a copy of the dev set's `score.py`) and
 * `npm run eval` print the same figures on the fixture and on a few hundred random variations of it. Needs
 * python3; without it the test is skipped, saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/eval/evaluate';
import type { Gold, GoldClaim } from '../../../src/eval/gold-schema';
import { main } from '../../../src/eval/node/cli';
import { figureLines, scoreLine } from '../../../src/eval/report';
import type { ScoredDataset } from '../../../src/eval/scored-dataset';
import { BODIES, DATASET, GOLD } from '../fixture';
import { writeFixture } from '../write-fixture';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCORER = path.join(ROOT, 'tests/fixtures/eval/score.py');
const PYTHON = spawnSync('python3', ['--version']).status === 0;
const NO_PYTHON = ' (SKIPPED: python3 is not on PATH, so the reference scorer cannot run)';
const tmp = mkdtempSync(path.join(tmpdir(), 'ledger-parity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the reference scorer on each folder's dataset.json and gold.json in one Python process. */
const DRIVER = `
import contextlib, importlib.util, io, json, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
for folder in sys.argv[2:]:
    sys.argv = ["score.py", folder + "/dataset.json", folder + "/gold.json"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score.main()
    print(json.dumps(out.getvalue()))
`;

/** The reference scorer's lines for each folder. */
function reference(folders: string[]): string[][] {
  const r = spawnSync('python3', ['-c', DRIVER, SCORER, ...folders], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as string).trim().split('\n'));
}

const CLAIMANTS = ['United States', 'us and uk', 'Western officials', 'analysts', 'US and allies', 'media'];
const MORE_CLAIMANTS = [...CLAIMANTS, 'unattributed', 'Kyiv', 'Pentagon', 'NATO', 'Russia', null];
const OUTLETS = [
  'The Daily Ledger',
  'daily ledger',
  'Harbour Times',
  'The',
  'Wire Service',
  'Other Post',
  null,
];
const DATES = ['2022-01-10', '2022-02-01', '2022-02-02', null];
const VALUES = [50, 168, 1500, 2000, 3000, 5000, 8500, 10_000, 20_000, 90_000, 100_000, 127_000, 175_000];
const ACTOR_IDS = [...DATASET.actors.map((a) => a.id), 'nato', 'unknown-west'];

/** A random variation of the fixture: values, flags, units, claimants, actors, dates, outlets, gold fields. */
const variant = fc.record({
  claims: fc.array(
    fc.record({
      from: fc.nat(DATASET.claims.length - 1),
      value: fc.option(fc.constantFrom(...VALUES)),
      upper: fc.option(fc.constantFrom(...VALUES)),
      approx: fc.boolean(),
      vague: fc.boolean(),
      unit: fc.constantFrom('troops', 'btg'),
      claimants: fc.option(fc.subarray(ACTOR_IDS, { maxLength: 3 })),
      article: fc.option(fc.constantFrom(...DATASET.articles.map((a) => a.id))),
    }),
    { maxLength: 20 },
  ),
  actors: fc.array(
    fc.record({
      affiliation: fc.option(fc.constantFrom(...ACTOR_IDS)),
      kind: fc.constantFrom('media', 'person', 'organisation', 'country', 'ministry'),
    }),
    {
      minLength: DATASET.actors.length,
      maxLength: DATASET.actors.length,
    },
  ),
  articles: fc.array(
    fc.record({ outlet: fc.constantFrom(...OUTLETS), date: fc.constantFrom(...DATES), keep: fc.boolean() }),
    {
      minLength: DATASET.articles.length,
      maxLength: DATASET.articles.length,
    },
  ),
  gold: fc.array(
    fc.record({
      optional: fc.boolean(),
      forceStructure: fc.boolean(),
      vague: fc.boolean(),
      // a 0 end is open to the reference scorer's vague match (Python's `or`)
      openEnd: fc.constantFrom('none', 'min', 'max', 'zero-min', 'zero-max'),
      claimant: fc.constantFrom(...MORE_CLAIMANTS),
      alt: fc.option(fc.constantFrom(...CLAIMANTS)),
    }),
    { minLength: 12, maxLength: 12 },
  ),
  goldOutlet: fc.constantFrom(...OUTLETS),
});

function apply(
  v: fc.Arbitrary<unknown> extends never ? never : typeof variant extends fc.Arbitrary<infer T> ? T : never,
) {
  const dataset: ScoredDataset = {
    articles: DATASET.articles
      .map((a, i) => ({
        ...a,
        outlet: v.articles[i]!.outlet,
        date: v.articles[i]!.date,
        keep: v.articles[i]!.keep,
      }))
      .filter((a) => a.keep || a.id !== 'art-f3')
      .map(({ keep: _keep, ...a }) => a),
    actors: DATASET.actors.map((a, i) => ({ ...a, ...v.actors[i]! })),
    claims: [
      ...DATASET.claims,
      ...v.claims.map((c) => {
        const base = DATASET.claims[c.from]!;
        const min = c.value ?? base.valueMin;
        return {
          ...base,
          valueMin: min,
          valueMax: Math.max(min ?? 0, c.upper ?? base.valueMax ?? 0),
          approx: c.approx,
          vague: c.vague,
          unit: c.unit,
          claimantIds: c.claimants ?? base.claimantIds,
          articleId: c.article ?? base.articleId,
        };
      }),
    ],
  };
  let n = 0;
  const gold: Gold = {
    articles: GOLD.articles.map((a, ai) => ({
      ...a,
      outlet: ai === 0 ? v.goldOutlet : a.outlet,
      troop_claims: a.troop_claims.map((c): GoldClaim => {
        const g = v.gold[n++ % v.gold.length]!;
        const ends = { min: c.value_min ?? c.value_max, max: c.value_max ?? c.value_min };
        const min = g.openEnd === 'min' ? null : g.openEnd === 'zero-min' ? 0 : ends.min;
        const max = g.openEnd === 'max' ? null : g.openEnd === 'zero-max' ? 0 : ends.max;
        return {
          ...c,
          value_min: min,
          value_max: g.vague && max !== null && min !== null ? max * 3 : max,
          vague: g.vague,
          optional: g.optional,
          scope: g.forceStructure ? 'force_structure' : 'deployment',
          claimant: g.claimant,
          alt_claimant: g.alt,
        };
      }),
    })),
  };
  return { dataset, gold };
}

describe('parity with the reference scorer' + (PYTHON ? '' : NO_PYTHON), () => {
  it.skipIf(!PYTHON)(
    'prints the same figure lines and SCORE line on the fixture, through the CLI',
    async () => {
      const { goldFile, datasetFile } = writeFixture(path.join(tmp, 'fixture'), GOLD, DATASET, BODIES);
      let out = '';
      expect(
        await main(['--dataset', datasetFile, '--gold', goldFile], { out: (t) => (out += t), err: () => {} }),
      ).toBe(0);
      const ours = out.trim().split('\n');
      const theirs = reference([path.dirname(goldFile)])[0]!;
      expect(ours.slice(2, 7)).toEqual(theirs.slice(0, 5));
      expect(ours.at(-1)).toBe(theirs.at(-1));
    },
  );

  it.skipIf(!PYTHON)('prints the same figures on random variations of the fixture', () => {
    const variants = fc.sample(variant, { seed: 8, numRuns: 200 }).map((v) => apply(v));
    const folders = variants.map(({ dataset, gold }, i) => {
      writeFixture(path.join(tmp, `v${i}`), gold, dataset);
      return path.join(tmp, `v${i}`);
    });
    const theirs = reference(folders);
    variants.forEach(({ dataset, gold }, i) => {
      const result = evaluate(gold, dataset);
      expect([...figureLines(result), scoreLine(result)], `variant ${i}`).toEqual(theirs[i]);
    });
  });

  it('keeps its copy of score.py identical to the dev set one, where that is at hand', () => {
    const shared = [1, 2, 3]
      .map((up) => path.join(ROOT, ...Array<string>(up).fill('..'), 'shared/dev-set/score.py'))
      .find((p) => existsSync(p));
    if (!shared) return; // a clone without the dev set: nothing to compare
    expect(readFileSync(SCORER, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
