import { describe, expect, it } from 'vitest';
import { loadSearchDocs } from '../../../src/features/search/search-docs';

describe('loadSearchDocs', () => {
  it('indexes the texts held in this browser without fetching when every body is held', async () => {
    const docs = await loadSearchDocs(
      null,
      'search-text.json',
      [
        ['added-1', 'Pontoon bridge over the river'],
        ['added-2', 'Convoy near the lake'],
      ],
      [
        { id: 'added-1', text: 'Engineers laid a pontoon bridge at dawn.' },
        { id: 'dropped', text: 'A text whose article the dataset did not keep.' },
      ],
    );
    expect(docs).toEqual([
      {
        at: 0,
        title: 'Pontoon bridge over the river',
        text: 'Engineers laid a pontoon bridge at dawn.',
      },
    ]);
  });
});
