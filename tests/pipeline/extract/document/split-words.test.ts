import { describe, expect, it } from 'vitest';
import { splitWords } from '../../../../src/pipeline/extract/document/split-words';

describe('splitWords', () => {
  it.each([
    ['timeplusnews', ['time', 'plus', 'news']],
    ['globalvillagespace', ['global', 'village', 'space']],
    ['warontherocks', ['war', 'on', 'the', 'rocks']],
    ['anews', ['a', 'news']],
    ['narrative', ['narrative']],
  ])('%s', (letters, words) => {
    expect(splitWords(letters)).toEqual(words);
  });

  it('trusts no split through rare short pieces or foreign particles', () => {
    expect(splitWords('netzender')).toBeNull();
    expect(splitWords('substack')).toBeNull();
    expect(splitWords('xqjv')).toBeNull();
  });

  it('allows extra pieces the lexicon lacks', () => {
    expect(splitWords('exbulletin')).toBeNull();
    expect(splitWords('exbulletin', new Set(['ex']))).toEqual(['ex', 'bulletin']);
  });
});
