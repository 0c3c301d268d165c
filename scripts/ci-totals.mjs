// Sums the Vitest and Playwright JSON reports in DIR and prints "N passed, N failed".
// Exits 1 when a report is missing, when nothing ran, or when anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let ok = true;

const vitestFile = join(dir, 'vitest.json');
if (existsSync(vitestFile)) {
  const r = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numFailedTestSuites) failed += r.numFailedTestSuites;
} else {
  console.error(`missing ${vitestFile}: the unit tests did not report`);
  ok = false;
}

const pwFile = join(dir, 'playwright.json');
if (existsSync(pwFile)) {
  const r = JSON.parse(readFileSync(pwFile, 'utf8'));
  const s = r.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += (s.unexpected ?? 0) + (s.skipped ?? 0);
  if ((r.errors ?? []).length) failed += r.errors.length;
} else {
  console.error(`missing ${pwFile}: the browser tests did not report`);
  ok = false;
}

if (passed + failed === 0) {
  console.error('no test ran');
  ok = false;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
