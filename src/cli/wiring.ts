/**
 * Where the command-line tools connect the loader, the engine and the scorer (the engine never imports the scorer;
 * this module hands it over).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledScenario } from '../scenario/compile';
import { formatDiagnostic } from '../scenario/diagnostics';
import { loadScenarioText } from '../scenario/load';
import type { ReplyScorer } from '../engine/scorer-seam';
import type { MeetingContext } from '../engine/types';
import { loadScorer } from '../scoring';
import { scoreMeeting, type MeetingReport } from '../scoring/meeting';
import { toMeetingInput } from '../scoring/from-engine';
import { UsageError } from './play-args';

/** A scenario argument is a path, or an id of a file in scenarios/. */
export function resolveScenarioPath(arg: string): string {
  if (existsSync(arg)) return arg;
  const byId = join('scenarios', `${arg}.json`);
  if (existsSync(byId)) return byId;
  throw new UsageError(`no scenario file "${arg}" (nor ${byId})`);
}

/** Loads and compiles a scenario, or throws a UsageError listing every error diagnostic. */
export function loadScenarioForCli(arg: string): CompiledScenario {
  const path = resolveScenarioPath(arg);
  const result = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (!result.ok || !result.scenario) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new UsageError(`${path} has errors; run npm run scenarios:check -- ${path}\n${errors.join('\n')}`);
  }
  return result.scenario;
}

let scorer: Promise<ReplyScorer> | undefined;

export function scorerForCli(): Promise<ReplyScorer> {
  scorer ??= loadScorer();
  return scorer;
}

/** The meeting-level report (score 0-100, level, per-move rates...) of a finished meeting. */
export function meetingReport(context: MeetingContext): MeetingReport {
  return scoreMeeting(toMeetingInput(context));
}
