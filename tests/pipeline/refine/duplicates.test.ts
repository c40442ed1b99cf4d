import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/pipeline/refine/duplicates';

const story = Array.from(
  { length: 40 },
  (_, i) => `Paragraph ${i} reports that convoys moved near the border town number ${i * 7} overnight.`,
).join('\n\n');

describe('findDuplicates', () => {
  it('merges the same text saved twice, whatever the spacing, case and quotes', () => {
    const docs = [
      { id: 'b', file: 'b.txt', text: story.toUpperCase().replace(/\n\n/g, '\r\n') },
      { id: 'a', file: 'a.txt', text: story },
      { id: 'c', file: 'c.txt', text: 'Something else entirely.' },
    ];
    expect(findDuplicates(docs)).toEqual([
      { file: 'b.txt', id: 'b', keptFile: 'a.txt', keptId: 'a', exact: true },
    ]);
  });

  it('merges near-identical copies (a changed word) but not merely similar stories', () => {
    const edited = story.replace('Paragraph 3 reports', 'Paragraph 3 says');
    const other = story.replace(/convoys moved/g, 'talks resumed').replace(/overnight/g, 'in Geneva');
    const found = findDuplicates([
      { id: 'x', file: 'x.txt', text: story },
      { id: 'y', file: 'y.txt', text: edited },
      { id: 'z', file: 'z.txt', text: other },
    ]);
    expect(found).toEqual([{ file: 'y.txt', id: 'y', keptFile: 'x.txt', keptId: 'x', exact: false }]);
  });

  it('points every copy at the first file', () => {
    const found = findDuplicates(['c', 'a', 'b'].map((n) => ({ id: n, file: `${n}.txt`, text: story })));
    expect(found.map((d) => [d.file, d.keptFile])).toEqual([
      ['b.txt', 'a.txt'],
      ['c.txt', 'a.txt'],
    ]);
  });
});
