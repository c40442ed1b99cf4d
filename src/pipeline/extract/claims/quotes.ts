/** Quotations that run over several sentences, and the speaker named once they close. */
import type { Sentence } from '../../types';
import type { Cue } from './attribution';

/** For each sentence, whether a quotation is still open at its end; a blank line closes any quotation. */
export function openQuotes(text: string, sentences: Sentence[]): boolean[] {
  let open = false;
  let last = 0;
  return sentences.map((s) => {
    if (text.slice(last, s.start).includes('\n\n')) open = false;
    for (const ch of text.slice(s.start, s.end)) {
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = !open;
    }
    last = s.end;
    return open;
  });
}

/**
 * The claimants of a quotation still open after sentence `i`: the speaker a clause-final cue names right
 * after the quotation closes, in the same paragraph ('"... 100,000 troops. It is a threat," Kuleba said.').
 */
export function laterSpeaker(
  text: string,
  sentences: Sentence[],
  open: boolean[],
  i: number,
  cuesAt: (j: number) => Cue[],
): string[] {
  for (let j = i + 1; j < sentences.length && j <= i + 4; j += 1) {
    const s = sentences[j]!;
    if (text.slice(sentences[j - 1]!.end, s.start).includes('\n\n')) return [];
    if (open[j]) continue;
    const body = text.slice(s.start, s.end);
    const close = Math.max(body.lastIndexOf('”'), body.lastIndexOf('"'));
    if (close < 0) return [];
    // '...,” the general said at a long session of parliament': a cue that opens at the closing mark names the
    // speaker, however long the words after its verb.
    const cue = cuesAt(j).find(
      (c) => (c.backward || c.start <= s.start + close) && c.start >= s.start + close,
    );
    return cue?.claimantIds ?? [];
  }
  return [];
}

/** Two single quotation marks typed for a double one ("...,’’ he said", "training'' in") read as a closing
 *  double mark, and two before a word as an opening one; the second mark becomes a space, so every offset
 *  stays that of the text. An apostrophe doubled inside a word ("Kyiv''s") is left alone. */
export function doubledQuoteMarks(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{N}.,!?;:…)\]])(?:''|’’)(?![\p{L}\p{N}])/gu, '” ')
    .replace(/(?<=^|[\s([—–])(?:''|‘‘)(?=[\p{L}\p{N}])/gu, '“ ');
}
