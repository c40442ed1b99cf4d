/**
 * `npx tsx bench/compare.ts --dist a,b --data bench/out/data-10000 [--reps 3] [--profile dir]`: the app figures of
 * several builds of the app on one dataset, runs interleaved (a, b, a, b, …) so a busy machine slows them alike,
 * with the median of each figure per build. With `--profile`, each run also writes CPU profiles of its phases to
 * `<dir>/<build>-<run>/` (read them with `bench/profile-summary.ts` or Chromium's DevTools). No ingest.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../tests/e2e/static-server';
import { measureApp, type AppFigures } from './app';
import { benchWords } from './search';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join('bench', 'out', 'dist') },
    data: { type: 'string', default: join('bench', 'out', 'data-10000') },
    reps: { type: 'string', default: '3' },
    profile: { type: 'string' },
  },
});
const dists = (values.dist ?? '').split(',').filter(Boolean);
const data = values.data ?? '';
const dataset = JSON.parse(readFileSync(join(data, 'dataset.json'), 'utf8')) as {
  claims: { reportedOn: string | null }[];
};
const days = [...new Set(dataset.claims.flatMap((c) => (c.reportedOn ? [c.reportedOn] : [])))].sort();
const words = benchWords(JSON.parse(readFileSync(join(data, 'search-text.json'), 'utf8')));

const figures = new Map<string, AppFigures[]>(dists.map((d) => [d, []]));
for (let rep = 0; rep < Number(values.reps); rep += 1) {
  for (const dist of dists) {
    const server = await startStaticServer(dist, { app: data });
    try {
      const profileDir = values.profile ? join(values.profile, `${basename(dist)}-${rep}`) : undefined;
      const app = await measureApp(`${server.origin}/app/`, days, words, profileDir);
      figures.get(dist)!.push(app);
      console.log(dist, rep, summary([app]));
    } finally {
      await server.close();
    }
  }
}

function median(list: (number | null | undefined)[]): number | null {
  const sorted = list.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!) : null;
}

function summary(apps: AppFigures[]): Record<string, number | null> {
  return {
    load: median(apps.map((a) => a.loadMs)),
    dateMed: median(apps.map((a) => a.dateChange.median)),
    dateP95: median(apps.map((a) => a.dateChange.p95)),
    dateViews: median(apps.map((a) => a.dateSettled.p95)),
    actorMed: median(apps.map((a) => a.actorChange.median)),
    actorP95: median(apps.map((a) => a.actorChange.p95)),
    actorViews: median(apps.map((a) => a.actorSettled.p95)),
    selP95: median(apps.map((a) => a.selection.p95)),
    searchReady: median(apps.map((a) => a.search?.indexReadyMs)),
    keyMed: median(apps.map((a) => a.search?.keystroke.median)),
    keyP95: median(apps.map((a) => a.search?.keystroke.p95)),
    inputP95: median(apps.map((a) => a.search?.inputPaint.p95)),
    parse: median(apps.map((a) => a.jsonParseMs)),
  };
}

console.log('\nmedians over runs:');
console.table(Object.fromEntries(dists.map((d) => [d, summary(figures.get(d)!)])));
