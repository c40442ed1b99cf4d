/**
 * Bytes to text: UTF-8 (BOM stripped), UTF-16 LE/BE with a BOM, and a Windows-1252 fallback for bytes that
 * are not valid UTF-8. Binary files (image or archive signatures, NUL bytes, many control characters) are
 * rejected with a reason rather than decoded into noise. Line endings are normalised to LF.
 */

/** The encoding a file was read with. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded file, or the reason it is not text. */
export type Decoded =
  { ok: true; text: string; encoding: Encoding; messages: string[] } | { ok: false; reason: string };

const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or Word/Excel file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a WebP or WAV file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Windows-1252 differs from Latin-1 only in 0x80-0x9F (Node's TextDecoder treats the two as the same). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Share of control characters (other than tab, LF, CR, FF) above which a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.01;
const SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function binaryReason(bytes: Uint8Array): string | null {
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return `is not text: it looks like ${signature.name}`;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0)
      return 'is not text: it contains NUL bytes (binary data, or UTF-16 without a byte-order mark)';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (control > sample.length * MAX_CONTROL_SHARE) return 'is not text: it is full of control characters';
  return null;
}

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** LF only: CRLF and lone CR become LF, so offsets mean the same on every platform. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Decodes a file's bytes to normalised text, or says why it is not text. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'is empty' };
  let text: string;
  let encoding: Encoding;
  const messages: string[] = [];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
  } else {
    const reason = binaryReason(bytes);
    if (reason) return { ok: false, reason };
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    encoding = bom ? 'utf-8-bom' : 'utf-8';
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0));
    } catch {
      encoding = 'windows-1252';
      text = decodeCp1252(bytes);
      messages.push('is not valid UTF-8; decoded as Windows-1252 (Latin-1), check accented letters');
    }
  }
  text = normaliseLineEndings(text);
  if (text.trim() === '') return { ok: false, reason: 'has no text (only whitespace)' };
  return { ok: true, text, encoding, messages };
}
