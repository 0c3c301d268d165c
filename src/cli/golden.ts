/** npm run golden:update — rewrites tests/golden/*.best.txt from the current scenarios, engine and scorer. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenTranscript, scenarioFiles } from './golden-lib';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const file of scenarioFiles()) {
  const { id, text } = await goldenTranscript(file);
  const out = join(GOLDEN_DIR, `${id}.best.txt`);
  writeFileSync(out, text);
  console.log(`wrote ${out} (${text.split('\n').length} lines)`);
}
