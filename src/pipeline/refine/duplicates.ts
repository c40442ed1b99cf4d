/**
 * The same article saved twice under two names: identical text once case, punctuation and whitespace are
 * ignored, or near-identical (at least 90% of their five-word shingles shared). The first file by name is
 * kept; the others are merged into it, and both sides get a warning naming the other.
 */
import { shortHash } from '../ids';

/** A document as duplicate detection sees it. */
export interface DuplicateInput {
  id: string;
  file: string;
  text: string;
}

/** A file merged into another: `file` is dropped, `keptFile` stands for both. */
export interface Duplicate {
  file: string;
  id: string;
  keptFile: string;
  keptId: string;
  exact: boolean;
}

const NEAR = 0.9;
const SKETCH = 4;
/** Buckets bigger than this hold boilerplate shingles, not copies; they are not compared pairwise. */
const MAX_BUCKET = 50;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function shingles(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  if (words.length < 5 && words.length > 0) out.add(words.join(' '));
  return out;
}

/** FNV-1a: a cheap hash for sketches (sha1 per shingle would dominate ingest time on large corpora). */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Finds files that repeat an earlier file (by name order); each is reported once, against the kept file. */
export function findDuplicates(docs: DuplicateInput[]): Duplicate[] {
  const sorted = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const keptByHash = new Map<string, DuplicateInput>();
  const out: Duplicate[] = [];
  const survivors: { doc: DuplicateInput; set: Set<string>; length: number }[] = [];
  for (const doc of sorted) {
    const norm = normalise(doc.text);
    const hash = shortHash(norm, 16);
    const same = keptByHash.get(hash);
    if (same) {
      out.push({ file: doc.file, id: doc.id, keptFile: same.file, keptId: same.id, exact: true });
      continue;
    }
    keptByHash.set(hash, doc);
    survivors.push({ doc, set: shingles(norm.split(' ')), length: norm.length });
  }
  const buckets = new Map<string, number[]>();
  survivors.forEach((s, i) => {
    const sketch = [...s.set].map(fnv).sort().slice(0, SKETCH);
    for (const key of sketch) {
      const members = buckets.get(key);
      if (members) members.push(i);
      else buckets.set(key, [i]);
    }
  });
  const merged = new Set<number>();
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        if (merged.has(i) || merged.has(j)) continue;
        const a = survivors[i]!;
        const b = survivors[j]!;
        if (Math.min(a.length, b.length) < NEAR * Math.max(a.length, b.length)) continue;
        if (jaccard(a.set, b.set) >= NEAR) {
          merged.add(j);
          out.push({ file: b.doc.file, id: b.doc.id, keptFile: a.doc.file, keptId: a.doc.id, exact: false });
        }
      }
    }
  }
  // A kept file may itself have been merged into an earlier one: point every copy at the final survivor.
  const into = new Map(out.map((d) => [d.file, d]));
  for (const d of out) {
    let target = into.get(d.keptFile);
    while (target) {
      d.keptFile = target.keptFile;
      d.keptId = target.keptId;
      target = into.get(d.keptFile);
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}
