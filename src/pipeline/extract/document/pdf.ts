/**
 * PDF to text with pdfjs-dist (its legacy build, which runs in Node 20 and in browsers): the text layer of
 * each page in content order, lines joined into paragraphs where the vertical gap or the type size says a
 * new paragraph starts, page numbers dropped; title, author and creation date from the document's Info
 * dictionary or XMP metadata. A PDF without a text layer (a scan) is rejected with that reason.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
// pdfjs's own worker code, on this thread: importing it sets `globalThis.pdfjsWorker`, which pdfjs then runs
// in place of a worker of its own. Node did this anyway; in the browser the pipeline already runs inside the
// ingest worker, so no second worker (and no `GlobalWorkerOptions.workerSrc` URL) is needed.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { ExtractedText } from '../../types';

/** Text taken out of a PDF, or the reason there is none. */
export type PdfResult = ({ ok: true } & ExtractedText) | { ok: false; reason: string };

/** Pages read per file; a longer document keeps its first pages, with a warning (deterministic, unlike a clock). */
export const MAX_PDF_PAGES = 500;
/** A PDF that takes longer than this to read is rejected (a safety net against pathological files). */
export const PDF_TIME_LIMIT_MS = 60_000;
/** Fewer visible characters than this over the whole document means there is no text layer. */
const MIN_TEXT = 20;

interface Item {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s+of\s+\d{1,4})?$/i;

/** One page's items as paragraphs: a wrapped line joins the one before with a space. */
function pageText(items: Item[]): string {
  const lines: { text: string; y: number; size: number }[] = [];
  let line: { text: string; y: number; size: number; x: number } | null = null;
  let broke = false;
  for (const item of items) {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || 1;
    if (item.str === '') {
      broke ||= item.hasEOL;
      continue;
    }
    if (!line || broke || Math.abs(y - line.y) > size * 0.5) {
      if (line) lines.push(line);
      line = { text: item.str, y, size, x: x + item.width };
    } else {
      const gap = x - line.x;
      const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
      line.text += gap > size * 0.15 && !spaced ? ` ${item.str}` : item.str;
      line.x = x + item.width;
    }
    broke = item.hasEOL;
  }
  if (line) lines.push(line);
  const kept = lines
    .map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text && !PAGE_NUMBER.test(l.text));
  // Parts joined once at the end: testing the end of a growing string would copy it for every line.
  const parts = kept.map((l, i) => {
    const before = kept[i - 1];
    if (!before) return l.text;
    const gap = before.y - l.y;
    const newParagraph =
      gap > Math.max(l.size, before.size) * 1.5 || gap < 0 || Math.abs(l.size - before.size) > 1;
    return newParagraph ? `\n\n${l.text}` : /[A-Za-z]-$/.test(before.text) ? l.text : ` ${l.text}`;
  });
  return parts.join('');
}

/** "D:20220214091500Z" (or an ISO date from XMP) to YYYY-MM-DD. */
function pdfDay(value: unknown): string | null {
  const m = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(typeof value === 'string' ? value.trim() : '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A title a person gave, not one a converter made up ("Microsoft Word - x.docx", "untitled"). */
function realTitle(value: unknown): string | null {
  const title = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  if (!title || /^(microsoft \w+ - |untitled\b)|\.(docx?|pdf|odt|rtf|txt)$/i.test(title)) return null;
  return title;
}

function reasonOf(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') return 'is a password-protected PDF; save an unprotected copy to read it';
  const message = error instanceof Error ? error.message : String(error);
  return `is not a readable PDF (${message.split('\n')[0]!.slice(0, 120)})`;
}

async function read(bytes: Uint8Array): Promise<PdfResult> {
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const timer = setTimeout(() => void task.destroy(), PDF_TIME_LIMIT_MS);
  try {
    const doc = await task.promise;
    const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
    const texts: string[] = [];
    let empty = 0;
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = pageText(content.items.filter((i) => 'str' in i) as Item[]);
      if (text.replace(/\s/g, '').length === 0) empty++;
      else texts.push(text);
      page.cleanup();
    }
    const text = texts.join('\n\n');
    if (text.replace(/\s/g, '').length < MIN_TEXT)
      return {
        ok: false,
        reason: 'is a PDF without a text layer (a scan or a picture of text); run it through OCR first',
      };
    const { info, metadata } = (await doc.getMetadata()) as unknown as {
      info: Record<string, unknown>;
      metadata: { get(name: string): unknown } | null;
    };
    const messages: string[] = [];
    if (empty > 0)
      messages.push(`${empty} of ${pages} PDF pages have no text layer (scanned?) and were skipped`);
    if (doc.numPages > pages)
      messages.push(`only the first ${pages} of ${doc.numPages} PDF pages were read (the limit per file)`);
    return {
      ok: true,
      text,
      meta: {
        title: realTitle(metadata?.get('dc:title')) ?? realTitle(info.Title),
        author: realTitle(info.Author),
        date: pdfDay(metadata?.get('xmp:createdate')) ?? pdfDay(info.CreationDate),
      },
      messages,
    };
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

/** Reads a PDF's text layer and metadata; never throws. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfResult> {
  try {
    return await read(bytes);
  } catch (error) {
    if ((error as { name?: string })?.name === 'AbortException' || /destroyed/i.test(String(error)))
      return { ok: false, reason: `took longer than ${PDF_TIME_LIMIT_MS / 1000} s to read; skipped` };
    return { ok: false, reason: reasonOf(error) };
  }
}
