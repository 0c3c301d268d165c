/**
 * npm run --silent play -- SCENARIO [--auto best|worst|random] [--replies FILE] [--seed N] [--json]
 *                                   [--difficulty easy|medium|hard]
 *
 * Plays a meeting headless on a simulated clock. SCENARIO is a file path or a scenario id in scenarios/.
 * --replies FILE takes one JSON object a line: {"text": "..."} | {"choice": "OPTION_ID"} | {"exhibit": "ID"}
 * (also {"park": "TOPIC_ID"}, {"silence": true}, {"quit": true}); when they run out the meeting ends abandoned.
 * Prints a readable transcript, or with --json one object: {outcome, score, phases, transcript, ...}.
 */
import { readFileSync } from 'node:fs';
import { bestStrategy, playMeeting, randomStrategy, scriptedStrategy, worstStrategy, type Strategy } from '../engine/headless';
import { phaseSummaries } from '../engine/selectors';
import type { MeetingOptions } from '../engine/types';
import { formatTranscript } from './format-transcript';
import { parseArgs, parseReplies, UsageError } from './play-args';
import { loadScenarioForCli, meetingReport, scorerForCli } from './wiring';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const scenario = loadScenarioForCli(args.scenario);
  const scorer = await scorerForCli();
  let strategy: Strategy;
  let label: string;
  if (args.replies) {
    strategy = scriptedStrategy(parseReplies(readFileSync(args.replies, 'utf8'), args.replies));
    label = `replies from ${args.replies}`;
  } else {
    const auto = args.auto ?? 'best';
    strategy = auto === 'best' ? bestStrategy() : auto === 'worst' ? worstStrategy() : randomStrategy(args.seed);
    label = `--auto ${auto}`;
  }
  const options: Partial<MeetingOptions> = { seed: args.seed, replyMode: 'both' };
  if (args.difficulty) options.difficulty = args.difficulty;
  else options.difficulty = scenario.brief.difficulty;
  const run = playMeeting({ input: { scenario, options }, scorer, strategy });
  const report = meetingReport(run.context);
  if (args.json) {
    process.stdout.write(
      JSON.stringify({
        scenario: scenario.id,
        seed: args.seed,
        outcome: run.context.outcome,
        score: report.score,
        level: report.level,
        phases: phaseSummaries(run.context),
        parked: run.context.parked,
        report,
        transcript: run.context.transcript,
        log: run.context.log,
      }) + '\n',
    );
  } else {
    process.stdout.write(formatTranscript(run.context, { seed: args.seed, strategy: label }, report.score));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`play: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`play: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
