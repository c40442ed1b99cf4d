/// <reference types="node" />
/**
 * Writes `.gz` and `.br` copies beside every `.json` file of a dataset folder, so a static host that serves
 * precompressed files (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, most CDNs) sends 46 MB of JSON as
 * a few MB without compressing on each request. Run after an ingest: `npm run precompress -- public/data`; the
 * production build does it for `dist/data` by itself (see vite.config.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Files smaller than this gain nothing worth a second request path. */
const MIN_BYTES = 1024;

/** What was written: files compressed and their bytes before and after. */
export interface PrecompressSummary {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** How hard to compress: the defaults are for deployment (written once, served many times). */
export interface PrecompressOptions {
  gzipLevel?: number;
  brotliQuality?: number;
}

/** Compresses every JSON file under `dir` (by default gzip level 9 and Brotli quality 11). */
export async function precompressDir(
  dir: string,
  { gzipLevel = 9, brotliQuality = 11 }: PrecompressOptions = {},
): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of await jsonFiles(dir)) {
    const data = await readFile(file);
    if (data.length < MIN_BYTES) continue;
    const [g, b] = await Promise.all([
      gz(data, { level: gzipLevel }),
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    ]);
    await Promise.all([writeFile(`${file}.gz`, g), writeFile(`${file}.br`, b)]);
    summary.files += 1;
    summary.bytes += data.length;
    summary.gzipBytes += g.length;
    summary.brotliBytes += b.length;
  }
  return summary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'public/data';
  const s = await precompressDir(dir);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `${dir}: ${s.files} files, ${mb(s.bytes)} -> gzip ${mb(s.gzipBytes)}, brotli ${mb(s.brotliBytes)}`,
  );
}
