/**
 * Saved pages in the shapes of common news sites (written for these tests): the article survives,
 * everything around it does not, and the page's own metadata is read. A live page keeps every entry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/pipeline/extract/document/parse-document';
import { readPage } from '../../../../src/pipeline/extract/document/readable-page';

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/pages', name), 'utf8');

describe('readPage: article pages', () => {
  const broadsheet = parseDocument('broadsheet.html', fixture('broadsheet.html'));

  it('keeps the article paragraphs and nothing of the menus, banners, boxes, comments or footer', () => {
    expect(broadsheet.text.split('\n\n')).toHaveLength(4);
    expect(broadsheet.text).toMatch(/^Defence officials said on Monday that about 70,000 soldiers/);
    expect(broadsheet.text).toMatch(/little room for a misunderstanding\.$/);
    for (const furniture of [
      'cookies',
      'Politics',
      'Subscribe',
      'Most read',
      '2,500,000',
      '45,000',
      'Related stories',
      '500,000',
      'Comments',
      'Privacy',
      'Follow us',
      'Advertisement',
      'Story continues',
      'Read more',
      'Share this',
    ])
      expect(broadsheet.text, furniture).not.toContain(furniture);
  });

  it('reads title, byline, site, canonical URL and date from the page', () => {
    expect(broadsheet.meta).toEqual({
      title: 'Troops gather near the northern border, officials say',
      author: 'Anna Fieldwriter',
      outlet: 'The Daily Ledger',
      url: 'https://www.dailyledger.example/world/2022/feb/08/troops-gather',
      date: '2022-02-08',
    });
    expect(broadsheet.title).toBe('Troops gather near the northern border, officials say');
    expect(broadsheet.messages).toEqual([]);
  });

  it('reads a wire page whose metadata is only in JSON-LD, ignoring a broken block', () => {
    const wire = parseDocument('wire.html', fixture('wire-jsonld.html'));
    expect(wire.meta).toEqual({
      title: 'Talks on the border crisis end without agreement',
      author: 'Piotr Deskman, Lena Stringer',
      outlet: 'Northwire',
      url: 'https://northwire.example/world/talks-end-20220127',
      date: '2022-01-27',
    });
    expect(wire.text).toContain('the roughly 100,000 troops stationed near the frontier');
    for (const furniture of [
      'Trending',
      '3,000 points',
      '20,000 homes',
      'newsletter',
      'Sponsored',
      'Careers',
    ])
      expect(wire.text, furniture).not.toContain(furniture);
  });
});

describe('readPage: live pages', () => {
  const html = fixture('live.html');

  it('keeps every timestamped entry, so the live-page detector still finds them', () => {
    const page = readPage(html);
    expect(page.via).toBe('live');
    const doc = parseDocument('live.html', html);
    expect(doc.kind).toBe('liveblog');
    expect(doc.entries.map((e) => [e.publishedAt, e.headline])).toEqual([
      ['2022-02-15T11:20:00Z', 'Ministers arrive for talks'],
      ['2022-02-15T10:05:00Z', 'Some units head home, ministry says'],
      ['2022-02-15T08:40:00Z', 'Overnight: drills continue in the south'],
    ]);
    expect(doc.text).toContain('put the number of troops in the region at about 130,000.');
    for (const furniture of ['cookies', 'Weather', 'Top stories', '40,000', 'Load more', 'Copyright'])
      expect(doc.text, furniture).not.toContain(furniture);
  });

  it('does not take a ticker of timed headlines beside an article for a live page', () => {
    const ticker = [1, 2, 3]
      .map((n) => `<li><time>0${n}:15 GMT</time> <a href="/t${n}">Short headline ${n}</a></li>`)
      .join('');
    const page = fixture('broadsheet.html').replace(
      '<aside class="most-read">',
      `<aside class="latest"><h2>Latest</h2><ul>${ticker}</ul></aside><aside class="most-read">`,
    );
    const read = readPage(page);
    expect(read.via).toBe('readability');
    expect(read.text).not.toContain('Short headline');
  });
});

describe('readPage: fallbacks', () => {
  it('keeps the whole page, with a warning, when no main content can be found', () => {
    const page = readPage(
      '<html><body><nav><a href="/">Home</a> <a href="/x">World</a></nav><div><a href="/y">Link</a></div></body></html>',
    );
    expect(page.via).toBe('whole-page');
    expect(page.text).toContain('Home');
    expect(page.messages.join()).toMatch(
      /main content of the page could not be found; the whole page text was kept/,
    );
  });

  it('does not hand a deeply nested page to Readability', () => {
    const deep = `<html><body>${'<div>'.repeat(5_000)}<p>Troops moved west.</p>${'</div>'.repeat(5_000)}</body></html>`;
    const page = readPage(deep);
    expect(page.via).toBe('whole-page');
    expect(page.text).toBe('Troops moved west.');
    expect(page.messages.join()).toMatch(/too deeply nested \(\d+ levels\)/);
  });
});
