/**
 * Finds the sentence a gold anchor points at in an article body, so a miss can be read in full. The anchor is
 * the first words of the sentence as the annotator saw them; the body may differ in spaces and quote marks.
 */
import { splitSentences } from '../pipeline/extract/document/sentences';

/** A pattern for `words` that allows any run of spaces between them and either form of quote mark. */
function loosePattern(words: string): RegExp | null {
  const parts = words.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return null;
  const escaped = parts.map((w) =>
    w
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/['\u2018\u2019]/g, "['\u2018\u2019]")
      .replace(/["\u201c\u201d]/g, '["\u201c\u201d]'),
  );
  return new RegExp(escaped.join('\\s+'), 'u');
}

/**
 * The sentence of `text` holding `anchor`, extended over the following sentences until it holds `surface`
 * (at most two more); null when the anchor is not in the text.
 */
export function sentenceAt(text: string, anchor: string, surface?: string): string | null {
  const pattern = loosePattern(anchor);
  const found = pattern ? pattern.exec(text) : null;
  if (!found) return null;
  const sentences = splitSentences(text);
  const first = sentences.findIndex((s) => s.end > found.index);
  if (first < 0) return null;
  const start = Math.min(sentences[first]!.start, found.index);
  const surfacePattern = surface ? loosePattern(surface) : null;
  let last = first;
  const holdsSurface = () => !surfacePattern || surfacePattern.test(text.slice(start, sentences[last]!.end));
  while (!holdsSurface() && last < first + 2 && last + 1 < sentences.length) last++;
  if (!holdsSurface()) last = first;
  return text.slice(start, sentences[last]!.end);
}
