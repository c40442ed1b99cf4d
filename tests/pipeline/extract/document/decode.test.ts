import { describe, expect, it } from 'vitest';
import { decode, normaliseLineEndings } from '../../../../src/pipeline/extract/document/decode';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = [...Buffer.from(text, 'utf16le')];
  const body = endian === 'le' ? le : le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!);
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
};

describe('decode', () => {
  it.each([
    ['plain UTF-8', bytes('Troops in Kyiv’s suburbs'), 'Troops in Kyiv’s suburbs', 'utf-8'],
    ['UTF-8 with a BOM (stripped)', bytes([0xef, 0xbb, 0xbf], 'Minsk talks'), 'Minsk talks', 'utf-8-bom'],
    ['UTF-16 LE with a BOM', utf16('Kharkiv – “quiet”', 'le'), 'Kharkiv – “quiet”', 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16('Odesa port', 'be'), 'Odesa port', 'utf-16be'],
    ['Windows-1252 curly quotes and accents', bytes([0x93], 'Caf', [0xe9, 0x94]), '“Café”', 'windows-1252'],
    ['CRLF line endings', bytes('one\r\ntwo\r\n'), 'one\ntwo\n', 'utf-8'],
    ['lone CR line endings', bytes('one\rtwo\r'), 'one\ntwo\n', 'utf-8'],
  ])('decodes %s', (_name, input, text, encoding) => {
    const result = decode(input);
    expect(result).toMatchObject({ ok: true, text, encoding });
  });

  it('warns when falling back from invalid UTF-8', () => {
    const result = decode(bytes('Dnipro ', [0xe9, 0x20], 'river'));
    expect(result.ok && result.messages[0]).toMatch(/not valid UTF-8/);
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['whitespace only', bytes(' \n\t \r\n'), /only whitespace/],
    ['a PNG renamed .txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), /PNG image/],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), /JPEG image/],
    ['NUL bytes', bytes('abc', [0, 0, 0], 'def'), /NUL bytes/],
    [
      'control characters',
      bytes(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      /control/,
    ],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const result = decode(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('normalises mixed line endings only', () => {
    expect(normaliseLineEndings('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});
