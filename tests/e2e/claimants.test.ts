/**
 * Issues 12 and 10: one claimant vocabulary. A joint claim (two governments in one sentence) is one series named
 * "Joint: …" in the legend, the table and the export, found by the filter under either government; a claim
 * corrected to another claimant is found by that claimant's filter, and no longer by its old one.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor, Claim } from '../../src/domain/schema';
import { DESKTOP, expectNoProblems, params, startSession, type Session } from './browser';
import { filters, pick, regions, waitForChartPoints, waitForDashboard } from './dashboard';
import { seedDataset } from './seed-dataset';

const WAIT = { timeout: 15_000 };

/** The end of an actor's affiliation chain (written out here rather than taken from the app's code). */
function groupOf(id: string, actors: ReadonlyMap<string, Actor>): string {
  const seen = [id];
  for (
    let next = actors.get(id)?.affiliation;
    next && !seen.includes(next);
    next = actors.get(next)?.affiliation
  )
    seen.push(next);
  return seen[seen.length - 1]!;
}

function seeds() {
  const dataset = seedDataset();
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const groups = (claim: Claim) => [...new Set(claim.claimantIds.map((id) => groupOf(id, actors)))];
  const joint = dataset.claims.find((c) => c.reportedOn && c.troopsMin !== null && groups(c).length > 1)!;
  const jointGroups = groups(joint).sort();
  const jointName = `Joint: ${jointGroups.map((id) => actors.get(id)!.name).join(' and ')}`;
  return { dataset, actors, groups, joint, jointGroups, jointName };
}

type Row = Record<string, string>;

/** Downloads the filtered claims as CSV and reads it into rows by header (a plain reader: no commas in ids). */
async function exportCsv(page: Page): Promise<Row[]> {
  await filters(page).getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = (await readFile((await file.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
  const lines = splitCsv(text);
  const header = lines[0]!;
  return lines.slice(1).map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** RFC 4180 cells, quotes and CRLF included. */
function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

describe('one claimant vocabulary', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('a joint claim is its own series, found under either claimant, named alike in legend, table and CSV', async () => {
    const { actors, joint, jointGroups, jointName } = seeds();
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    await waitForChartPoints(page);
    const { chart } = regions(page);
    const legend = chart.getByRole('list', { name: 'Claimants' });
    await legend.getByRole('button', { name: jointName }).waitFor({ state: 'visible', ...WAIT });
    expect(await chart.innerText()).toContain('drawn once in a series of their own');

    // Either government alone, picked by its group name, brings the joint claim with it.
    for (const group of jointGroups) {
      const name = actors.get(group)!.name;
      const opened = await session.open(`/seed/?claimants=${group}&chart=table`);
      await waitForDashboard(opened);
      const table = regions(opened).chart.getByRole('table');
      await table.waitFor({ state: 'visible', ...WAIT });
      const row = table.locator('tr', { hasText: joint.quote.text.slice(0, 40) }).first();
      await expect.poll(() => row.innerText(), WAIT).toContain(jointName);
      const rows = await exportCsv(opened);
      const exported = rows.find((r) => r.claim_id === joint.id);
      expect(exported).toMatchObject({ series: jointName });
      expect((exported?.claimant_groups ?? '').split('; ').sort()).toEqual(
        jointGroups.map((id) => actors.get(id)!.name).sort(),
      );
      expect(rows.every((r) => (r.claimant_groups ?? '').split('; ').includes(name))).toBe(true);
      await opened.close();
    }
    expectNoProblems(session.problems);
  });

  test('a claim corrected to another claimant is found by its filter and drawn in its series', async () => {
    const { dataset, actors, groups } = seeds();
    const moved = dataset.claims.find(
      (c) => c.reportedOn && c.troopsMin !== null && groups(c).length === 1 && groups(c)[0] !== 'ukraine',
    )!;
    const before = groups(moved)[0]!;
    const to = dataset.actors.find((a) => a.id !== 'ukraine' && groupOf(a.id, actors) === 'ukraine')!;

    const page = await session.open(`/seed/?claim=${moved.id}`);
    await waitForDashboard(page);
    const review = page.getByRole('region', { name: 'Review this claim' });
    await review.getByRole('button', { name: 'Correct' }).click();
    const form = page.getByRole('form', { name: 'Correct the claim' });
    // The claimants are listed under their groups ("Ukraine"), named as the filter names them; picked by typing.
    const listbox = form.getByRole('listbox', { name: 'Claimants' });
    expect(
      await listbox
        .locator('optgroup')
        .evaluateAll((groups) => groups.map((g) => (g as HTMLOptGroupElement).label)),
    ).toContain('Ukraine');
    await listbox.focus();
    await page.keyboard.type(`${to.name} (Ukraine)`);
    await expect
      .poll(
        () => listbox.evaluate((el: HTMLSelectElement) => [...el.selectedOptions].map((o) => o.value)),
        WAIT,
      )
      .toEqual([to.id]);
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => review.innerText(), WAIT).toMatch(/Review status: Corrected/);

    // The Ukraine filter, picked in the picker, now finds it, in Ukraine's series, named as corrected.
    await pick(page, 'Claimants', 'Ukraine');
    await expect.poll(() => params(page).get('claimants'), WAIT).toBe('ukraine');
    const mark = regions(page).chart.getByRole('button', {
      name: new RegExp(
        `corrected: was .*claimed by ${to.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(Ukraine\\)`,
      ),
    });
    await mark.first().waitFor({ state: 'attached', ...WAIT });
    const rows = await exportCsv(page);
    expect(rows.find((r) => r.claim_id === moved.id)).toMatchObject({
      series: 'Ukraine',
      claimant_groups: 'Ukraine',
      review_status: 'corrected',
    });

    // Its old claimant's filter no longer does.
    const old = await session.open(`/seed/?claimants=${before}`);
    await waitForDashboard(old);
    await waitForChartPoints(old);
    const oldRows = await exportCsv(old);
    expect(oldRows.length).toBeGreaterThan(0);
    expect(oldRows.find((r) => r.claim_id === moved.id)).toBeUndefined();
    expectNoProblems(session.problems);
  });
});
