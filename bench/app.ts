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
  /** Date change until the chart, map and list show it (the deferred render has committed and painted). */
  dateSettled: Latency;
  actorChange: Latency;
  actorSettled: Latency;
  selection: Latency;
  search: SearchFigures | null;
  notes: string[];
}

const ROUNDS = 30;
const POINT = /(troops|battalion|btg).*\b(19|20)\d{2}$/i;

/**
 * Runs `act` on the element in the page and resolves with the time to the frame after the next paint, and the
 * time to the frame after the views have caught up (the panes' `aria-busy` is off: the deferred render of the
 * chart, map and list has committed).
 */
async function timedBoth(
  handle: ElementHandle,
  act: 'click' | 'date',
  value = '',
): Promise<[number, number]> {
  return handle.evaluate(
    async (element, [kind, text]) => {
      const painted = () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))),
        );
      const panes = document.querySelector('.panes');
      const busy = () => panes?.getAttribute('aria-busy') === 'true';
      const started = performance.now();
      if (kind === 'date') {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(element, text);
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      }
      const caughtUp = new Promise<void>((done) => {
        if (!busy()) return done();
        const watch = new MutationObserver(() => {
          if (busy()) return;
          watch.disconnect();
          done();
        });
        watch.observe(panes!, { attributes: true, attributeFilter: ['aria-busy'] });
      });
      const frame = (await painted()) - started;
      await caughtUp;
      return [frame, (await painted()) - started] as [number, number];
    },
    [act, value] as const,
  );
}

/** As `timedBoth`, the first figure only. */
async function timed(handle: ElementHandle, act: 'click' | 'date', value = ''): Promise<number> {
  return (await timedBoth(handle, act, value))[0];
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
    // tsx keeps function names with a `__name` helper that the page does not have; the timing code names some.
    await page.evaluate('globalThis.__name = (f) => f');
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
        dateSettled: none,
        actorChange: none,
        actorSettled: none,
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
    const dateSettled: number[] = [];
    const dateSamples = from
      ? await repeat(
          ROUNDS,
          async (round) => {
            const [frame, settled] = await timedBoth(from, 'date', days[round % days.length] ?? '');
            dateSettled.push(settled);
            return frame;
          },
          notes,
          'date change',
        )
      : [];
    if (from) await timed(from, 'date', '').catch(() => null);
    else notes.push('no "From" input: date change not measured');
    await profile.stop('date');

    await profile.start();
    const actorSettled: number[] = [];
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
        const [ms, settled] = await timedBoth(option, 'click');
        actorSettled.push(settled);
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
      dateSettled: summarise(dateSettled),
      actorChange: summarise(actorSamples),
      actorSettled: summarise(actorSettled),
      selection: summarise(selectionSamples),
      search,
      notes,
    };
  } finally {
    await browser.close();
  }
}
