/**
 * Troop claims: every reported number of troops or battalion tactical groups, with its range, hedge, kind,
 * whose forces, who says so, where, and the sentence it came from.
 * Conventions: a single figure is min = max, hedges ("more than", "nearly", "up to") only set approx and
 * qualifier; ranges and vague phrases ("tens of thousands" = 20,000-90,000) give a real range; a size per
 * group is folded into its BTG figure, never a claim; implausible figures are dropped, not flagged.
 */
import type { ClaimDraft, ParsedDoc, Recognised, Reference, Sentence } from '../../types';
import { findCues, governingClaimants, type Names } from './attribution';
import { candidatesIn, type Candidate } from './candidates';
import { actingSubject, claimKind, dominantForce, ownSubject } from './context';
import { borderResolver } from './borders';
import { articleYear, toDraft } from './draft';
import { placesOf } from './places';
import { laterSpeaker, openQuotes } from './quotes';
import { inside } from './spans';
import { splitSentences } from '../document/sentences';
import { entryIndexAt } from '../liveblog/entry-at';

/** Extracts the troop claims of one document. */
export function extractClaims(doc: ParsedDoc, found: Recognised, reference: Reference): ClaimDraft[] {
  const text = doc.text;
  const actors = [...found.actors].sort((a, b) => a.start - b.start);
  const places = [...found.places].sort((a, b) => a.start - b.start);
  const dominant = dominantForce(text, found.actors, reference);
  const year = articleYear(doc);
  const claims: ClaimDraft[] = [];
  let previous: string[] = [];
  let entry = -1;
  const sentences = splitSentences(text);
  const open = openQuotes(text, sentences);
  const namesOf = (sentence: Sentence): Names => ({
    text,
    actors: inside(actors, sentence),
    places: inside(places, sentence),
    reference,
  });
  for (const [k, sentence] of sentences.entries()) {
    const here = entryIndexAt(doc.entries, sentence.start);
    // A live entry is a new voice: "They believe" does not reach back into the entry before it.
    if (here !== entry) previous = [];
    entry = here;
    // Only the names inside the sentence matter to it; slicing keeps long documents linear.
    const names = namesOf(sentence);
    const cues = findCues(text, sentence, names, previous);
    const candidates = candidatesIn(text, sentence);
    const drafts: ClaimDraft[] = [];
    for (const [i, c] of candidates.entries()) {
      const said = governingClaimants(candidates.map(figureSpan), i, cues, sentence);
      const claimantIds =
        said.length > 0 || !open[k]
          ? said
          : laterSpeaker(text, sentences, open, k, (j) =>
              findCues(text, sentences[j]!, namesOf(sentences[j]!), previous),
            );
      const prior = c.partOf ? drafts[candidates.indexOf(c.partOf)] : undefined;
      // A figure that leans on the one before ("including 30,000", "refer to 130,000") counts the same force.
      const antecedent = c.relation !== null || c.elided ? (drafts[i - 1]?.subjectId ?? null) : null;
      const subjectId =
        ownSubject(text, c.modifiers, c.phrase.start, names.actors, reference) ??
        antecedent ??
        actingSubject(text, sentence.start, c.phrase.start, names.actors, claimantIds, cues, reference) ??
        drafts[i - 1]?.subjectId ??
        dominant;
      const scopeStart = i > 0 ? candidates[i - 1]!.end : sentence.start;
      const scopeEnd = candidates[i + 1]?.phrase.start ?? sentence.end;
      drafts.push(
        toDraft(doc, sentence, c, {
          kind: claimKind({
            before: text.slice(Math.max(scopeStart, c.phrase.start - 80), c.phrase.start),
            after: text.slice(c.end, Math.min(sentence.end, c.end + 60)),
            modifiers: c.modifiers,
            articleYear: year,
            related: c.relation !== null,
          }),
          subjectId,
          claimantIds,
          placeIds: placesOf(
            text,
            sentence.start,
            scopeStart,
            c.phrase.start,
            c.end,
            scopeEnd,
            names.places,
            cues,
            borderResolver(reference, subjectId),
          ),
          partOf: prior?.id ?? null,
        }),
      );
    }
    claims.push(...drafts);
    const said = cues.filter((c) => c.claimantIds.length > 0 && !c.inherited).at(-1);
    if (said) previous = said.claimantIds;
  }
  return claims;
}

/** From the number (hedge included) to the end of its unit noun. */
function figureSpan(c: Candidate): { start: number; end: number } {
  return { start: c.phrase.start, end: c.end };
}
