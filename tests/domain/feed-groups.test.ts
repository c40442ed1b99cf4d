import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { claimsPerEntry, entryActorIds, feedRows } from '../../src/domain/feed-groups';
import { IDS, miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);

describe('feedRows', () => {
  it('keeps articles in feed order and gathers a live page at its newest entry', () => {
    const rows = feedRows(index.feed);
    expect(rows.map((row) => row.key)).toEqual([
      `live:${IDS.live}`,
      ...index.feed.filter((item) => item.kind === 'article').map((item) => item.key),
    ]);
    const live = rows[0]!;
    expect(live.kind === 'live' && live.entries.map((e) => e.key)).toEqual([IDS.entryBiden, IDS.entryDrills]);
  });

  it('returns the same rows for the same feed, and new ones for a filtered feed', () => {
    expect(feedRows(index.feed)).toBe(feedRows(index.feed));
    const onlyDrills = index.feed.filter((item) => item.kind === 'article' || item.key === IDS.entryDrills);
    const live = feedRows(onlyDrills).find((row) => row.kind === 'live');
    expect(live?.kind === 'live' && live.entries.map((e) => e.key)).toEqual([IDS.entryDrills]);
  });
});

describe('entry claims and actors', () => {
  const claims = index.claimsByArticle.get(IDS.live)!;

  it('counts each entry’s own claims', () => {
    const counts = claimsPerEntry(claims);
    const expected = (id: string) => claims.filter((c) => c.entryId === id).length;
    expect(counts.get(IDS.entryBiden)).toBe(expected(IDS.entryBiden));
    expect(counts.get(IDS.entryDrills)).toBe(expected(IDS.entryDrills));
    expect(claimsPerEntry(claims)).toBe(counts);
  });

  it('names the actors of an entry’s claims only, claimants before subjects, once each', () => {
    const drills = index.entries.get(IDS.entryDrills)!.entry;
    const own = claims.filter((c) => c.entryId === IDS.entryDrills);
    const ids = entryActorIds(drills, claims);
    expect(ids).toEqual([
      ...new Set(own.flatMap((c) => [...c.claimantIds, ...(c.subjectId ? [c.subjectId] : [])])),
    ]);
    const biden = claims.filter((c) => c.entryId === IDS.entryBiden).flatMap((c) => c.claimantIds);
    for (const id of biden.filter((b) => !ids.includes(b))) expect(ids).not.toContain(id);
    expect(biden.some((b) => !ids.includes(b))).toBe(true);
  });
});
