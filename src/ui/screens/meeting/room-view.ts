/**
 * Pure helpers that turn the meeting's context into what the room shows: who said what, how to announce it, the
 * order of the pick-mode options, and the hint for the moment. No React here.
 */
import { moveName } from '../../../engine/rules';
import type { MeetingContext, TranscriptEntry } from '../../../engine/types';
import type { CompiledBeat, CompiledScenario } from '../../../scenario/compile';
import type { Option } from '../../../scenario/schema';

export type SpokenEntry = Extract<TranscriptEntry, { kind: 'challenge' | 'interrupt' | 'reaction' | 'walkout' }>;

export function isSpoken(entry: TranscriptEntry): entry is SpokenEntry {
  return entry.kind === 'challenge' || entry.kind === 'interrupt' || entry.kind === 'reaction' || entry.kind === 'walkout';
}

/** How a screen reader hears a stakeholder's line: "Maya Chen, Head of Product: …". */
export function announcement(scenario: CompiledScenario, entry: SpokenEntry): string {
  const who = scenario.stakeholderIndex[entry.speaker];
  const name = who ? `${who.name}, ${who.role}` : entry.speaker;
  switch (entry.kind) {
    case 'walkout':
      return entry.text;
    case 'interrupt':
      return `${name}, interrupting: ${entry.text}`;
    default:
      return `${name}: ${entry.text}`;
  }
}

/** Ids of stakeholders who have walked out. */
export function walkedOutIds(transcript: readonly TranscriptEntry[]): string[] {
  return transcript.filter((e) => e.kind === 'walkout').map((e) => (e as SpokenEntry).speaker);
}

/** Index in the transcript of the current exchange's opening line (the latest challenge), or -1. */
export function exchangeStart(transcript: readonly TranscriptEntry[]): number {
  for (let i = transcript.length - 1; i >= 0; i--) if (transcript[i]!.kind === 'challenge') return i;
  return -1;
}

/** The latest spoken entry, if any. */
export function lastSpoken(transcript: readonly TranscriptEntry[]): SpokenEntry | undefined {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const entry = transcript[i]!;
    if (isSpoken(entry)) return entry;
  }
  return undefined;
}

function hash(text: string): number {
  // FNV-1a, 32-bit: a stable, seedable order without touching Math.random.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The beat's options in a stable order that depends on the meeting's seed, so the best is not always first. */
export function shuffledOptions(beat: CompiledBeat, seed: number): Option[] {
  return [...beat.options].sort((a, b) => hash(`${seed}:${beat.id}:${a.id}`) - hash(`${seed}:${beat.id}:${b.id}`));
}

/** The live hint for a beat: the author's, or one built from what the beat expects. */
export function hintFor(beat: CompiledBeat, scenario: CompiledScenario): string {
  if (beat.expects.hint) return beat.expects.hint;
  const moves = beat.expects.moves.map(moveName);
  const exhibits = (beat.expects.exhibits ?? []).map((id) => scenario.exhibitIndex[id]?.title).filter(Boolean);
  const parts = [`This moment calls for ${listJoin(moves)}.`];
  if (exhibits.length > 0) parts.push(`Putting ${listJoin(exhibits.map((t) => `“${t}”`))} on screen would back you up.`);
  return parts.join(' ');
}

function listJoin(items: readonly (string | undefined)[]): string {
  const words = items.filter((x): x is string => Boolean(x));
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export const OUTCOME_TITLES = {
  completed: 'Meeting complete',
  derailed: 'The meeting derailed',
  abandoned: 'You left the meeting',
} as const;

/** The phase in play and its position, for the header. */
export function phaseProgress(context: Pick<MeetingContext, 'scenario' | 'beatIndex'>): { index: number; total: number; title: string } | null {
  const beat = context.scenario.beats[context.beatIndex];
  if (!beat) return null;
  const phase = context.scenario.phases[beat.phaseIndex];
  return { index: beat.phaseIndex, total: context.scenario.phases.length, title: phase?.title ?? '' };
}
