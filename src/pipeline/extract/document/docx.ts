/**
 * Word (.docx) to text: paragraphs with `mammoth`, and the title, author and created date from the
 * package's core properties (`docProps/core.xml`, which mammoth does not read) through JSZip, the zip
 * library mammoth itself uses. A package that would unpack to more than MAX_UNPACKED is refused before
 * anything is inflated, so a zip bomb cannot exhaust memory.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { ExtractedText } from '../../types';

/** Text taken out of a Word file, or the reason there is none. */
export type DocxResult = ({ ok: true } & ExtractedText) | { ok: false; reason: string };

/** The most a .docx may unpack to (a long report unpacks to a few MB). */
export const MAX_UNPACKED = 200 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Sum of the uncompressed sizes in a zip's central directory, or null when there is none. */
function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65_535); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
      const size = view.getUint32(at + 24, true);
      // 0xFFFFFFFF means a ZIP64 size: far beyond any Word document, so count it as too large.
      total += size === 0xffffffff ? Infinity : size;
      at +=
        46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return null;
}

function xmlText(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One element's text from core.xml, whatever namespace prefix the writer used. */
function property(xml: string, name: string): string | null {
  const m = new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([^<]*)</(?:[\\w-]+:)?${name}>`).exec(xml);
  return m ? xmlText(m[1]!) || null : null;
}

async function coreProperties(bytes: Uint8Array): Promise<ExtractedText['meta']> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const created = property(xml, 'created');
  return {
    title: property(xml, 'title'),
    author: property(xml, 'creator'),
    date: /^\d{4}-\d{2}-\d{2}/.exec(created ?? '')?.[0] ?? null,
  };
}

/** Reads a .docx's paragraphs and core properties; never throws. */
export async function docxToText(bytes: Uint8Array): Promise<DocxResult> {
  if (OLE.every((b, i) => bytes[i] === b))
    return {
      ok: false,
      reason: 'is an old-format (.doc) or password-protected Word file; save it as an unprotected .docx',
    };
  const unpacked = unpackedSize(bytes);
  if (unpacked === null)
    return { ok: false, reason: 'is not a readable Word file (it is not a zip package)' };
  if (unpacked > MAX_UNPACKED)
    return { ok: false, reason: `would unpack to more than ${MAX_UNPACKED / (1024 * 1024)} MB; not read` };
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in a browser; JSZip accepts a Uint8Array as either.
    const input = { buffer: bytes, arrayBuffer: bytes } as unknown as Parameters<
      typeof mammoth.extractRawText
    >[0];
    const [raw, meta] = await Promise.all([mammoth.extractRawText(input), coreProperties(bytes)]);
    const text = raw.value
      .replace(/\r\n?/g, '\n')
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean)
      .join('\n\n');
    return { ok: true, text, meta, messages: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `is not a readable Word file (${message.split('\n')[0]!.slice(0, 120)})` };
  }
}
