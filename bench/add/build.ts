/** Builds the add-articles page (bench/add) into a folder, for the benchmark and the worker's browser test. */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Runs `vite build` on bench/add with the app's settings, writing to `outDir`. */
export async function buildAddPage(outDir: string): Promise<void> {
  // Vite resolves a relative --outDir against the page's root (bench/add), not the working directory.
  await promisify(execFile)(
    join(root, 'node_modules', '.bin', 'vite'),
    [
      'build',
      '--config',
      'bench/add/vite.config.ts',
      '--outDir',
      resolve(outDir),
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: root,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}
