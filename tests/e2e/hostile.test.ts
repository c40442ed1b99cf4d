import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESKTOP, expectNoProblems, startSession, type Session } from './browser';
import { regions, waitForDashboard } from './dashboard';
import { hostileDataset } from './seed-dataset';

/** What in the live DOM could have come from article markup: handlers, frames, foreign scripts, bad links. */
function injectedMarkup(page: Page) {
  return page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => name.toLowerCase().startsWith('on'))
        .map((name) => `${element.tagName} ${name}`),
    );
    const frames = [...document.querySelectorAll('iframe, frame, object, embed')].map(
      (element) => element.tagName,
    );
    const scripts = [...document.scripts]
      .filter((script) => !script.src || new URL(script.src).origin !== location.origin)
      .map((script) => script.outerHTML.slice(0, 80));
    const links = [...document.querySelectorAll('a[href]')].map((anchor) => ({
      href: anchor.getAttribute('href') ?? '',
      protocol: new URL((anchor as HTMLAnchorElement).href).protocol,
      external: new URL((anchor as HTMLAnchorElement).href).origin !== location.origin,
      rel: anchor.getAttribute('rel') ?? '',
      // Source links live in the Articles region; any link that opens a new tab needs rel too.
      needsRel:
        anchor.getAttribute('target') === '_blank' || anchor.closest('[aria-label="Articles"]') !== null,
    }));
    const flag = (window as unknown as { __xss?: unknown }).__xss;
    return { handlers, frames, scripts, links, flag: flag === undefined ? null : String(flag) };
  });
}

async function expectNothingRan(page: Page): Promise<void> {
  const found = await injectedMarkup(page);
  expect(found.flag, 'window.__xss set by an article script').toBeNull();
  expect(found.handlers, 'inline event handlers in the DOM').toEqual([]);
  expect(found.frames, 'frames or embeds in the DOM').toEqual([]);
  expect(found.scripts, 'inline or foreign scripts').toEqual([]);
  for (const link of found.links) {
    expect(['http:', 'https:'], `link ${link.href}`).toContain(link.protocol);
    if (link.external && link.needsRel)
      expect(link.rel.split(/\s+/), `rel of ${link.href}`).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
  }
}

describe('a dataset built from hostile articles', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('the ingest kept every hostile file and its markup as text', () => {
    const { report } = hostileDataset();
    expect(report.summary.read).toBe(4);
    expect(report.summary.rejected).toBe(0);
  });

  test('titles and outlets with markup show as literal text and nothing runs', async () => {
    const page = await session.open('/hostile/');
    await waitForDashboard(page);
    const { articles } = regions(page);
    const withMarkup = hostileDataset().articles.filter((article) => /[<>]/.test(article.title));
    expect(withMarkup.length, 'titles that still hold markup, kept as text by the ingest').toBeGreaterThan(0);
    for (const article of withMarkup) await expect.poll(() => articles.innerText()).toContain(article.title);
    await expectNothingRan(page);
    expectNoProblems(session.problems);
  });

  test('opened article bodies show markup as text, and javascript: URLs are not links', async () => {
    for (const article of hostileDataset().articles) {
      const page = await session.open(`/hostile/?article=${article.id}`);
      await waitForDashboard(page);
      const body = JSON.parse(
        readFileSync(join(inject('hostileDataDir'), 'articles', `${article.id}.json`), 'utf8'),
      ) as {
        text: string;
      };
      const line = body.text.split('\n').find((candidate) => /<(img|script|a|iframe)\b/i.test(candidate));
      if (line) {
        const fragment = /<(img|script|a|iframe)\b[^\n]{0,30}/i.exec(line)?.[0] ?? '';
        await expect.poll(() => regions(page).articles.innerText(), { timeout: 10_000 }).toContain(fragment);
      }
      await expectNothingRan(page);
      await page.close();
    }
    expectNoProblems(session.problems);
  });
});
