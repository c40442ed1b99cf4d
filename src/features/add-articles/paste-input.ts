/** The "Paste article text" form as an ingest input, or what is wrong with it. Pure. */
import type { AddInput } from '../../data/local/add-input';

/** The form's fields as typed. */
export interface PasteFields {
  text: string;
  title: string;
  outlet: string;
  url: string;
  date: string;
}

/** An empty form. */
export const EMPTY_PASTE: PasteFields = { text: '', title: '', outlet: '', url: '', date: '' };

/** Pasted text longer than this is better saved as a file and added with "Choose files". */
export const MAX_PASTE_CHARS = 2_000_000;

function validDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function validUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A file name for pasted text from its title or first words ("pasted-troops-gather-near-the-border.txt"). */
export function pastedName(fields: PasteFields): string {
  const words = (fields.title.trim() || fields.text.trim()).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const slug = words.slice(0, 6).join('-').slice(0, 60) || 'article';
  return `pasted-${slug}.txt`;
}

/** The input, or the problems in words (one per field). */
export function pasteInput(
  fields: PasteFields,
): { ok: true; input: AddInput } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const text = fields.text.trim();
  if (text === '') problems.push('Paste the text of an article first.');
  if (text.length > MAX_PASTE_CHARS)
    problems.push('The text is too long to paste: save it as a file and choose it.');
  const date = fields.date.trim();
  if (date && !validDay(date)) problems.push(`Date: "${date}" is not a date; write it as YYYY-MM-DD.`);
  const url = fields.url.trim();
  if (url && !validUrl(url))
    problems.push(`URL: "${url}" is not a web address starting with http:// or https://.`);
  if (problems.length > 0) return { ok: false, problems };
  const optional = (value: string) => value.trim() || undefined;
  return {
    ok: true,
    input: {
      kind: 'text',
      name: pastedName(fields),
      text,
      title: optional(fields.title),
      outlet: optional(fields.outlet),
      url: url || undefined,
      date: date || undefined,
    },
  };
}
