// @vitest-environment jsdom
// No IndexedDB here (jsdom has none, and this file installs no fake): a private window or blocked storage.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadWithLocal } from '../../../src/data/local/load-local';
import {
  clearAdded,
  clearOpened,
  readStored,
  saveAdded,
  saveOpened,
} from '../../../src/data/local/local-store';
import type { Dataset } from '../../../src/domain/schema';
import { IDS, miniBodies, miniPart } from '../../fixtures/mini-dataset';

const bundled = miniPart([IDS.reuters, IDS.ap, IDS.live]);
const opened = { dataset: miniPart([IDS.reuters]), bodies: [miniBodies[IDS.reuters]!] };
const added = { dataset: miniPart([IDS.kyiv]), bodies: [miniBodies[IDS.kyiv]!] };
const loadBundled = () => loadWithLocal(async () => ({ dataset: bundled, skipped: [] }));
const ids = (dataset: Dataset) => dataset.articles.map((a) => a.id).sort();

/** An IndexedDB whose every open fails the way a browser refusing storage fails it: with an error event. */
function refusingIndexedDB() {
  return {
    open: () => {
      const request: Record<string, unknown> = { error: new DOMException('refused', 'InvalidStateError') };
      setTimeout(() => (request.onerror as () => void)());
      return request;
    },
  };
}

beforeEach(async () => {
  await clearAdded();
  await clearOpened();
});
afterEach(() => vi.unstubAllGlobals());

describe('what this page keeps when the browser stores nothing', () => {
  test('an opened file and added articles last for the page; going back keeps the added ones', async () => {
    expect(await saveOpened('colleague.json', opened, [])).toBe(false);
    expect(await saveAdded(added)).toBe(false);
    const stored = await readStored();
    expect(stored).toMatchObject({ opened: { name: 'colleague.json' }, sessionOnly: true, notices: [] });

    const fetchBundled = vi.fn(async () => ({ dataset: bundled, skipped: [] }));
    const shown = await loadWithLocal(fetchBundled);
    expect(fetchBundled).not.toHaveBeenCalled();
    expect(shown.local.sessionOnly).toBe(true);
    expect(ids(shown.dataset)).toEqual([IDS.kyiv, IDS.reuters].sort());

    // "Back to the bundled data" forgets the file only: the bundled articles come back, the added one stays.
    await clearOpened();
    const back = await loadBundled();
    expect(back.local.base.source).toEqual({ kind: 'bundled' });
    expect(ids(back.dataset)).toEqual([...ids(bundled), IDS.kyiv].sort());
    expect(back.local.bodies.get(IDS.kyiv)?.text).toBe(miniBodies[IDS.kyiv]!.text);
    expect(back.local.sessionOnly).toBe(true);

    await clearAdded();
    expect(await readStored()).toEqual({ opened: null, added: null, sessionOnly: false, notices: [] });
  });

  test('an IndexedDB that refuses every request is treated alike, with a notice that it could not be read', async () => {
    vi.stubGlobal('indexedDB', refusingIndexedDB());
    expect(await saveAdded(added)).toBe(false);
    const shown = await loadBundled();
    expect(ids(shown.dataset)).toEqual([...ids(bundled), IDS.kyiv].sort());
    expect(shown.local.sessionOnly).toBe(true);
    expect(shown.local.notices).toEqual([expect.stringMatching(/storage could not be read .*refused/)]);
  });
});
