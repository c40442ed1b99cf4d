import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, expectNoProblems, params, startSession, type Session } from './browser';
import {
  expectCountsToChange,
  filters,
  matchCounts,
  pick,
  waitForChartPoints,
  waitForDashboard,
} from './dashboard';
import { discriminatingIds, seedDataset } from './seed-dataset';

const FILTER_KEYS = ['from', 'to', 'actors', 'claimants', 'places'];

describe('filters change what matches and the URL', () => {
  let session: Session;
  let page: Page;
  const dataset = () => seedDataset();
  const dated = () => dataset().claims.flatMap((claim) => (claim.reportedOn ? [claim.reportedOn] : []));

  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  const openFresh = async (): Promise<Page> => {
    page = await session.open('/seed/');
    await waitForDashboard(page);
    await waitForChartPoints(page);
    return page;
  };

  test('the Filters group shows how many claims and articles match', async () => {
    await openFresh();
    const counts = await matchCounts(page);
    expect(counts.claims).toBe(dataset().claims.length);
    expect(counts.articles).toBe(dataset().articles.length);
  });

  test('From narrows claims to those reported on or after the date', async () => {
    await openFresh();
    const days = [...new Set(dated())].sort();
    const from = days[days.length - 1] ?? '2022-02-21';
    const before = await matchCounts(page);
    await filters(page).getByLabel('From').fill(from);
    const after = await expectCountsToChange(page, before);
    expect(after.claims).toBe(dated().filter((day) => day >= from).length);
    expect(params(page).get('from')).toBe(from);
  });

  test('To narrows claims to those reported on or before the date', async () => {
    await openFresh();
    const to = [...new Set(dated())].sort()[0] ?? '2021-11-12';
    const before = await matchCounts(page);
    await filters(page).getByLabel('To').fill(to);
    const after = await expectCountsToChange(page, before);
    expect(after.claims).toBe(dated().filter((day) => day <= to).length);
    expect(params(page).get('to')).toBe(to);
  });

  test('Actors keeps articles that mention the chosen actor', async () => {
    await openFresh();
    const id = discriminatingIds(dataset().articles, (article) => article.actorIds)[0];
    const actor = dataset().actors.find((candidate) => candidate.id === id);
    expect(actor, 'an actor named in some but not all seed articles').toBeDefined();
    const before = await matchCounts(page);
    await pick(page, 'Actors', actor?.name ?? '');
    const after = await expectCountsToChange(page, before);
    expect(after.articles).toBe(
      dataset().articles.filter((article) => article.actorIds.includes(id ?? '')).length,
    );
    expect(params(page).get('actors')?.split(',')).toContain(id);
  });

  test('Claimants keeps claims attributed to the chosen claimant', async () => {
    await openFresh();
    const id = discriminatingIds(dataset().claims, (claim) => claim.claimantIds)[0];
    const claimant = dataset().actors.find((candidate) => candidate.id === id);
    expect(claimant, 'a claimant behind some but not all seed claims').toBeDefined();
    const before = await matchCounts(page);
    await pick(page, 'Claimants', claimant?.name ?? '');
    const after = await expectCountsToChange(page, before);
    expect(after.claims).toBeLessThan(dataset().claims.length);
    expect(after.claims).toBeGreaterThan(0);
    expect(params(page).get('claimants')?.split(',')).toContain(id);
  });

  test('Places keeps claims about the chosen place', async () => {
    await openFresh();
    const id = discriminatingIds(dataset().claims, (claim) => claim.placeIds)[0];
    const place = dataset().places.find((candidate) => candidate.id === id);
    expect(place, 'a place named by some but not all seed claims').toBeDefined();
    const before = await matchCounts(page);
    await pick(page, 'Places', place?.name ?? '');
    const after = await expectCountsToChange(page, before);
    expect(after.claims).toBe(dataset().claims.filter((claim) => claim.placeIds.includes(id ?? '')).length);
    expect(params(page).get('places')?.split(',')).toContain(id);
  });

  test('Reset filters clears every filter from the view and the URL', async () => {
    const days = [...new Set(dated())].sort();
    page = await session.open(`/seed/?from=${days[days.length - 1] ?? '2022-02-21'}&to=2022-03-01`);
    await waitForDashboard(page);
    const narrowed = await matchCounts(page);
    expect(narrowed.claims).toBeLessThan(dataset().claims.length);
    await filters(page).getByRole('button', { name: 'Reset filters' }).click();
    await expectCountsToChange(page, narrowed);
    expect((await matchCounts(page)).claims).toBe(dataset().claims.length);
    for (const key of FILTER_KEYS) expect(params(page).has(key), key).toBe(false);
    await expect.poll(() => filters(page).getByLabel('From').inputValue()).toBe('');
    expectNoProblems(session.problems);
  });
});
