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

/** FNV-1a over a string: a cheap 32-bit hash (sha1 per word would dominate ingest time on large corpora). */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashes of the five-word shingles (numbers, not strings: a large corpus holds millions of them). */
function shingles(words: string[]): Set<number> {
  const hashes = words.map(fnv);
  const out = new Set<number>();
  for (let i = 0; i + 5 <= hashes.length; i++) {
    let h = 0;
    for (let k = i; k < i + 5; k++) h = (Math.imul(h, 0x9e3779b1) ^ hashes[k]!) >>> 0;
    out.add(h);
  }
  if (hashes.length < 5 && hashes.length > 0)
    out.add(hashes.reduce((h, x) => (Math.imul(h, 31) ^ x) >>> 0, 7));
  return out;
}

/** The `k` smallest values of a set (a bottom-k sketch), without sorting all of it. */
function smallest(values: Set<number>, k: number): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (out.length < k) out.push(v);
    else if (v < out[k - 1]!) out[k - 1] = v;
    else continue;
    out.sort((x, y) => x - y);
  }
  return out;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Finds files that repeat an earlier file (by name order); each is reported once, against the kept file. */
export function findDuplicates(docs: DuplicateInput[]): Duplicate[] {
  const sorted = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const keptByHash = new Map<string, DuplicateInput>();
  const out: Duplicate[] = [];
  const survivors: { doc: DuplicateInput; set: Set<number>; length: number }[] = [];
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
  const buckets = new Map<number, number[]>();
  survivors.forEach((s, i) => {
    const sketch = smallest(s.set, SKETCH);
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
