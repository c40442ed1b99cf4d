/**
 * Article-level scoring, the reference scorer's rules: is each gold article in the dataset, is its date the
 * gold's full date, and is its outlet the gold's (by name, either containing the other, ignoring "the ").
 */
import type { GoldArticle } from './gold-schema';
import { fileKey } from './match';
import type { ScoredArticle } from './scored-dataset';
import { norm, removeAll } from './text';

/** One gold article's date or outlet against the dataset's. */
export interface FieldCheck {
  article: GoldArticle;
  gold: string;
  predicted: string | null;
  ok: boolean;
}

/** The article part of an evaluation. */
export interface ArticleScores {
  found: number;
  /** Gold articles with no article in the dataset (file missing, rejected or named differently). */
  missing: GoldArticle[];
  dates: FieldCheck[];
  outlets: FieldCheck[];
}

/** The first dataset article of each file key, as the reference scorer picks it. */
export function articlesByFile(articles: readonly ScoredArticle[]): Map<string, ScoredArticle> {
  const byFile = new Map<string, ScoredArticle>();
  for (const a of articles) if (!byFile.has(fileKey(a.file))) byFile.set(fileKey(a.file), a);
  return byFile;
}

/** Outlet names agree when, without "the " and case, one contains the other. */
export function outletOk(gold: string, predicted: string | null | undefined): boolean {
  const g = removeAll(norm(gold), 'the ');
  const p = removeAll(norm(predicted), 'the ');
  return p !== '' && (p.includes(g) || g.includes(p));
}

/** Scores article presence, dates and outlets. */
export function scoreArticles(
  gold: readonly GoldArticle[],
  byFile: ReadonlyMap<string, ScoredArticle>,
): ArticleScores {
  const out: ArticleScores = { found: 0, missing: [], dates: [], outlets: [] };
  for (const g of gold) {
    const a = byFile.get(g.id);
    if (!a) {
      out.missing.push(g);
      continue;
    }
    out.found++;
    if (g.date) {
      const predicted = a.date ?? null;
      out.dates.push({ article: g, gold: g.date, predicted, ok: predicted === g.date });
    }
    if (g.outlet) {
      const predicted = a.outlet ?? null;
      out.outlets.push({ article: g, gold: g.outlet, predicted, ok: outletOk(g.outlet, predicted) });
    }
  }
  return out;
}
