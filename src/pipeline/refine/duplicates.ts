/**
 * The same article saved twice under two names. Only texts that are identical once whitespace and Unicode
 * encoding are normalised, with no metadata that disagrees, are merged: a planted near-copy (one figure
 * changed, a fake outlet) must never replace the genuine article. Near-copies (at least 90% of their five-word
 * shingles shared, or the same text under different metadata) stay two articles, each with a warning naming
 * the other. Of identical copies, the one with more metadata is kept; only a full tie falls back to the name.
 * Articles already in a dataset the new files join (`existing`, in the browser) are always kept: a new file
 * with the same text is merged into one, a near-copy of one is warned about; they are not compared together.
 */
import { shortHash } from '../ids';
import type { UserMeta } from '../types';

/** A document as duplicate detection sees it. */
export interface DuplicateInput {
  id: string;
  file: string;
  text: string;
  meta?: UserMeta;
}

/** A file merged into another: `file` is dropped, `keptFile` stands for both. */
export interface Duplicate {
  file: string;
  id: string;
  keptFile: string;
  keptId: string;
  /** Set when the kept file is one of the `existing` articles (so not one of this run's files). */
  keptExisting?: true;
}

/** Two files that nearly repeat each other; both are kept and each is warned about the other. */
export interface NearCopy {
  file: string;
  otherFile: string;
  /** The same text with different metadata (rather than a text that differs a little). */
  sameText: boolean;
  /** Set when the other file is one of the `existing` articles. */
  otherExisting?: true;
}

/** What duplicate detection found. */
export interface Duplicates {
  merged: Duplicate[];
  near: NearCopy[];
}

const NEAR = 0.9;
const SKETCH = 4;
/** Buckets bigger than this hold boilerplate shingles, not copies; they are not compared pairwise. */
const MAX_BUCKET = 50;

/** Whitespace and Unicode encoding normalised; case, punctuation and figures are kept (they are the content). */
function identity(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Word sequence for near-copy shingles: case and punctuation folded. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
}

const META_KEYS = ['title', 'outlet', 'url', 'date', 'author'] as const;

/** Whether two files' metadata disagree on any field both give. */
function metaConflict(a?: UserMeta, b?: UserMeta): boolean {
  return META_KEYS.some((k) => a?.[k] != null && b?.[k] != null && a[k] !== b[k]);
}

/** How much metadata a file gives: the copy with more is kept. */
function metaCount(meta?: UserMeta): number {
  return META_KEYS.filter((k) => meta?.[k] != null).length;
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

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Finds identical copies to merge and near-copies to warn about, among `docs` and against `existing`. */
export function findDuplicates(docs: DuplicateInput[], existing: DuplicateInput[] = []): Duplicates {
  const fixed = new Set(existing);
  // Existing articles first, as they stay whatever comes. Then more metadata first, so which copy is kept
  // depends on what the copies hold; the name only breaks a tie.
  const ordered = [
    ...[...existing].sort(byFile),
    ...[...docs].sort((a, b) => metaCount(b.meta) - metaCount(a.meta) || byFile(a, b)),
  ];
  const keptByHash = new Map<string, DuplicateInput[]>();
  const merged: Duplicate[] = [];
  const near: NearCopy[] = [];
  const survivors: { doc: DuplicateInput; set: Set<number>; length: number }[] = [];
  const mark = (other: DuplicateInput) => (fixed.has(other) ? { otherExisting: true as const } : {});
  for (const doc of ordered) {
    const norm = identity(doc.text);
    const hash = shortHash(norm, 16);
    const same = keptByHash.get(hash) ?? [];
    const into = fixed.has(doc) ? undefined : same.find((kept) => !metaConflict(kept.meta, doc.meta));
    if (into) {
      const existingMark = fixed.has(into) ? { keptExisting: true as const } : {};
      merged.push({ file: doc.file, id: doc.id, keptFile: into.file, keptId: into.id, ...existingMark });
      continue;
    }
    if (!fixed.has(doc))
      for (const kept of same)
        near.push({ file: doc.file, otherFile: kept.file, sameText: true, ...mark(kept) });
    keptByHash.set(hash, [...same, doc]);
    const folded = words(norm);
    survivors.push({ doc, set: shingles(folded), length: folded.join(' ').length });
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
  const paired = new Set(near.map((n) => [n.file, n.otherFile].sort().join('\u0000')));
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = survivors[members[x]!]!;
        const b = survivors[members[y]!]!;
        // Existing articles come first in `survivors`, so only `a` can be one; two of them are not compared.
        if (fixed.has(b.doc)) continue;
        const key = [a.doc.file, b.doc.file].sort().join('\u0000');
        if (paired.has(key)) continue;
        if (Math.min(a.length, b.length) < NEAR * Math.max(a.length, b.length)) continue;
        if (jaccard(a.set, b.set) >= NEAR) {
          paired.add(key);
          near.push({ file: b.doc.file, otherFile: a.doc.file, sameText: false, ...mark(a.doc) });
        }
      }
    }
  }
  return {
    merged: merged.sort(byFile),
    near: near.sort((a, b) => byFile(a, b) || (a.otherFile < b.otherFile ? -1 : 1)),
  };
}
