/**
 * The gold file: the dev set's per-article annotation format (`../shared/dev-set/gold.json`), validated with
 * zod. Only the fields the scorer reads are checked; notes, queries and other annotation fields pass through
 * unread. `describeGoldErrors` turns a failed parse into lines a user can act on.
 */
import { z } from 'zod';
import { describeIssues } from './zod-issues';

const day = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** One annotated troop or BTG claim. */
export const GoldClaimSchema = z
  .object({
    /** The figure, or the lower end of a range or bound; null for an upper bound ("up to N"). */
    value_min: z.number().nonnegative().nullable(),
    /** The upper end; null for a lower bound ("more than N"). */
    value_max: z.number().nonnegative().nullable(),
    approx: z.boolean().optional(),
    /** A non-numeric amount ("tens of thousands"): matched by overlap of ranges. */
    vague: z.boolean().optional(),
    /** `other` formation counts are never required. */
    unit: z.enum(['troops', 'btg', 'other']),
    subject: z.string().nullable().optional(),
    /** Normalised claimant: a country, `NATO`, `analysts`, `media` or `unattributed`. */
    claimant: z.string().nullable().optional(),
    alt_claimant: z.string().nullable().optional(),
    kind: z.enum(['estimate', 'historical', 'projection', 'increment']).optional(),
    /** `force_structure` totals (a whole army) are never required. */
    scope: z.enum(['deployment', 'force_structure']).optional(),
    /** A figure derived by arithmetic: finding it is no false positive, missing it no miss. */
    optional: z.boolean().optional(),
    /** The first words of the sentence holding the number, verbatim. */
    anchor: z.string().optional(),
    /** The number as written. */
    surface: z.string().optional(),
    quote: z.string().optional(),
  })
  .refine((c) => c.value_min !== null || c.value_max !== null, {
    message: 'needs value_min or value_max (both are null)',
  });

/** A number a naive extractor might take for troops. */
export const GoldNegativeSchema = z.object({
  surface: z.string().optional(),
  text: z.string().optional(),
  kind: z.string().optional(),
  anchor: z.string().optional(),
});

/** One annotated article; `id` names the input file `<id>.txt`. */
export const GoldArticleSchema = z.object({
  id: z
    .string()
    .min(1)
    .regex(/^[^/\\]+$/, 'must be a file name without folders'),
  url: z.string().nullable().optional(),
  date: z.string().regex(day, 'must be a date written YYYY-MM-DD').nullable().optional(),
  outlet: z.string().nullable().optional(),
  troop_claims: z.array(GoldClaimSchema),
  non_troop_numbers: z.array(GoldNegativeSchema).optional(),
});

/** The whole gold file. */
export const GoldSchema = z
  .object({ name: z.string().optional(), articles: z.array(GoldArticleSchema).min(1) })
  .superRefine((gold, ctx) => {
    const seen = new Set<string>();
    gold.articles.forEach((a, i) => {
      if (seen.has(a.id))
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'id'], message: `repeats the id "${a.id}"` });
      seen.add(a.id);
    });
  });

export type GoldClaim = z.infer<typeof GoldClaimSchema>;
export type GoldNegative = z.infer<typeof GoldNegativeSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;
export type Gold = z.infer<typeof GoldSchema>;

/** One line per problem, naming the field and, for an article, its id. */
export function describeGoldErrors(error: z.ZodError, raw: unknown): string[] {
  const articles = (raw as { articles?: unknown } | null)?.articles;
  return describeIssues(error, 20, (path) => {
    const index = path[0] === 'articles' ? path[1] : undefined;
    const article = typeof index === 'number' && Array.isArray(articles) ? articles[index] : undefined;
    const id = (article as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? ` (article ${id})` : '';
  });
}

/** Validates a parsed gold file; a file in the seeds' older layout gets a pointer to the right one. */
export function parseGold(raw: unknown): { ok: true; gold: Gold } | { ok: false; errors: string[] } {
  if (raw && typeof raw === 'object' && 'troop_claims' in raw)
    return {
      ok: false,
      errors: [
        'this gold file lists troop_claims at the top level (the seeds spec layout); eval reads the per-article layout of the dev set: articles[].troop_claims',
      ],
    };
  const result = GoldSchema.safeParse(raw);
  return result.success
    ? { ok: true, gold: result.data }
    : { ok: false, errors: describeGoldErrors(result.error, raw) };
}
