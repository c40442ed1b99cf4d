import { describe, expect, it } from 'vitest';
import { reviewOf } from '../../../src/domain/reviews';
import { ReviewStore, STORAGE_KEY } from '../../../src/features/review/review-store';
import { miniDataset } from '../../fixtures/mini-dataset';

const AT = '2022-03-01T00:00:00.000Z';
const [a, b] = miniDataset.claims;

describe('ReviewStore', () => {
  it('saves at once, reloads, replaces a claim’s earlier review and undoes the last action', () => {
    localStorage.clear();
    const store = new ReviewStore(localStorage);
    store.record(reviewOf(a!, 'confirmed', '', null, AT), 'Confirmed a');
    store.record(reviewOf(a!, 'rejected', '', null, AT), 'Rejected a');
    store.record(reviewOf(b!, 'confirmed', '', null, AT), 'Confirmed b');
    expect(store.getSnapshot().reviews.map((r) => [r.claimId, r.status])).toEqual([
      [a!.id, 'rejected'],
      [b!.id, 'confirmed'],
    ]);
    expect(new ReviewStore(localStorage).getSnapshot().reviews).toHaveLength(2);

    store.undo();
    expect(store.getSnapshot()).toMatchObject({ lastAction: 'Undone: Confirmed b', canUndo: true });
    expect(new ReviewStore(localStorage).getSnapshot().reviews.map((r) => r.status)).toEqual(['rejected']);
  });

  it('keeps unreadable saved reviews aside and says so, instead of overwriting them', () => {
    localStorage.clear();
    localStorage.setItem(STORAGE_KEY, '{"schemaVersion":1,"reviews":[{"claimId":"x"}]}');
    const store = new ReviewStore(localStorage);
    expect(store.getSnapshot().problem).toMatch(/could not be read .*kept aside/);
    expect(localStorage.getItem(`${STORAGE_KEY}.unreadable`)).toContain('"claimId":"x"');
    localStorage.setItem(STORAGE_KEY, 'not json');
    expect(new ReviewStore(localStorage).getSnapshot().problem).toMatch(/kept aside/);
  });
});
