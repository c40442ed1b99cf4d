import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/domain/dataset-index';
import { linkMisses, linkMissesText } from '../../src/url-state/link-misses';
import { sanitizeView } from '../../src/url-state/sanitize-view';
import { DEFAULT_VIEW } from '../../src/url-state/view-state';
import { IDS, miniDataset } from '../fixtures/mini-dataset';

const index = buildIndex(miniDataset);
const claim = miniDataset.claims[0]!;

describe('linkMisses', () => {
  test('a link whose ids are all known misses nothing', () => {
    expect(
      linkMisses({ ...DEFAULT_VIEW, claim: claim.id, article: claim.articleId, actors: ['russia'] }, index),
    ).toBe(null);
  });

  test('an unknown article and claim are counted, and the rest of the view survives sanitizing', () => {
    const view = {
      ...DEFAULT_VIEW,
      article: 'added-elsewhere',
      claim: 'added-elsewhere:c1',
      actors: ['russia'],
      from: '2022-01-01',
    };
    const misses = linkMisses(view, index);
    expect(misses).toEqual({ articles: 1, claims: 1, filters: 0 });
    expect(linkMissesText(misses!)).toBe(
      'This link refers to 1 article and 1 claim not in this dataset (added in another browser, or from another dataset); the rest of the view is shown.',
    );
    const shown = sanitizeView(view, index);
    expect(shown).toMatchObject({ article: null, claim: null, actors: ['russia'], from: '2022-01-01' });
  });

  test('unknown filter values count; an unknown entry of a known article does not name a missing article', () => {
    expect(
      linkMisses({ ...DEFAULT_VIEW, places: ['atlantis'], claimants: ['unattributed', 'nobody'] }, index),
    ).toEqual({
      articles: 0,
      claims: 0,
      filters: 2,
    });
    expect(linkMisses({ ...DEFAULT_VIEW, article: IDS.live, entry: 'gone' }, index)).toBe(null);
  });
});
