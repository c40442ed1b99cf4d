import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three suites run as separate scripts: pure logic, React components in jsdom, and a real browser.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/features/**', 'tests/app/**'],
          // Hang guards, not speed checks: on a loaded machine an ingest of the seeds in a hook, or a CLI test
          // that spawns two ingests, can take minutes (speed is measured in `npm run bench`).
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/features/**/*.test.tsx', 'tests/app/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Polls wait for a state; on a loaded machine a state can take seconds, so the default 1 s is too short.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
