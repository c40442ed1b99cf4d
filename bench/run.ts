/**
 * `npm run bench [-- --sizes 1000,10000]`: synthetic corpora through the ingest, then the built app in headless
 * Chromium, then 100 synthetic articles added through the browser's ingest worker; prints the figures beside
 * their budgets and writes bench/out/results-*.json. `--add-only` runs only the last part. Not part of npm test.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startStaticServer } from '../tests/e2e/static-server';
import { buildAddPage } from './add/build';
import { measureAdd, type AddFigures } from './add/measure';
import { measureApp, type AppFigures } from './app';
import { initialBundle } from './bundle';
import { benchWords } from './search';
import { ensureCorpus, timeIngest, type IngestFigures } from './ingest';
import { summarise } from './stats';
import { fmt, renderTable, type Row } from './table';

const OUT = join('bench', 'out');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'add-only': { type: 'boolean', default: false },
  },
});
/** "Typical articles added in the browser": one batch of this many synthetic articles. */
const ADD_ARTICLES = 100;
const sizes = (values.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0);

mkdirSync(OUT, { recursive: true });

const under = (limit: number) => (value: number) => value < limit;

/** The browser's add-articles figures as their own table. */
async function addTable(): Promise<{ figures: AddFigures; table: string }> {
  console.log(`adding ${ADD_ARTICLES} articles in the browser...`);
  const page = join(OUT, 'add-dist');
  await buildAddPage(page);
  const corpus = await ensureCorpus(ADD_ARTICLES, OUT);
  const figures = await measureAdd(page, corpus, join(OUT, 'add-data'));
  const table = renderTable(
    [figures.articles],
    [
      {
        label: 'added in the browser, first batch (median of 3)',
        values: [figures.coldMs.median],
        format: fmt.ms,
        budget: { text: '< 10000 ms', ok: under(10_000) },
      },
      { label: 'added in the browser, later batch', values: [figures.warmMs], format: fmt.ms },
      {
        label: 'longest main-thread task while adding (worst of 4 runs)',
        values: [Math.max(...figures.longestTaskMs)],
        format: fmt.ms,
        budget: { text: '< 50 ms', ok: under(50) },
      },
      {
        label: 'longest main-thread task while adding (median run)',
        values: [summarise(figures.longestTaskMs).median],
        format: fmt.ms,
      },
      {
        label: 'longest main-thread task while adding, CPU time (traced, worst run)',
        values: [Math.max(...figures.traced.map((t) => t.longestThreadMs))],
        format: fmt.ms,
        budget: { text: '< 50 ms', ok: under(50) },
      },
      { label: 'claims', values: [figures.claims], format: fmt.int },
      { label: 'files rejected', values: [figures.rejected], format: fmt.int },
    ],
  );
  const notes = figures.longFrames.map((frame) => `- long frame while adding, ${frame}`);
  return { figures, table: [table, ...notes].join('\n') };
}

if (values['add-only']) {
  const { figures, table } = await addTable();
  console.log(`\n${table}`);
  writeFileSync(
    join(OUT, 'results-add.json'),
    JSON.stringify({ when: new Date().toISOString(), add: figures, table }, null, 2),
  );
  process.exit(0);
}

const dist = join(OUT, 'dist');
console.log('building the app...');
await promisify(execFile)(join('node_modules', '.bin', 'vite'), [
  'build',
  '--outDir',
  dist,
  '--emptyOutDir',
  '--logLevel',
  'error',
]);
const bundle = initialBundle(dist);

const ingests: IngestFigures[] = [];
const apps: AppFigures[] = [];
for (const size of sizes) {
  console.log(`corpus of ${size} articles...`);
  const corpus = await ensureCorpus(size, OUT);
  const data = join(OUT, `data-${size}`);
  console.log(`ingest of ${size} articles...`);
  ingests.push(await timeIngest(corpus, data));
  const dataset = JSON.parse(readFileSync(join(data, 'dataset.json'), 'utf8')) as {
    claims: { reportedOn: string | null }[];
  };
  const days = [
    ...new Set(dataset.claims.flatMap((claim) => (claim.reportedOn ? [claim.reportedOn] : []))),
  ].sort();
  const server = await startStaticServer(dist, { app: data });
  console.log(`app with ${size} articles...`);
  try {
    const words = benchWords(JSON.parse(readFileSync(join(data, 'search-text.json'), 'utf8')));
    apps.push(await measureApp(`${server.origin}/app/`, days, words));
  } finally {
    await server.close();
  }
}

const col = <T>(list: T[], pick: (item: T) => number | null) => list.map(pick);
const rows: Row[] = [
  {
    label: 'ingest time',
    values: col(ingests, (i) => i.seconds),
    format: fmt.s,
    budget: { text: '< 60 s', ok: under(60) },
  },
  { label: 'ingest articles/s', values: col(ingests, (i) => i.articles / i.seconds), format: fmt.rate },
  { label: 'ingest MB/s', values: col(ingests, (i) => i.corpusBytes / 1e6 / i.seconds), format: fmt.rate },
  { label: 'ingest peak memory', values: col(ingests, (i) => i.peakRssBytes), format: fmt.mb },
  { label: 'corpus size', values: col(ingests, (i) => i.corpusBytes), format: fmt.mb },
  { label: 'files rejected', values: col(ingests, (i) => i.rejected), format: fmt.int },
  { label: 'claims', values: col(ingests, (i) => i.claims), format: fmt.int },
  { label: 'dataset.json raw', values: col(ingests, (i) => i.datasetBytes), format: fmt.mb },
  { label: 'dataset.json gzipped', values: col(ingests, (i) => i.datasetGzipBytes), format: fmt.mb },
  {
    label: 'all three views rendered',
    values: col(apps, (a) => a.loadMs),
    format: fmt.ms,
    budget: { text: '< 3000 ms', ok: under(3000) },
  },
  { label: 'bare JSON.parse of dataset.json', values: col(apps, (a) => a.jsonParseMs), format: fmt.ms },
  {
    label: 'load / JSON.parse',
    values: apps.map((a) => (a.loadMs === null ? null : a.loadMs / Math.max(a.jsonParseMs, 0.1))),
    format: fmt.ratio,
  },
  ...(['dateChange', 'actorChange', 'selection'] as const).flatMap((key): Row[] => {
    const label = {
      dateChange: 'date-range change',
      actorChange: 'actor filter change',
      selection: 'claim selection',
    }[key];
    return [
      { label: `${label} median`, values: col(apps, (a) => a[key].median), format: fmt.ms },
      {
        label: `${label} p95`,
        values: col(apps, (a) => a[key].p95),
        format: fmt.ms,
        budget: { text: '< 100 ms', ok: under(100) },
      },
    ];
  }),
  ...(['dateSettled', 'actorSettled'] as const).map((key): Row => ({
    label: `${key === 'dateSettled' ? 'date-range' : 'actor filter'} change until the views show it p95`,
    values: col(apps, (a) => a[key].p95),
    format: fmt.ms,
  })),
  { label: 'search index ready', values: col(apps, (a) => a.search?.indexReadyMs ?? null), format: fmt.ms },
  {
    label: 'search keystroke median',
    values: col(apps, (a) => a.search?.keystroke.median ?? null),
    format: fmt.ms,
  },
  {
    label: 'search keystroke p95',
    values: col(apps, (a) => a.search?.keystroke.p95 ?? null),
    format: fmt.ms,
    budget: { text: '< 100 ms', ok: under(100) },
  },
  {
    label: 'search cleared until the views show every claim p95',
    values: col(apps, (a) => a.search?.cleared.p95 ?? null),
    format: fmt.ms,
  },
  {
    label: 'search typed letter shown p95',
    values: col(apps, (a) => a.search?.inputPaint.p95 ?? null),
    format: fmt.ms,
  },
  { label: 'JS heap after load', values: col(apps, (a) => a.heapBytes), format: fmt.mb },
  {
    label: 'initial JS (gzip)',
    values: sizes.map(() => bundle.gzipBytes),
    format: fmt.kb,
    budget: { text: '< 250 KB', ok: under(250 * 1024) },
  },
];

const add = await addTable();
const table = `${renderTable(sizes, rows)}\n\n${add.table}`;
const notes = apps.flatMap((app, i) => app.notes.map((note) => `- ${sizes[i]} articles: ${note}`));
console.log(`\n${table}\n${notes.join('\n')}`);
writeFileSync(
  join(OUT, `results-${sizes.join('-')}.json`),
  JSON.stringify(
    { when: new Date().toISOString(), sizes, ingests, apps, add: add.figures, bundle, table },
    null,
    2,
  ),
);
