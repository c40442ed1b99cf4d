import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressDir } from './scripts/precompress';

/** Opt-in online tiles are the only outside origin the app may load from. */
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  // Leaflet and Recharts position elements with style attributes.
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: ${TILE_ORIGIN}`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * Headers for every response of the served app. `frame-ancestors` works only as a header (browsers ignore it
 * in a meta tag): no other site may frame the app and trick a click. Deployments must send the same headers
 * (docs/robustness.md).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
};

/** Adds the Content-Security-Policy to the built page only: the dev server injects inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'crisis-ledger-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: csp },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Writes `.gz` and `.br` beside the dataset the build copied to `dist/data`, for hosts that serve them as they are. */
function precompressData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'crisis-ledger-precompress-data',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    async closeBundle() {
      const data = join(outDir, 'data');
      if (existsSync(data)) await precompressDir(data);
    },
  };
}

// Relative base so the built app works from any folder or sub-path, offline.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), precompressData()],
  // linkedom's own single-file build for workers: its default entry requires an optional native canvas.
  resolve: { alias: [{ find: /^linkedom$/, replacement: 'linkedom/worker' }] },
  // The ingest worker (src/pipeline/browser) is an ES module, so PDF and Word readers load as their own chunks.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 5173, headers: SECURITY_HEADERS },
  build: { outDir: 'dist', sourcemap: false },
});
