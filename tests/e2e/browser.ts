/**
 * One Chromium per test file, a fresh context, and guards: every request off 127.0.0.1 is blocked and
 * recorded, and console errors, page errors and dialogs are collected so tests can assert there were none.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { isLocal, launchChromium } from './chromium';

/** What went wrong while a page ran. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  outsideRequests: string[];
  dialogs: string[];
}

/** A browser and context for one test file. */
export interface Session {
  context: BrowserContext;
  problems: Problems;
  /** Opens `path` (e.g. `/seed/?claim=x`) on the local server in a new page. */
  open: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Desktop and phone sizes from issue 3. */
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Opens a browser and a fresh context that blocks every request not to 127.0.0.1; `locale` sets the browser's
 * language (how typed dates read), `touch` makes it a touch phone.
 */
export async function startSession(
  viewport = DESKTOP,
  options: { bypassCSP?: boolean; browser?: Browser; locale?: string; touch?: boolean } = {},
): Promise<Session> {
  const { browser, bypassCSP = false, locale, touch = false } = options;
  const owned = browser ?? (await launchChromium());
  const context = await owned.newContext({
    viewport,
    acceptDownloads: true,
    bypassCSP,
    ...(locale ? { locale } : {}),
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const problems: Problems = { consoleErrors: [], pageErrors: [], outsideRequests: [], dialogs: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    problems.outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const origin = inject('e2eOrigin');
  return {
    context,
    problems,
    open: async (path) => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.pageErrors.push(error.message));
      page.on('dialog', (dialog) => {
        problems.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(origin + path);
      return page;
    },
    close: async () => {
      await context.close();
      if (!browser) await owned.close();
    },
  };
}

/** Forgets what earlier pages of the session did wrong, so each test judges only its own page. */
export function clearProblems(problems: Problems): void {
  for (const list of Object.values(problems) as string[][]) list.length = 0;
}

/** Asserts the happy path stayed clean: no console or page error, no dialog, no request leaving the machine. */
export function expectNoProblems(problems: Problems): void {
  expect(problems.outsideRequests, 'requests to other hosts').toEqual([]);
  expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.dialogs, 'dialogs opened').toEqual([]);
}

/** Saves a full-viewport screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(inject('screenshotDir'), `${name}.png`) });
}

/** The current URL's query parameters. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
