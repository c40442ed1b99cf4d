import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/pipeline/refine/duplicates';
import type { UserMeta } from '../../../src/pipeline/types';

const story = Array.from(
  { length: 40 },
  (_, i) => `Paragraph ${i} reports that convoys moved near the border town number ${i * 7} overnight.`,
).join('\n\n');
const meta = (over: Partial<UserMeta>): UserMeta => ({
  title: null,
  outlet: null,
  url: null,
  date: null,
  author: null,
  ...over,
});

describe('findDuplicates', () => {
  it('merges the same text saved twice, whatever the spacing and Unicode encoding', () => {
    const docs = [
      { id: 'b', file: 'b.txt', text: story.replace(/\n\n/g, ' \n \n  ').normalize('NFD') },
      { id: 'a', file: 'a.txt', text: story },
      { id: 'c', file: 'c.txt', text: 'Something else entirely.' },
    ];
    expect(findDuplicates(docs)).toEqual({
      merged: [{ file: 'b.txt', id: 'b', keptFile: 'a.txt', keptId: 'a' }],
      near: [],
    });
  });

  it('keeps a near-copy with one figure changed as its own article, each warned about the other', () => {
    const planted = story.replace('town number 21 overnight', 'town number 210 overnight');
    const other = story.replace(/convoys moved/g, 'talks resumed').replace(/overnight/g, 'in Geneva');
    const found = findDuplicates([
      { id: 'genuine', file: 'zz-genuine.txt', text: story },
      { id: 'planted', file: '00-planted.txt', text: planted },
      { id: 'z', file: 'z.txt', text: other },
    ]);
    expect(found.merged).toEqual([]);
    expect(found.near).toEqual([{ file: 'zz-genuine.txt', otherFile: '00-planted.txt', sameText: false }]);
  });

  it('keeps the same text under a different outlet as two articles', () => {
    const found = findDuplicates([
      { id: 'real', file: 'real.txt', text: story, meta: meta({ outlet: 'Reuters' }) },
      { id: 'fake', file: '0-fake.txt', text: story, meta: meta({ outlet: 'Fake Wire' }) },
    ]);
    expect(found.merged).toEqual([]);
    expect(found.near).toEqual([{ file: 'real.txt', otherFile: '0-fake.txt', sameText: true }]);
  });

  it('keeps the copy with more metadata, whatever the names; the name only breaks a full tie', () => {
    const found = findDuplicates([
      { id: 'a', file: 'a.txt', text: story },
      { id: 'z', file: 'z.txt', text: story, meta: meta({ outlet: 'Reuters', date: '2022-02-10' }) },
      { id: 'm', file: 'm.txt', text: story, meta: meta({ outlet: 'Reuters' }) },
    ]);
    expect(found.merged.map((d) => [d.file, d.keptFile])).toEqual([
      ['a.txt', 'z.txt'],
      ['m.txt', 'z.txt'],
    ]);
    const tie = findDuplicates(['c', 'a', 'b'].map((n) => ({ id: n, file: `${n}.txt`, text: story })));
    expect(tie.merged.map((d) => [d.file, d.keptFile])).toEqual([
      ['b.txt', 'a.txt'],
      ['c.txt', 'a.txt'],
    ]);
  });
});

describe('findDuplicates against existing articles', () => {
  const held = { id: 'held', file: 'a.txt', text: story };

  it('merges a new copy into the existing article, even when the new one has more metadata', () => {
    const found = findDuplicates(
      [{ id: 'new', file: 'a.txt', text: story, meta: meta({ outlet: 'Reuters', date: '2022-02-01' }) }],
      [held],
    );
    expect(found).toEqual({
      merged: [{ file: 'a.txt', id: 'new', keptFile: 'a.txt', keptId: 'held', keptExisting: true }],
      near: [],
    });
  });

  it('warns about a near-copy of an existing article, marked as such', () => {
    const planted = story.replace('town number 21 overnight', 'town number 210 overnight');
    const found = findDuplicates([{ id: 'new', file: 'b.txt', text: planted }], [held]);
    expect(found).toEqual({
      merged: [],
      near: [{ file: 'b.txt', otherFile: 'a.txt', sameText: false, otherExisting: true }],
    });
  });

  it('never merges or compares existing articles among themselves', () => {
    const found = findDuplicates([], [held, { id: 'held-2', file: 'b.txt', text: story }]);
    expect(found).toEqual({ merged: [], near: [] });
  });
});
