/**
 * Every scenario in scenarios/, played through the real engine and scorer:
 * - the best playthrough matches its golden transcript (tests/golden/ID.best.txt; `npm run golden:update`);
 * - the author's best options complete the meeting with a high score, the poorest derail it or score low;
 * - 1,000 seeded random playthroughs (options, silence, pauses, exhibits, parking, quitting) all end in one of the
 *   three outcomes, never stuck.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenTranscript, GOLDEN_DIR, scenarioFiles } from '../../src/cli/golden-lib';
import { loadScenarioForCli, meetingReport, scorerForCli } from '../../src/cli/wiring';
import { playMeeting, randomStrategy, worstStrategy, bestStrategy } from '../../src/engine/headless';

const files = scenarioFiles();

describe('scenario playthroughs', () => {
  it('there is at least one scenario, the default among them', () => {
    expect(files).toContain(join('scenarios', 'gas-spike-outage.json'));
  });

  describe.each(files)('%s', (file) => {
    it('the best playthrough matches its golden transcript', async () => {
      const { id, text } = await goldenTranscript(file);
      const goldenFile = join(GOLDEN_DIR, `${id}.best.txt`);
      expect(existsSync(goldenFile), `${goldenFile} is missing: run npm run golden:update`).toBe(true);
      expect(text).toBe(readFileSync(goldenFile, 'utf8'));
    });

    it('best options complete with a high score; poorest options derail or score low', async () => {
      const scenario = loadScenarioForCli(file);
      const scorer = await scorerForCli();
      const best = playMeeting({ input: { scenario, options: { seed: 1 } }, scorer, strategy: bestStrategy() });
      expect(best.context.outcome).toBe('completed');
      expect(meetingReport(best.context).score).toBeGreaterThanOrEqual(70);
      const worst = playMeeting({ input: { scenario, options: { seed: 1 } }, scorer, strategy: worstStrategy() });
      const worstScore = meetingReport(worst.context).score;
      expect(worst.context.outcome === 'derailed' || worstScore < 40).toBe(true);
    });

    it('1,000 seeded random playthroughs all end completed, derailed or abandoned', async () => {
      const scenario = loadScenarioForCli(file);
      const scorer = await scorerForCli();
      const outcomes = { completed: 0, derailed: 0, abandoned: 0 };
      for (let seed = 1; seed <= 1000; seed++) {
        const difficulty = (['easy', 'medium', 'hard'] as const)[seed % 3]!;
        const run = playMeeting({
          input: { scenario, options: { seed, difficulty } },
          scorer,
          strategy: randomStrategy(seed, true),
          maxTurns: 500,
        });
        expect(run.context.outcome, `seed ${seed}`).not.toBeNull();
        outcomes[run.context.outcome!] += 1;
      }
      expect(outcomes.completed + outcomes.derailed + outcomes.abandoned).toBe(1000);
      // A random trainee should sometimes make it through and sometimes lose the room.
      expect(outcomes.completed).toBeGreaterThan(0);
      expect(outcomes.derailed).toBeGreaterThan(0);
    });
  });
});
