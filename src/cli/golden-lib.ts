/**
 * Golden transcripts: the best playthrough of every scenario, as plain text in tests/golden/SCENARIO.best.txt.
 * `npm run golden:update` rewrites them; the unit tests compare against them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bestStrategy, playMeeting } from '../engine/headless';
import { formatTranscript } from './format-transcript';
import { loadScenarioForCli, meetingReport, scorerForCli } from './wiring';

export const GOLDEN_DIR = join('tests', 'golden');
export const GOLDEN_SEED = 1;

/** Every scenario file in scenarios/ (the JSON schema excluded), sorted. */
export function scenarioFiles(dir = 'scenarios'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .map((f) => join(dir, f));
}

export async function goldenTranscript(file: string): Promise<{ id: string; text: string }> {
  const scenario = loadScenarioForCli(file);
  const scorer = await scorerForCli();
  const run = playMeeting({
    input: { scenario, options: { seed: GOLDEN_SEED, replyMode: 'both', difficulty: scenario.brief.difficulty } },
    scorer,
    strategy: bestStrategy(),
  });
  const report = meetingReport(run.context);
  return { id: scenario.id, text: formatTranscript(run.context, { seed: GOLDEN_SEED, strategy: '--auto best' }, report.score) };
}
