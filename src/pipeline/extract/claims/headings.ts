/** Section headings that name one force ("Ukraine", "How big is the Russian army?"), as in an explainer that
 *  compares armies section by section. */
import type { ActorHit, Reference } from '../../types';
import { DEMONYMS } from './cues';
import { forceOf } from './context';

/** A heading line: the force's name alone, or asked about ("How big is the Ukrainian army?"). */
const HEADING_RE =
  /^(?:how\s+(?:big|large|strong|powerful)\s+(?:is|are)\s+)?(?:the\s+)?([\p{L}.’' -]{1,40}?)(?:['’]s)?(?:\s+(?:army|military|armed\s+forces|forces|navy|air\s*force))?\s*\??$/iu;

/**
 * For a document whose headings name at least two forces, the force of the heading a figure stands under
 * (null before the first); otherwise always null, so a single tag line ("Ukraine") over a story names no force.
 */
export function headingForces(
  text: string,
  actors: ActorHit[],
  reference: Reference,
): (offset: number) => string | null {
  const headings: { start: number; force: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const trimmed = line.trim();
    const m = trimmed.length <= 60 ? HEADING_RE.exec(trimmed) : null;
    if (!m) continue;
    const lead = start + line.indexOf(trimmed) + (m.index ?? 0) + m[0].indexOf(m[1]!);
    const force = forceNamed(m[1]!.trim(), lead, actors, reference);
    if (force) headings.push({ start, force });
  }
  if (new Set(headings.map((h) => h.force)).size < 2) return () => null;
  return (offset) => headings.filter((h) => h.start <= offset).at(-1)?.force ?? null;
}

/** The force a heading's words name: a nationality word, or a recognised name spanning them all. */
function forceNamed(words: string, start: number, actors: ActorHit[], reference: Reference): string | null {
  const demonym = DEMONYMS[words.toLowerCase()];
  if (demonym && reference.actors.has(demonym)) return demonym;
  const hit = actors.find((a) => a.start === start && a.end - a.start === words.length);
  return hit ? forceOf(hit.actorId, reference) : null;
}
