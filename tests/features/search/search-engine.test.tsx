import { describe, expect, it } from 'vitest';
import { createIndex, runQuery } from '../../../src/features/search/search-core';
import { toResult } from '../../../src/features/search/search-engine';
import { tokenize } from '../../../src/features/search/search-words';
import { termSpans } from '../../../src/features/search/term-spans';

const docs = [
  { id: 'a', title: 'Camp near Yelnya grows', text: 'Satellite images show tanks at the camp near Yelnya.' },
  { id: 'b', title: 'Pontoon bridge', text: 'Engineers laid a pontoon bridge over the Pripyat river.' },
  {
    id: 'c',
    title: 'Talks in Geneva',
    text: 'Diplomats spoke of a bridge between positions, not a pontoon.',
  },
];

// The engine as the worker and the in-page fallback run it: MiniSearch's answer as plain data, read back, with the
// articles' positions turned back into ids for reading.
function buildEngine(list: typeof docs) {
  const index = createIndex(list.map((doc, at) => ({ at, title: doc.title, text: doc.text })));
  return {
    search(query: string) {
      const result = toResult(runQuery(index, query));
      const ranked = result.ranked && Array.from(result.ranked, (at) => list[at]!.id);
      const termsOf = (id: string) => result.termsOf(list.findIndex((doc) => doc.id === id));
      return { ...result, ranked, termsOf };
    },
  };
}

describe('search engine', () => {
  it('ranks title matches first and needs every word', () => {
    const engine = buildEngine(docs);
    expect(engine.search('pontoon bridge').ranked).toEqual(['b', 'c']);
    expect(engine.search('yelnya').ranked).toEqual(['a']);
    expect(engine.search('pontoon yelnya').ranked).toEqual([]);
    expect(engine.search('   ').ranked).toBeNull();
  });

  it('leaves out a short last word that is no word of the texts, and applies one that is', () => {
    const engine = buildEngine([
      ...docs,
      { id: 'd', title: 'A note', text: 'The US sent an envoy to Geneva.' },
    ]);
    expect(engine.search('p')).toMatchObject({ ranked: null, left: 'p' });
    expect(engine.search('po')).toMatchObject({ ranked: null, left: 'po' });
    expect(engine.search('pon')).toMatchObject({ ranked: ['b', 'c'], left: null });
    expect(engine.search('bridge po')).toMatchObject({ ranked: ['b', 'c'], left: 'po' });
    expect(engine.search('bridge po').termsOf('b')).toEqual(['bridge']);
    expect(engine.search('us')).toMatchObject({ ranked: ['d'], left: null });
    // A word of the texts that no article shares with the rest of the query still applies: nothing matches.
    expect(engine.search('pontoon us')).toMatchObject({ ranked: [], left: null });
    expect(engine.search('zzzzz')).toMatchObject({ ranked: [], left: null });
  });

  it('matches the prefix of the word being typed and forgives a typo in a long word', () => {
    const engine = buildEngine(docs);
    expect(engine.search('pont').ranked).toContain('b');
    expect(engine.search('satelite').ranked).toEqual(['a']);
    expect(engine.search('yelnya').termsOf('a')).toEqual(['yelnya']);
    expect(engine.search('pontoon bridge').termsOf('c')).toEqual(['pontoon', 'bridge']);
    expect(engine.search('yelnya').termsOf('b')).toBeUndefined();
  });

  it('finds the matched words in a text without treating the query as a pattern', () => {
    const text = 'Near Yelnya (yelnya.ru) a [camp] grew; YELNYA again.';
    expect(termSpans(text, ['yelnya']).map((s) => text.slice(s.start, s.end))).toEqual([
      'Yelnya',
      'yelnya',
      'YELNYA',
    ]);
    expect(termSpans(text, ['camp'])).toEqual([
      { start: text.indexOf('camp'), end: text.indexOf('camp') + 4 },
    ]);
    expect(termSpans(text, ['.*'])).toEqual([]);
    expect(tokenize('Russia’s 100,000 troops')).toEqual(['Russia', '100', '000', 'troops']);
    expect(tokenize("They're sure it isn't the navy's ship")).toEqual([
      'They',
      'sure',
      'it',
      'isn',
      'the',
      'navy',
      'ship',
    ]);
    expect(tokenize('O’Brien said ’tis so')).toEqual(['O', 'Brien', 'said', 'tis', 'so']);
  });
});
