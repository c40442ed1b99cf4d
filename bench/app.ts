/**
 * App figures in headless Chromium against the built app: time to all three views, latency of a date change,
 * an actor filter change and a claim selection (input to the next painted frame), and JS heap after load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, ElementHandle, Locator, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium';
import { measureSearch, type SearchFigures } from './search';
import { summarise } from './stats';

/** Latency summary in milliseconds. */
export type Latency = ReturnType<typeof summarise>;

/** What the app cost with one dataset. */
export interface AppFigures {
  loadMs: number | null;
  jsonParseMs: number;
  heapBytes: number | null;
  dateChange: Latency;
  actorChange: Latency;
  selection: Latency;
  search: SearchFigures | null;
  notes: string[];
}

const ROUNDS = 30;
const POINT = /(troops|battalion|btg).*\b(19|20)\d{2}$/i;

/** Runs `act` on the element in the page and resolves with the time to the frame after the next paint. */
function timed(handle: ElementHandle, act: 'click' | 'date', value = ''): Promise<number> {
  return handle.evaluate(
    async (element, [kind, text]) => {
      const started = performance.now();
      if (kind === 'date') {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(element, text);
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      }
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now() - started;
    },
    [act, value] as const,
  );
}

/** Time one series may take: a slow app gets fewer samples (noted) instead of a benchmark that runs for hours. */
const SERIES_CAP_MS = 60_000;

async function repeat(
  rounds: number,
  step: (round: number) => Promise<number | null>,
  notes: string[],
  what: string,
): Promise<number[]> {
  const samples: number[] = [];
  const started = Date.now();
  for (let round = 0; round < rounds && Date.now() - started < SERIES_CAP_MS; round += 1) {
    const sample = await step(round).catch(() => null);
    if (sample !== null) samples.push(sample);
  }
  if (rounds > 0 && samples.length < rounds)
    notes.push(`${what}: ${samples.length} of ${rounds} samples (60 s cap)`);
  return samples;
}

async function openPicker(page: Page, name: string): Promise<Locator> {
  const group = page.getByRole('group', { name: 'Filters' });
  const combobox = group.getByRole('combobox', { name });
  if ((await combobox.count()) > 0) await combobox.first().click();
  else if ((await group.getByRole('listbox', { name }).count()) === 0)
    await group.getByRole('button', { name }).first().click();
  return page.getByRole('option').or(page.getByRole('checkbox'));
}

/** Records Chromium CPU profiles into a folder (`<phase>.cpuprofile`), or does nothing without a folder. */
interface Profiler {
  start(): Promise<void>;
  stop(phase: string): Promise<void>;
}

function profiler(cdp: CDPSession, dir: string | undefined): Profiler {
  if (!dir) return { start: async () => undefined, stop: async () => undefined };
  mkdirSync(dir, { recursive: true });
  return {
    async start() {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    },
    async stop(phase) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(dir, `${phase}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

/**
 * Measures the app at `url`, whose dataset has these report days (for date changes); with `profileDir`, each
 * phase (load, date, actor, selection, search) is also recorded as a CPU profile there (timings then include the
 * profiler's overhead).
 */
export async function measureApp(
  url: string,
  days: string[],
  words: string[] = [],
  profileDir?: string,
): Promise<AppFigures> {
  const browser = await launchChromium();
  const notes: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const profile = profiler(cdp, profileDir);
    await profile.start();
    await page.goto(url);
    let loadMs: number | null = null;
    const chart = page.getByRole('region', { name: 'Troop numbers' });
    const points = chart.getByLabel(POINT).or(chart.getByRole('button', { name: POINT }));
    try {
      for (const name of ['Map', 'Troop numbers', 'Articles'])
        await page.getByRole('region', { name }).waitFor({ state: 'visible', timeout: 120_000 });
      await points.first().waitFor({ state: 'attached', timeout: 120_000 });
      loadMs = await page.evaluate(() => performance.now());
    } catch (error) {
      notes.push(`views not all rendered: ${(error as Error).message.split('\n')[0]}`);
    }
    await profile.stop('load');
    const jsonParseMs = await page.evaluate(async () => {
      const text = await (await fetch('data/dataset.json')).text();
      const started = performance.now();
      JSON.parse(text);
      return performance.now() - started;
    });
    const heapAfterLoad = (await cdp.send('Runtime.getHeapUsage').catch(() => null)) as {
      usedSize: number;
    } | null;
    // Latencies of a page that never finished rendering would time a loading screen: report them as missing.
    if (loadMs === null) {
      const none = summarise([]);
      return {
        loadMs,
        jsonParseMs,
        heapBytes: heapAfterLoad?.usedSize ?? null,
        dateChange: none,
        actorChange: none,
        selection: none,
        search: null,
        notes,
      };
    }

    const from = await page
      .getByRole('group', { name: 'Filters' })
      .getByLabel('From')
      .elementHandle({ timeout: 5_000 })
      .catch(() => null);
    await profile.start();
    const dateSamples = from
      ? await repeat(
          ROUNDS,
          (round) => timed(from, 'date', days[round % days.length] ?? ''),
          notes,
          'date change',
        )
      : [];
    if (from) await timed(from, 'date', '').catch(() => null);
    else notes.push('no "From" input: date change not measured');
    await profile.stop('date');

    await profile.start();
    const actorSamples = await repeat(
      ROUNDS,
      async () => {
        const options = await openPicker(page, 'Actors').catch(() => null);
        const option = options
          ? await options
              .first()
              .elementHandle({ timeout: 3_000 })
              .catch(() => null)
          : null;
        if (!option) return null;
        const ms = await timed(option, 'click');
        await page.keyboard.press('Escape');
        return ms;
      },
      notes,
      'actor change',
    );
    if (actorSamples.length === 0) notes.push('no "Actors" picker options: actor change not measured');
    await profile.stop('actor');

    const count = await points.count();
    await profile.start();
    const selectionSamples = await repeat(
      count > 0 ? ROUNDS : 0,
      async (round) => {
        const point = await points
          .nth(round % count)
          .elementHandle({ timeout: 3_000 })
          .catch(() => null);
        return point ? timed(point, 'click') : null;
      },
      notes,
      'selection',
    );
    if (count === 0) notes.push('no chart points: selection not measured');
    await profile.stop('selection');
    await profile.start();
    const search = await measureSearch(page, words, notes);
    await profile.stop('search');
    return {
      loadMs,
      jsonParseMs,
      heapBytes: heapAfterLoad?.usedSize ?? null,
      dateChange: summarise(dateSamples),
      actorChange: summarise(actorSamples),
      selection: summarise(selectionSamples),
      search,
      notes,
    };
  } finally {
    await browser.close();
  }
}
