/**
 * Prints one closing line, "Tests: N passed, N failed", from the JSON reports the three
 * vitest suites write to test-results/. A suite that did not run is named, so CI never
 * mistakes a skipped suite for a green one.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const missing: string[] = [];
for (const suite of ['unit', 'component', 'browser']) {
  const file = `test-results/${suite}.json`;
  if (!existsSync(file)) {
    missing.push(suite);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests ?? 0;
}
if (missing.length > 0) console.log(`Suites that did not run: ${missing.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
