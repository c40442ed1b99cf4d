/**
 * The part of a dataset the scorer reads, validated leniently: any dataset the pipeline wrote (this version or
 * a newer one with more fields) is accepted, and a file that is not a dataset gets a readable reason.
 */
import { z } from 'zod';
import { describeIssues } from './zod-issues';

const ScoredArticleSchema = z.object({
  id: z.string(),
  file: z.string(),
  date: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
});

const ScoredActorSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  kind: z.string().optional(),
  affiliation: z.string().nullable().optional(),
});

const ScoredClaimSchema = z.object({
  articleId: z.string(),
  valueMin: z.number().nullable().optional(),
  valueMax: z.number().nullable().optional(),
  approx: z.boolean().optional(),
  vague: z.boolean().optional(),
  unit: z.string().optional(),
  kind: z.string().optional(),
  subjectId: z.string().nullable().optional(),
  claimantIds: z.array(z.string()).nullable().optional(),
  quote: z.object({ text: z.string().optional() }).nullable().optional(),
});

/** Articles, actors and claims as the scorer needs them. */
export const ScoredDatasetSchema = z.object({
  articles: z.array(ScoredArticleSchema),
  actors: z.array(ScoredActorSchema),
  claims: z.array(ScoredClaimSchema),
});

/** The body file of one article: only its text is read. */
export const ScoredBodySchema = z.object({ id: z.string(), text: z.string() });

export type ScoredArticle = z.infer<typeof ScoredArticleSchema>;
export type ScoredActor = z.infer<typeof ScoredActorSchema>;
export type ScoredClaim = z.infer<typeof ScoredClaimSchema>;
export type ScoredDataset = z.infer<typeof ScoredDatasetSchema>;

/** One line per problem of a file that is not a dataset; at most `max`. */
export function describeDatasetErrors(error: z.ZodError, max = 10): string[] {
  return describeIssues(error, max);
}
