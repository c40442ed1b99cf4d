/**
 * Scores event extraction on the seed dataset against the careful reader's list of happenings: most of the
 * gold events have an event on the same day drawn from the same article, without flooding the timeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleBody, Dataset } from '../../src/domain/schema';
import { seedDataset } from './seed-dataset';

interface GoldEvent {
  date: string;
  title: string;
  files: string[];
}

const gold = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/seeds-gold.json'), 'utf8'),
) as { events: GoldEvent[] };

let dataset: Dataset;
let bodies: Map<string, ArticleBody>;

beforeAll(async () => {
  ({ dataset, bodies } = await seedDataset());
}, 120_000);

describe('gold events', () => {
  it('finds at least 90% of the gold events on their day, from one of their articles', () => {
    const fileOf = new Map(dataset.articles.map((a) => [a.id, a.file]));
    const missed = gold.events.filter(
      (g) =>
        !dataset.events.some(
          (e) => e.date === g.date && e.sources.some((s) => g.files.includes(fileOf.get(s.articleId) ?? '')),
        ),
    );
    expect(
      missed.length / gold.events.length,
      missed.map((m) => `${m.date} ${m.title}`).join('\n'),
    ).toBeLessThanOrEqual(0.1);
  });

  it('does not flood the timeline: at most 1.15 times as many events as the careful reader listed', () => {
    expect(dataset.events.length).toBeLessThanOrEqual(Math.ceil(gold.events.length * 1.15));
  });

  it('never dates a happening that occurred after the article or live entry reporting it', () => {
    const articles = new Map(dataset.articles.map((a) => [a.id, a]));
    const late = dataset.events.flatMap((e) =>
      e.status !== 'occurred'
        ? []
        : e.sources
            .map((s) => {
              const article = articles.get(s.articleId)!;
              const entry = article.entries.find((x) => x.id === s.entryId);
              return entry?.publishedAt.slice(0, 10) ?? article.date;
            })
            .filter((reported) => reported !== null && reported < e.date)
            .map((reported) => `${e.date} ${e.title} (reported ${reported})`),
    );
    expect(late).toEqual([]);
  });

  it('titles read as headlines: short, not questions, not opening on a pronoun, a verb or a linking phrase', () => {
    const bad = dataset.events
      .map((e) => e.title)
      .filter(
        (t) =>
          t.length > 90 ||
          t.endsWith('?') ||
          /^(?:it|he|she|they|this|that|is|are|was|were|asked|however|meanwhile)\b/i.test(t),
      );
    expect(bad).toEqual([]);
  });

  it('ties every event to real sentences and to actors and places of the dataset', () => {
    const actors = new Set(dataset.actors.map((a) => a.id));
    const places = new Set(dataset.places.map((p) => p.id));
    for (const event of dataset.events) {
      expect(event.title.length).toBeGreaterThan(10);
      expect(event.title.length).toBeLessThanOrEqual(120);
      for (const id of event.actorIds) expect(actors.has(id), `${event.id} actor ${id}`).toBe(true);
      for (const id of event.placeIds) expect(places.has(id), `${event.id} place ${id}`).toBe(true);
      for (const source of event.sources) {
        const body = bodies.get(source.articleId)!;
        expect(source.end).toBeLessThanOrEqual(body.text.length);
        expect(body.text.slice(source.start, source.end).trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('merges reports of one happening across articles (the partial withdrawal, the recognition)', () => {
    const multi = dataset.events.filter((e) => new Set(e.sources.map((s) => s.articleId)).size > 1);
    expect(multi.map((e) => e.date)).toEqual(expect.arrayContaining(['2022-02-15', '2022-02-21']));
  });
});
