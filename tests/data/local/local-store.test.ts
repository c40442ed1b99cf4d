// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadWithLocal } from '../../../src/data/local/load-local';
import {
  clearAdded,
  clearOpened,
  readStored,
  saveAdded,
  saveOpened,
} from '../../../src/data/local/local-store';
import type { Dataset } from '../../../src/domain/schema';
import { IDS, miniBodies, miniDataset } from '../../fixtures/mini-dataset';

/** The part of the mini dataset about `ids` (claims, outlets, events and report follow). */
function part(ids: readonly string[]): Dataset {
  const keep = new Set(ids);
  const files = miniDataset.report.files.filter((f) => f.articleId !== null && keep.has(f.articleId));
  return {
    ...miniDataset,
    articles: miniDataset.articles.filter((a) => keep.has(a.id)),
    claims: miniDataset.claims.filter((c) => keep.has(c.articleId)),
    outlets: miniDataset.outlets
      .map((o) => ({ ...o, articleIds: o.articleIds.filter((id) => keep.has(id)) }))
      .filter((o) => o.articleIds.length > 0),
    events: miniDataset.events.filter((e) => e.sources.every((s) => keep.has(s.articleId))),
    report: { files, summary: { read: files.length, ok: files.length, warning: 0, rejected: 0 } },
  };
}

const bundled = part([IDS.reuters, IDS.ap, IDS.live]);
const added = { dataset: part([IDS.kyiv]), bodies: [miniBodies[IDS.kyiv]!] };

beforeEach(async () => {
  await clearAdded();
  await clearOpened();
});

describe('what this browser keeps', () => {
  test('nothing is kept at first', async () => {
    expect(await readStored()).toEqual({ opened: null, added: null, sessionOnly: false, notices: [] });
  });

  test('added articles are kept, read back validated, and joined to the bundled data on load', async () => {
    expect(await saveAdded(added)).toBe(true);
    const stored = await readStored();
    expect(stored.sessionOnly).toBe(false);
    expect(stored.added?.content.dataset.articles.map((a) => a.id)).toEqual([IDS.kyiv]);

    const loadBundled = vi.fn(async () => ({ dataset: bundled, skipped: [] }));
    const loaded = await loadWithLocal(loadBundled);
    expect(loadBundled).toHaveBeenCalledOnce();
    expect(loaded.index.articles.has(IDS.kyiv)).toBe(true);
    expect([...loaded.local.addedIds]).toEqual([IDS.kyiv]);
    expect(loaded.local.bodies.get(IDS.kyiv)?.text).toBe(miniBodies[IDS.kyiv]!.text);
    expect(loaded.index.claimsByArticle.get(IDS.kyiv)?.length).toBeGreaterThan(0);

    await clearAdded();
    expect((await readStored()).added).toBeNull();
  });

  test('an opened file replaces the bundled data (never fetched), with the added articles on top', async () => {
    expect(
      await saveOpened('colleague.json', { dataset: bundled, bodies: [miniBodies[IDS.reuters]!] }, []),
    ).toBe(true);
    await saveAdded(added);
    const loadBundled = vi.fn(async () => ({ dataset: miniDataset, skipped: [] }));
    const loaded = await loadWithLocal(loadBundled);
    expect(loadBundled).not.toHaveBeenCalled();
    expect(loaded.local.base.source).toEqual({ kind: 'file', name: 'colleague.json' });
    expect(loaded.dataset.articles.map((a) => a.id).sort()).toEqual(
      [IDS.reuters, IDS.ap, IDS.live, IDS.kyiv].sort(),
    );
    expect([...loaded.local.bodies.keys()].sort()).toEqual([IDS.kyiv, IDS.reuters].sort());
  });

  test('a record that is not a dataset file gives a notice, and the rest still loads', async () => {
    const key = `${new URL('.', document.baseURI).pathname}:added`;
    await set(key, { format: 'something-else' }, createStore('crisis-ledger', 'local-data'));
    const stored = await readStored();
    expect(stored.added).toBeNull();
    expect(stored.notices[0]).toMatch(/added in this browser could not be read/);
    const loaded = await loadWithLocal(async () => ({ dataset: bundled, skipped: [] }));
    expect(loaded.dataset.articles).toHaveLength(3);
    expect(loaded.local.notices).toHaveLength(1);
  });
});
