/**
 * Content-derived ids. An article id comes from its file name, so it is stable across runs and readable in
 * URLs; any lossy step (upper case, spaces, non-ASCII letters, a non-.txt extension) adds a short hash of
 * the exact file name, so two different names can never share an id.
 */
// A pure-JS SHA-1 (not node:crypto), so the same ids come out of the CLI and the browser's ingest worker.
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const CLEAN = /^[a-z0-9][a-z0-9._-]*$/;

/** A short, stable hex digest of `text`. */
export function shortHash(text: string, length = 8): string {
  return bytesToHex(sha1(utf8ToBytes(text))).slice(0, length);
}

/** Lower-case ASCII slug: accents folded, anything outside [a-z0-9._-] becomes a dash; may be empty. */
export function slugify(text: string, maxLength = 120): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '')
    .slice(0, maxLength);
}

/** The article id for a file path relative to the input folder (e.g. `000_x.txt` -> `000_x`). */
export function articleIdFor(file: string): string {
  const base = file.split('/').pop() ?? file;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot) : '';
  const slug = slugify(stem);
  const lossless = slug === stem && CLEAN.test(stem) && ext === '.txt' && base === file;
  if (lossless) return slug;
  return slug ? `${slug}-${shortHash(file)}` : `file-${shortHash(file)}`;
}

/** Case, Unicode form and white space folded, so re-flowed or re-encoded text keeps the ids made from it. */
export function normaliseForId(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The id of a live-blog entry: the article id and a hash of what the entry is (`key`: its time and headline, or
 * its opening words, normalised), then `-2`, `-3`… for entries with the same key in text order. An entry added or
 * edited elsewhere on the page leaves the others' ids, and the links to them, as they were.
 */
export function entryIdFor(articleId: string, key: string, repeat = 1): string {
  const base = `${articleId}:e${shortHash(key, 8)}`;
  return repeat > 1 ? `${base}-${repeat}` : base;
}

/** The id of an outlet, from its display name ("The Telegraph" -> "the-telegraph"). */
export function outletIdFor(name: string): string {
  return slugify(name) || `outlet-${shortHash(name)}`;
}
