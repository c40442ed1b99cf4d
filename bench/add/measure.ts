/**
 * The add-articles figures: synthetic articles added through the real ingest worker in headless Chromium,
 * on a fresh page each round (so the reference and gazetteer load as on a user's first use), then once more
 * on a warm page; with the longest main-thread task seen while adding (PerformanceObserver `longtask`).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium';
import { startStaticServer } from '../../tests/e2e/static-server';
import { summarise } from '../stats';
import type { AddRun, PageFile } from './main';
import { mainThreadTasks, type TraceTasks } from './trace';

/** What adding a corpus in the browser cost. */
export interface AddFigures {
  articles: number;
  /** Wall time of a first batch on a fresh page (reference and gazetteer loaded), per round. */
  coldMs: ReturnType<typeof summarise>;
  /** Wall time of a batch once the worker holds the reference. */
  warmMs: number;
  /** The longest main-thread task of each run (cold rounds, then the warm one), by the long-task API (wall time). */
  longestTaskMs: number[];
  /** The same runs traced: the longest main-thread task's wall time and its thread (CPU) time. */
  traced: TraceTasks[];
  /** Long animation frames seen while adding, per run, with the scripts in them. */
  longFrames: string[];
  claims: number;
  rejected: number;
}

const ROUNDS = 3;

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

async function run(browser: Browser, page: Page, files: PageFile[]): Promise<[AddRun, TraceTasks]> {
  await browser.startTracing(page, { categories: CATEGORIES });
  const result = await page.evaluate(
    (f) => (window as unknown as { runAdd: (files: PageFile[]) => Promise<AddRun> }).runAdd(f),
    files,
  );
  return [result, mainThreadTasks(await browser.stopTracing())];
}

/** Adds the corpus's files on the add page built in `dist`, ROUNDS times cold and once warm. */
export async function measureAdd(dist: string, corpus: string, scratch: string): Promise<AddFigures> {
  const files: PageFile[] = readdirSync(corpus)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpus, name), 'utf8') }));
  mkdirSync(scratch, { recursive: true });
  const server = await startStaticServer(dist, { add: scratch });
  const browser = await launchChromium();
  try {
    const runs: [AddRun, TraceTasks][] = [];
    let warm: [AddRun, TraceTasks] | null = null;
    for (let round = 0; round < ROUNDS; round += 1) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/add/`);
      await page.waitForFunction(() => 'runAdd' in window);
      runs.push(await run(browser, page, files));
      if (round === ROUNDS - 1) warm = await run(browser, page, files);
      await page.close();
    }
    const all = [...runs, ...(warm ? [warm] : [])].map(([r]) => r);
    return {
      articles: files.length,
      coldMs: summarise(runs.map(([r]) => r.ms)),
      warmMs: warm?.[0].ms ?? Number.NaN,
      traced: [...runs, ...(warm ? [warm] : [])].map(([, t]) => t),
      longestTaskMs: all.map((r) => r.longestTaskMs),
      longFrames: all.flatMap((r, i) => r.longFrames.map((frame) => `run ${i + 1}: ${frame}`)),
      claims: runs[0]?.[0].claims ?? 0,
      rejected: runs[0]?.[0].rejected ?? 0,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
