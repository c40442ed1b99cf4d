import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { selectVisible, type FilterView } from '../../src/domain/filters';
import { IDS, miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);
const none: FilterView = { from: null, to: null, actors: [], claimants: [], places: [] };
const select = (patch: Partial<FilterView>) => selectVisible(index, { ...none, ...patch });
const articleIds = (patch: Partial<FilterView>) => select(patch).articles.map((a) => a.id);

describe('buildIndex', () => {
  it('lists articles and live entries newest first, undated last', () => {
    expect(index.feed.map((item) => item.key)).toEqual([
      IDS.entryBiden,
      IDS.entryDrills,
      IDS.kyiv,
      IDS.ap,
      IDS.reuters,
      IDS.hostile,
    ]);
  });

  it('offers claimants and their affiliations, plus unattributed', () => {
    const ids = index.claimantOptions.map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining(['biden', 'usa', 'nato', 'ukraine-mod', 'ukraine', 'unattributed']),
    );
    expect(index.claimantOptions.find((o) => o.id === 'usa')?.count).toBe(5);
    expect(index.dayRange).toEqual({ min: '2014-03-18', max: '2022-02-11' });
  });
});

describe('selectVisible', () => {
  it('lets everything through without filters', () => {
    const all = select({});
    expect(all.counts).toMatchObject({ claims: 10, articles: 5, entries: 2, events: 3 });
  });

  it('filters by date: claims by reportedOn, entries by their own day, undated rows only when unbounded', () => {
    const visible = select({ from: '2022-02-11', to: '2022-02-11' });
    expect(visible.claims.map((c) => c.entryId)).toEqual([IDS.entryBiden, IDS.entryBiden]);
    expect(visible.feed.map((item) => item.key)).toEqual([IDS.entryBiden]);
    expect(visible.events).toEqual([]);
    expect(articleIds({ to: '2021-11-28' })).toEqual([IDS.reuters]);
    expect(select({ from: '2022-02-10' }).events.map((e) => e.date)).toEqual(['2022-02-10']);
  });

  it('filters by actors: the article mentions any', () => {
    expect(articleIds({ actors: ['zelensky', 'putin'] })).toEqual([IDS.reuters, IDS.kyiv]);
    expect(select({ actors: ['putin'] }).claims.every((c) => c.articleId === IDS.reuters)).toBe(true);
  });

  it('filters by claimant, matching affiliations and unattributed claims', () => {
    const usa = select({ claimants: ['usa'] });
    expect(usa.claims).toHaveLength(5);
    expect(usa.feed.map((item) => item.key)).toEqual([IDS.entryBiden, IDS.ap, IDS.reuters]);
    const outlet = select({ claimants: ['unattributed'] });
    expect(outlet.claims.map((c) => c.valueMin)).toEqual([20000, 40000]);
    expect(select({ claimants: ['nato'] }).feed.map((item) => item.key)).toEqual([IDS.entryDrills]);
  });

  it('filters by place, and combines filters with AND', () => {
    expect(select({ places: ['belarus'] }).claims).toHaveLength(4);
    expect(select({ places: ['crimea'] }).claims.map((c) => c.articleId)).toEqual([IDS.ap, IDS.ap, IDS.kyiv]);
    expect(select({ places: ['crimea'], claimants: ['unattributed'] }).claims).toHaveLength(1);
    expect(select({ places: ['donbas'] }).articles.map((a) => a.id)).toEqual([IDS.hostile]);
  });

  it('lists the places of what is visible', () => {
    expect(select({ actors: ['putin'] }).places.map((p) => p.id)).toEqual(['border-rus-ukr']);
    for (const patch of [
      {},
      { from: '2022-02-01' },
      { places: ['crimea'] },
      { claimants: ['unattributed'] },
    ]) {
      const visible = select(patch);
      const used = new Set(
        [...visible.claims, ...visible.articles, ...visible.events].flatMap((row) => row.placeIds),
      );
      expect(new Set(visible.places.map((p) => p.id))).toEqual(used);
    }
  });

  it('returns the same object for the same filters', () => {
    expect(select({ actors: ['russia'] })).toBe(select({ actors: ['russia'] }));
  });
});
