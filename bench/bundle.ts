/** The initial JS a visitor downloads: the entry script and its modulepreloads from dist/index.html, gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The files counted and their total gzipped size. */
export interface BundleFigures {
  files: string[];
  gzipBytes: number;
}

/** Reads `index.html` in `dist` and gzips every script it loads before the app runs. */
export function initialBundle(dist: string): BundleFigures {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  const files = [...new Set([...scripts, ...preloads])].filter((file) => file.endsWith('.js'));
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file.replace(/^\.?\//, '')))).length,
    0,
  );
  return { files, gzipBytes };
}
