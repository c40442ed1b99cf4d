import { describe, expect, it } from 'vitest';
import { progressBar, renderBar } from '../../../src/pipeline/node/progress';

describe('progress', () => {
  it('renders a proportional bar', () => {
    expect(renderBar(0, 100, 10)).toBe('[..........]   0% 0/100 files');
    expect(renderBar(50, 100, 10)).toBe('[#####.....]  50% 50/100 files');
    expect(renderBar(100, 100, 10)).toBe('[##########] 100% 100/100 files');
  });

  it('draws only on a terminal and only for large corpora', () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    progressBar(stream, 10).update(5, 10);
    expect(written).toEqual([]);
    const bar = progressBar(stream, 1000);
    bar.update(500, 1000);
    bar.update(500, 1000);
    bar.end();
    expect(written).toEqual([`\r${renderBar(500, 1000)}`, '\n']);
    progressBar({ ...stream, isTTY: false } as NodeJS.WriteStream, 1000).update(1, 1000);
    expect(written).toHaveLength(2);
  });
});
