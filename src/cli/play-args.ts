/** Argument and replies-file parsing for `npm run play`, apart from the entry point so it can be tested. */
import type { TraineeAction } from '../engine/headless';
import { DIFFICULTIES, type Difficulty } from '../scenario/schema';

/** A problem with what the user typed: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export interface Args {
  scenario: string;
  auto?: 'best' | 'worst' | 'random';
  replies?: string;
  seed: number;
  json: boolean;
  difficulty?: Difficulty;
}

export const USAGE =
  'usage: npm run --silent play -- SCENARIO [--auto best|worst|random] [--replies FILE] [--seed N] [--json] [--difficulty easy|medium|hard]';

export function parseArgs(argv: string[]): Args {
  const args: Partial<Args> = { seed: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--auto') {
      const v = value();
      if (v !== 'best' && v !== 'worst' && v !== 'random') throw new UsageError(`--auto takes best, worst or random, not "${v}"`);
      args.auto = v;
    } else if (a === '--replies') args.replies = value();
    else if (a === '--seed') {
      const v = value();
      if (!/^-?\d+$/.test(v)) throw new UsageError(`--seed takes a whole number, not "${v}"`);
      args.seed = Number(v);
    } else if (a === '--json') args.json = true;
    else if (a === '--difficulty') {
      const v = value();
      if (!(DIFFICULTIES as readonly string[]).includes(v)) throw new UsageError(`--difficulty takes easy, medium or hard, not "${v}"`);
      args.difficulty = v as Difficulty;
    } else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (args.scenario === undefined) args.scenario = a;
    else throw new UsageError(`one scenario at a time (got "${args.scenario}" and "${a}")\n${USAGE}`);
  }
  if (!args.scenario) throw new UsageError(USAGE);
  if (args.auto && args.replies) throw new UsageError('give --auto or --replies, not both');
  return args as Args;
}

/** Reads a replies file: one JSON object a line; blank lines are skipped; errors name the line. */
export function parseReplies(text: string, file: string): TraineeAction[] {
  const actions: TraineeAction[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${where}: not valid JSON: ${line.slice(0, 80)}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UsageError(`${where}: expected an object like {"text": "..."}`);
    }
    const v = value as Record<string, unknown>;
    if (typeof v.text === 'string') actions.push({ type: 'text', text: v.text });
    else if (typeof v.choice === 'string') actions.push({ type: 'choose', optionId: v.choice });
    else if (typeof v.exhibit === 'string') actions.push({ type: 'exhibit', exhibitId: v.exhibit });
    else if (typeof v.park === 'string') actions.push({ type: 'park', topicId: v.park });
    else if (v.silence === true) actions.push({ type: 'silence' });
    else if (v.quit === true) actions.push({ type: 'quit' });
    else throw new UsageError(`${where}: expected "text", "choice", "exhibit", "park", "silence" or "quit"`);
  });
  return actions;
}

