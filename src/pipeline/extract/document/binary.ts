/**
 * The asynchronous step before parsing: PDF and Word files are turned into text and metadata here (pdfjs
 * and mammoth are asynchronous), so every later stage stays synchronous and treats them like any text.
 * A file that cannot be read this way gets its reason as a read error and is reported like any file.
 */
import type { RawFile } from '../../types';
import { formatOf } from './parse-document';

/** True for the formats that must pass through `extractDocument` before they are parsed. */
export function needsExtraction(file: string): boolean {
  const format = formatOf(file);
  return format === 'pdf' || format === 'docx';
}

/** A raw file with its PDF or Word content read out (bytes released); other files are returned as they are. */
export async function extractDocument(raw: RawFile): Promise<RawFile> {
  if (!raw.bytes || raw.readError || raw.extracted || !needsExtraction(raw.file)) return raw;
  // Loaded on first use: a corpus without PDF or Word files never pays for pdfjs or mammoth.
  const result =
    formatOf(raw.file) === 'pdf'
      ? await (await import('./pdf')).pdfToText(raw.bytes)
      : await (await import('./docx')).docxToText(raw.bytes);
  if (!result.ok) return { ...raw, bytes: null, readError: result.reason };
  const { text, meta, messages } = result;
  return { ...raw, bytes: null, extracted: { text, meta, messages } };
}

/** `extractDocument` over a list, one file at a time (each PDF is already work for a whole core). */
export async function extractDocuments(files: RawFile[]): Promise<RawFile[]> {
  const out: RawFile[] = [];
  for (const raw of files) out.push(await extractDocument(raw));
  return out;
}
