import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, expectNoProblems, params, startSession, type Session } from './browser';
import { filters, matchCounts, regions, waitForChartPoints, waitForDashboard } from './dashboard';
import { seedDataset } from './seed-dataset';

describe('the matching claims leave the app as a file and as a table', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(DESKTOP);
  });
  afterAll(() => session.close());

  test('Export downloads the filtered claims as JSON and CSV', async () => {
    const days = [...new Set(seedDataset().claims.flatMap((claim) => claim.reportedOn ?? []))].sort();
    const from = days[days.length - 1] ?? '2022-02-21';
    const page = await session.open(`/seed/?from=${from}`);
    await waitForDashboard(page);
    const expected = seedDataset().claims.filter(
      (claim) => claim.reportedOn && claim.reportedOn >= from,
    ).length;
    await expect.poll(() => matchCounts(page).then((counts) => counts.claims)).toBe(expected);

    const names: string[] = [];
    const bytes = async (name: string) => {
      await filters(page).getByRole('button', { name: 'Export' }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      names.push(file.suggestedFilename());
      return readFile((await file.path()) ?? '');
    };
    const download = async (name: string) => (await bytes(name)).toString('utf8');
    const rows = JSON.parse(await download('Download JSON')) as Record<string, unknown>[];
    expect(rows).toHaveLength(expected);
    for (const key of ['quote', 'outlet'])
      expect(Object.keys(rows[0] ?? {}).join(' ')).toMatch(new RegExp(key, 'i'));

    const raw = await bytes('Download CSV');
    // A UTF-8 byte order mark first, so Excel reads "–" and curly quotes right.
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = raw.subarray(3).toString('utf8');
    const lines = csv.split('\r\n').filter((line) => line.trim());
    expect(lines[0]).toBe(
      'claim_id,reported_on,value_min,value_max,qualifier,approx,vague,unit,troops_min,troops_max,kind,claimants,claimant_groups,series,places,quote,article_title,outlet,url,link,review_status,review_note,original_value_min,original_value_max,original_unit',
    );
    expect(lines.length).toBeGreaterThanOrEqual(expected + 1);
    const unattributed = seedDataset().claims.find(
      (claim) => claim.reportedOn && claim.reportedOn >= from && claim.claimantIds.length === 0,
    );
    if (unattributed)
      expect(lines.find((line) => line.startsWith(unattributed.id))).toContain(',Unattributed,Unattributed,');
    expect(csv).toMatch(/,http:\/\/127\.0\.0\.1:\d+\/seed\/\?claim=[a-z0-9]/);
    expect(names).toEqual([
      `crisis-ledger-claims_${from}_to_end.json`,
      `crisis-ledger-claims_${from}_to_end.csv`,
    ]);
    expectNoProblems(session.problems);
  });

  test('Show as table lists the same claims and is kept in the URL', async () => {
    const page = await session.open('/seed/');
    await waitForDashboard(page);
    await waitForChartPoints(page);
    const { chart } = regions(page);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const table = chart.getByRole('table');
    await table.waitFor({ state: 'visible', timeout: 10_000 });
    expect(params(page).get('chart')).toBe('table');
    const claims = (await matchCounts(page)).claims ?? 0;
    expect(claims).toBeGreaterThan(0);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(claims);
    expectNoProblems(session.problems);
  });
});
