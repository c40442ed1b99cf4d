import { describe, expect, test } from 'vitest';
import { mergeBodies, mergeDatasets } from '../../src/domain/merge-datasets';
import { parseDataset } from '../../src/domain/validate';
import type { Dataset } from '../../src/domain/schema';
import { IDS, miniBodies, miniDataset } from '../fixtures/mini-dataset';

/** The part of `dataset` about `ids`: what an ingest of only those articles would give. */
function subset(dataset: Dataset, ids: readonly string[]): Dataset {
  const keep = new Set(ids);
  const events = dataset.events
    .map((e) => ({ ...e, sources: e.sources.filter((s) => keep.has(s.articleId)) }))
    .filter((e) => e.sources.length > 0);
  const files = dataset.report.files.filter((f) => f.articleId !== null && keep.has(f.articleId));
  return {
    ...dataset,
    articles: dataset.articles.filter((a) => keep.has(a.id)),
    claims: dataset.claims.filter((c) => keep.has(c.articleId)),
    outlets: dataset.outlets
      .map((o) => ({ ...o, articleIds: o.articleIds.filter((id) => keep.has(id)) }))
      .filter((o) => o.articleIds.length > 0),
    events,
    report: { files, summary: { read: files.length, ok: files.length, warning: 0, rejected: 0 } },
  };
}

const baseIds = [IDS.reuters, IDS.ap, IDS.live];
const extraIds = [IDS.kyiv, IDS.hostile];

describe('mergeDatasets', () => {
  test('joins the articles, claims, events and outlets of added articles to the base', () => {
    const base = subset(miniDataset, baseIds);
    const extra = subset(miniDataset, extraIds);
    const { dataset, added } = mergeDatasets(base, extra);
    expect(added.sort()).toEqual([...extraIds].sort());
    expect(dataset.articles.map((a) => a.id).sort()).toEqual(miniDataset.articles.map((a) => a.id).sort());
    expect(dataset.claims.map((c) => c.id).sort()).toEqual(miniDataset.claims.map((c) => c.id).sort());
    expect(dataset.events.map((e) => e.id).sort()).toEqual(miniDataset.events.map((e) => e.id).sort());
    const guardian = dataset.outlets.find((o) => o.name === 'The Guardian');
    expect(guardian?.articleIds).toContain(IDS.kyiv);
    expect(dataset.report.summary.read).toBe(base.report.files.length + extra.report.files.length);
    // The merged dataset is as valid as its parts: nothing dangles.
    const parsed = parseDataset(dataset);
    expect(parsed.ok && parsed.skipped).toEqual([]);
  });

  test('an event both report keeps one id with the sources of both', () => {
    const base = subset(miniDataset, [IDS.reuters]);
    const extra = subset(miniDataset, [IDS.kyiv]);
    const shared = { ...extra.events[0]!, id: base.events[0]!.id, actorIds: ['ukraine'] };
    const { dataset } = mergeDatasets(base, { ...extra, events: [shared] });
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]!.sources.map((s) => s.articleId).sort()).toEqual([IDS.kyiv, IDS.reuters].sort());
    expect(dataset.events[0]!.actorIds).toEqual(expect.arrayContaining(['russia', 'ukraine']));
  });

  test('an added article whose id the base holds is left out, with a note in its file report', () => {
    const base = subset(miniDataset, baseIds);
    const extra = subset(miniDataset, [IDS.ap, IDS.kyiv]);
    const { dataset, added } = mergeDatasets(base, extra);
    expect(added).toEqual([IDS.kyiv]);
    expect(dataset.articles.filter((a) => a.id === IDS.ap)).toHaveLength(1);
    expect(dataset.claims.filter((c) => c.articleId === IDS.ap)).toHaveLength(
      base.claims.filter((c) => c.articleId === IDS.ap).length,
    );
    const note = dataset.report.files.find((f) => f.articleId === IDS.ap && f.status === 'warning');
    expect(note?.messages.join(' ')).toMatch(/already in the dataset/);
  });

  test('mergeBodies keeps the bodies of the articles that made it in', () => {
    const bodies = mergeBodies(
      [miniBodies[IDS.reuters]!],
      [miniBodies[IDS.ap]!, miniBodies[IDS.kyiv]!],
      [IDS.kyiv],
    );
    expect(bodies.map((b) => b.id)).toEqual([IDS.reuters, IDS.kyiv]);
  });
});
