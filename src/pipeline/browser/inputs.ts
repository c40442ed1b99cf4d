/**
 * What the app hands over (files and pasted text) as the raw files the CLI would have read: pasted text
 * becomes a .txt file with YAML front matter, so its title, outlet, URL and date go through the same checks
 * as a user's front matter; every name is unique in the batch and every article id is clear of the ids the
 * app already holds.
 */
import { stringify } from 'yaml';
import { formatOf } from '../extract/document/parse-document';
import { articleIdFor } from '../ids';
import { MAX_FILE_BYTES, tooLarge } from '../limits';
import type { RawFile } from '../types';
import type { AddInput } from './protocol';

/** The file a pasted text stands for: the text under front matter holding the fields that were filled in. */
export function pastedText(input: Extract<AddInput, { kind: 'text' }>): string {
  const meta: Record<string, string> = {};
  for (const key of ['title', 'outlet', 'url', 'date'] as const) {
    const value = input[key]?.trim();
    if (value) meta[key] = value;
  }
  return Object.keys(meta).length === 0 ? input.text : `---\n${stringify(meta)}---\n${input.text}`;
}

function nameOf(input: AddInput): string {
  const name = input.name.trim();
  if (input.kind === 'file') return name || 'file';
  const format = formatOf(name);
  return format === 'text' || format === 'markdown' ? name : `${name || 'pasted text'}.txt`;
}

/** `name`, or "name (2).ext", "name (3).ext"... whichever is not yet in `taken`. */
function unique(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${stem} (${n})${ext}`;
  return candidate;
}

/** `id`, or "id-2", "id-3"... whichever is not yet in `taken` (deterministic for the same inputs). */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** The inputs as raw files, in input order; an oversized one carries its reason instead of its bytes. */
export function toRawFiles(inputs: AddInput[], existingIds: Iterable<string>): RawFile[] {
  const names = new Set<string>();
  const ids = new Set(existingIds);
  return inputs.map((input) => {
    const file = unique(nameOf(input), names);
    names.add(file);
    const id = freeId(articleIdFor(file), ids);
    ids.add(id);
    const bytes =
      input.kind === 'file' ? new Uint8Array(input.bytes) : new TextEncoder().encode(pastedText(input));
    if (bytes.byteLength > MAX_FILE_BYTES)
      return { file, size: bytes.byteLength, bytes: null, readError: tooLarge(bytes.byteLength), id };
    return { file, size: bytes.byteLength, bytes, readError: null, id };
  });
}
