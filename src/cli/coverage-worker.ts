/**
 * A child process for `scenarios:check` (started with `fork`, so it runs under tsx like its parent): plays the
 * coverage of each compiled scenario it is sent, so several scenarios are covered at once on several cores.
 * Receives `{ index, scenario }`, answers `{ index, report }` or `{ index, error }`.
 */
import type { CompiledScenario } from '../scenario/compile';
import { coverScenario } from './coverage';

process.on('message', (message: { index: number; scenario: CompiledScenario }) => {
  try {
    process.send?.({ index: message.index, report: coverScenario(message.scenario) });
  } catch (err) {
    process.send?.({ index: message.index, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
process.on('disconnect', () => process.exit(0));
