/**
 * One evaluation of a dataset against a gold file: the claims and article scores, and for each miss the
 * sentence it is in when the article's body is at hand. Pure: the caller reads the files.
 */
import type { Gold } from './gold-schema';
import { articlesByFile, scoreArticles, type ArticleScores } from './score-articles';
import { scoreClaims, type ClaimScores, type GoldClaimAt } from './score-claims';
import type { ScoredDataset } from './scored-dataset';
import { sentenceAt } from './sentence-at';

/** A required gold claim that nothing matched, with the sentence around its anchor when the body is known. */
export interface Miss extends GoldClaimAt {
  sentence: string | null;
  /** False when the gold article itself is not in the dataset (missing, rejected or named differently). */
  articleFound: boolean;
}

/** Everything `npm run eval` prints. */
export interface Evaluation {
  articles: ArticleScores;
  claims: ClaimScores;
  misses: Miss[];
}

/** The gold articles' dataset article ids, whose bodies let misses be shown in full. */
export function goldArticleIds(gold: Gold, dataset: ScoredDataset): string[] {
  const byFile = articlesByFile(dataset.articles);
  return gold.articles.flatMap((g) => byFile.get(g.id)?.id ?? []);
}

/** Scores `dataset` against `gold`; `bodies` maps article ids to body texts (any may be missing). */
export function evaluate(
  gold: Gold,
  dataset: ScoredDataset,
  bodies: ReadonlyMap<string, string> = new Map(),
): Evaluation {
  const byFile = articlesByFile(dataset.articles);
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const claims = scoreClaims(gold.articles, dataset.claims, byId, actors);
  const misses = claims.misses.map((m) => {
    const id = byFile.get(m.article.id)?.id;
    const text = id === undefined ? undefined : bodies.get(id);
    const anchor = m.claim.anchor;
    const sentence = text && anchor ? sentenceAt(text, anchor, m.claim.surface) : null;
    return { ...m, sentence, articleFound: id !== undefined };
  });
  return { articles: scoreArticles(gold.articles, byFile), claims, misses };
}
