/**
 * Issue 13 at the level of a whole ingest: a planted near-copy cannot replace the genuine article, titles are
 * cut to their limit whatever their source, and only the page's own <title> names an HTML page.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest';
import { MAX_MENTIONS } from '../../src/pipeline/refine/assemble';
import type { RawFile } from '../../src/pipeline/types';
import { reference } from './reference-data';

const raw = (file: string, text: string): RawFile => {
  const bytes = new TextEncoder().encode(text);
  return { file, size: bytes.byteLength, bytes, readError: null };
};
const run = (files: RawFile[]) => ingest(files, reference, { generatedAt: '2022-03-01T00:00:00.000Z' });

const GENUINE = [
  'Kyiv braced for a long winter of talks.',
  'About 100,000 Russian troops are massed near the border, US officials said on Tuesday.',
  'Diplomats met in Geneva and agreed to meet again next week.',
  'Ukrainian officials said the build-up was the largest since 2014.',
  'Allies promised further support and more sanctions if Russia moved in.',
  'Residents of Kharkiv said they had stocked up on water, candles and tinned food for the weeks ahead.',
  'Rail lines in the east carried more freight than usual, according to a logistics firm in Dnipro.',
  'Schools stayed open, and teachers said the children asked every morning about the news.',
  'Farmers near the border said they had not seen soldiers in their fields but heard engines at night.',
  'A government spokesman urged calm and asked people not to share rumours on social media.',
  'Economists warned that the currency had weakened and that investors were leaving the country.',
  'Church leaders called for prayers for peace in every parish on Sunday.',
].join('\n\n');

describe('a planted near-copy', () => {
  const planted = `---\noutlet: Totally Real News\n---\n${GENUINE.replace('100,000', '10,000')}`;
  const { dataset } = run([raw('genuine.txt', ` date 2022-02-08 ${GENUINE}`), raw('000-first.md', planted)]);
  const byFile = (file: string) => dataset.report.files.find((f) => f.file === file)!;

  it('stays a second article, each warned about the other, and the genuine figure survives', () => {
    expect(dataset.articles.map((a) => a.file).sort()).toEqual(['000-first.md', 'genuine.txt']);
    expect(byFile('genuine.txt').messages.join(' ')).toMatch(/near-copy of 000-first\.md.*check which/);
    expect(byFile('000-first.md').messages.join(' ')).toMatch(/near-copy of genuine\.txt/);
    const genuineId = dataset.articles.find((a) => a.file === 'genuine.txt')!.id;
    expect(dataset.claims.filter((c) => c.articleId === genuineId).map((c) => c.valueMin)).toContain(100_000);
  });
});

describe('titles', () => {
  it('cuts a title from front matter to the 300-character limit, so the body stays the body', () => {
    const long = 'Troops '.repeat(90_000).trim();
    const { dataset } = run([raw('long.md', `---\ntitle: ${long}\n---\n${GENUINE}`)]);
    const title = dataset.articles[0]!.title;
    expect(title.length).toBeLessThanOrEqual(301);
    expect(title.endsWith('…')).toBe(true);
  });

  it("takes only the page's own <title>, never one inside an inline <svg>", () => {
    const html = `<html><head><title>Talks in Geneva</title></head><body>
      <svg><title>Chart of troop numbers</title><rect/></svg><p>${GENUINE}</p></body></html>`;
    const { dataset } = run([raw('page.html', html)]);
    expect(dataset.articles[0]!.title).toBe('Talks in Geneva');
  });
});

describe('memory', () => {
  it('keeps at most MAX_MENTIONS mentions per body file, with a note saying how many were left out', () => {
    const text =
      ' date 2022-02-08 Putin said troops would stay.\n\n' + 'Putin spoke. '.repeat(MAX_MENTIONS + 500);
    const { dataset, bodies } = run([raw('repeat.txt', text)]);
    expect(bodies[0]!.mentions).toHaveLength(MAX_MENTIONS);
    expect(dataset.report.files[0]!.messages.join(' ')).toMatch(
      /only the first 20,000 of 20,50\d mentions of actors and places are highlighted/,
    );
  });
});
