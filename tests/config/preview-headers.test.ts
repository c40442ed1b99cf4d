/** The preview server (`npm start`) refuses to be framed by another site (issue 13). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dist = mkdtempSync(path.join(tmpdir(), 'ledger-preview-'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Crisis Ledger</title>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('vite preview', () => {
  it("sends frame-ancestors 'none' and X-Frame-Options: DENY with the page", async () => {
    const server = await preview({
      root: ROOT,
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: dist },
      preview: { port: 0, strictPort: false, open: false },
    });
    try {
      const address = server.httpServer.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toMatch(/(^|; )frame-ancestors 'none'($|;)/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      await server.close();
    }
  });
});
