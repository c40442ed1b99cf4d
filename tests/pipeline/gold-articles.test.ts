/**
 * Scores the seed dataset's articles against the gold annotation: dates and how they were known (with
 * reasons for the inferred ones), outlets where the gold names one, titles, and the live page's entries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Dataset } from '../../src/domain/schema';
import { seedDataset } from './seed-dataset';

interface GoldArticle {
  file: string;
  outlet: string | null;
  date: string;
  date_source: string;
  title: string;
  kind: 'article' | 'liveblog';
  entries?: { time_utc: string; headline: string }[];
}

const gold = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/seeds-gold.json'), 'utf8'),
) as { articles: GoldArticle[] };

let dataset: Dataset;
const article = (file: string): Article => dataset.articles.find((a) => a.file === file)!;

beforeAll(async () => {
  dataset = (await seedDataset()).dataset;
});

describe('seed articles against the gold annotation', () => {
  it('has every seed file as one article, all reported ok', () => {
    expect(dataset.articles.map((a) => a.file).sort()).toEqual(gold.articles.map((a) => a.file).sort());
    expect(dataset.report.summary).toEqual({ read: 5, ok: 5, warning: 0, rejected: 0 });
  });

  it.each(gold.articles.map((g) => [g.file, g] as const))('%s: date, source, kind and title', (file, g) => {
    const a = article(file);
    expect(a.date).toBe(g.date);
    expect(a.dateSource).toBe(g.date_source);
    expect(a.kind).toBe(g.kind);
    expect(a.title).toBe(g.title);
  });

  it('explains both inferred dates in one line', () => {
    const inferred = dataset.articles.filter((a) => a.dateSource === 'inferred');
    expect(inferred).toHaveLength(gold.articles.filter((g) => g.date_source === 'inferred').length);
    for (const a of inferred) expect(a.dateReason).toMatch(/^[^\n]{20,}$/);
    const weekday = inferred.find((a) => a.kind === 'article')!;
    expect(weekday.dateReason).toMatch(/'on Monday' matched to \S+\.txt \(\d{4}-\d{2}-\d{2}\)/);
  });

  it('names the outlet wherever the gold does, and invents none where it does not', () => {
    for (const g of gold.articles) expect([g.file, article(g.file).outlet]).toEqual([g.file, g.outlet]);
    expect(dataset.outlets.map((o) => o.name).sort()).toEqual(
      gold.articles.flatMap((g) => (g.outlet ? [g.outlet] : [])).sort(),
    );
  });

  it('splits the live page into its entries with UTC times and headlines', () => {
    const g = gold.articles.find((x) => x.entries)!;
    const entries = article(g.file).entries;
    expect(entries.map((e) => [e.publishedAt, e.headline])).toEqual(
      g.entries!.map((e) => [e.time_utc, e.headline]),
    );
  });

  it('dates live-page claims by their entry and others by their article', () => {
    for (const claim of dataset.claims) {
      const a = dataset.articles.find((x) => x.id === claim.articleId)!;
      const entry = a.entries.find((e) => e.id === claim.entryId);
      expect(claim.reportedOn).toBe(entry ? entry.publishedAt.slice(0, 10) : a.date);
      if (a.kind === 'liveblog') expect(entry).toBeDefined();
    }
  });
});
