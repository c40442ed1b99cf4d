import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { sanitizeView } from '../../src/url-state/sanitize-view';
import { DEFAULT_VIEW } from '../../src/url-state/view-state';
import { IDS, miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);

describe('sanitizeView', () => {
  it('returns the same object when every id is known', () => {
    const view = {
      ...DEFAULT_VIEW,
      actors: ['russia'],
      claimants: ['unattributed', 'usa'],
      places: ['kyiv'],
    };
    expect(sanitizeView(view, index)).toBe(view);
  });

  it('drops unknown ids', () => {
    const view = {
      ...DEFAULT_VIEW,
      actors: ['russia', 'nobody'],
      places: ['atlantis'],
      claim: 'no-such-claim',
    };
    expect(sanitizeView(view, index)).toEqual({ ...DEFAULT_VIEW, actors: ['russia'] });
  });

  it('opens the article and entry of the selected claim, whatever the URL said', () => {
    const claim = miniDataset.claims.find((c) => c.entryId === IDS.entryDrills)!;
    const view = { ...DEFAULT_VIEW, claim: claim.id, article: IDS.reuters };
    expect(sanitizeView(view, index)).toMatchObject({
      claim: claim.id,
      article: IDS.live,
      entry: IDS.entryDrills,
    });
  });

  it('derives the article from an entry, and drops an entry of another article', () => {
    expect(sanitizeView({ ...DEFAULT_VIEW, entry: IDS.entryBiden }, index)).toMatchObject({
      article: IDS.live,
    });
    expect(sanitizeView({ ...DEFAULT_VIEW, article: IDS.ap, entry: IDS.entryBiden }, index)).toMatchObject({
      article: IDS.ap,
      entry: null,
    });
  });
});
