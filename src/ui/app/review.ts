/**
 * Reading a transcript another person exported from their debrief ("Export transcript"), so a mentor can review it.
 * The file is untrusted: it is validated with zod before anything renders it, every problem is reported in words,
 * and nothing in it is saved as the reader's own attempt. Loaded lazily (zod stays off the first screen).
 */
import { z } from 'zod';
import type { TranscriptEntry } from '../../engine/types';
import { MOVES } from '../../scenario/vocabulary';

/** Larger files are refused before parsing: a real transcript is well under 1 MB. */
export const MAX_REVIEW_CHARS = 5_000_000;

const Text = z.string().max(20_000);
const Time = z.number().finite().min(0);
const Tension = z.record(z.string(), z.number().finite());
const Grade = z.enum(['strong', 'mixed', 'poor']);
const Outcome = z.enum(['completed', 'derailed', 'abandoned']);

const Verdict = z.object({
  moves: z.object(Object.fromEntries(MOVES.map((m) => [m, z.boolean()])) as Record<(typeof MOVES)[number], z.ZodBoolean>),
  flags: z.array(z.string().max(100)),
  score: z.number().min(0).max(100),
  highlights: z.array(
    z.object({
      move: z.string().max(100),
      start: z.number().int(),
      end: z.number().int(),
      // Unknown sources (a later version's) read as a rule's span rather than refusing the whole transcript.
      source: z.enum(['learned']).optional().catch(undefined),
    }),
  ),
  tips: z.array(
    z.object({
      about: z.string().max(100),
      message: Text,
      quote: Text.optional(),
      rewrite: Text.optional(),
      start: z.number().int().optional(),
      end: z.number().int().optional(),
    }),
  ),
});

const base = { at: Time, beatId: z.string().max(200).optional(), phase: z.string().max(40).optional(), tension: Tension };

const Entry = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('phase'), phaseId: z.string(), title: Text }),
  z.object({ ...base, kind: z.literal('challenge'), speaker: z.string(), text: Text }),
  z.object({ ...base, kind: z.literal('interrupt'), speaker: z.string(), text: Text, count: z.number().int().min(1) }),
  z.object({ ...base, kind: z.literal('exhibit'), exhibitId: z.string(), title: Text, shown: z.boolean() }),
  z.object({ ...base, kind: z.literal('park'), topicId: z.string(), label: Text, by: z.enum(['trainee', 'reply']) }),
  z.object({
    ...base,
    kind: z.literal('reply'),
    mode: z.enum(['text', 'choice']),
    text: Text,
    optionId: z.string().optional(),
    authorVerdict: z.enum(['good', 'weak', 'poor']).optional(),
    feedback: Text.optional(),
    exhibits: z.array(z.string()),
    verdict: Verdict,
    grade: Grade,
    gradeReason: Text,
  }),
  z.object({ ...base, kind: z.literal('reaction'), speaker: z.string(), text: Text, grade: Grade }),
  z.object({ ...base, kind: z.literal('walkout'), speaker: z.string(), text: Text }),
  z.object({ ...base, kind: z.enum(['pause', 'resume']) }),
  z.object({ ...base, kind: z.literal('end'), outcome: Outcome, reason: Text }),
]);

const ExportFile = z.object({
  app: z.literal('hotseat'),
  kind: z.literal('transcript'),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  scenario: z.object({ id: z.string().min(1).max(200), title: Text }),
  outcome: Outcome.nullable(),
  reason: Text.nullable().optional(),
  report: z.object({
    score: z.number().min(0).max(100),
    level: z.string().max(100),
    levelReasons: z.array(Text).optional(),
    moveRates: z.record(z.string(), z.number().min(0).max(1)).optional(),
  }),
  transcript: z.array(Entry).max(5_000),
});

export interface Review {
  scenarioId: string;
  scenarioTitle: string;
  exportedAt: string;
  outcome: z.output<typeof Outcome> | null;
  report: z.output<typeof ExportFile>['report'];
  transcript: TranscriptEntry[];
}

export type ReviewResult = { ok: true; review: Review } | { ok: false; message: string };

/** Validates an exported transcript; on failure says what is wrong, in words a mentor can act on. */
export function parseReview(text: string, fileName = 'the file'): ReviewResult {
  if (text.length > MAX_REVIEW_CHARS) {
    return { ok: false, message: `${fileName} is too large to be a Hotseat transcript (${text.length.toLocaleString('en-US')} characters).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `${fileName} is not JSON. Choose a file saved with “Export transcript” in a debrief.` };
  }
  const head = data as { app?: unknown; kind?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.app !== 'hotseat' || head.kind !== 'transcript') {
    return { ok: false, message: `${fileName} is not a Hotseat transcript. Choose a file saved with “Export transcript” in a debrief.` };
  }
  if (head.version !== 1) {
    return { ok: false, message: `${fileName} was exported by a different version of Hotseat (format ${String(head.version)}); this one reads format 1.` };
  }
  const parsed = ExportFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('/') : 'the top level';
    return { ok: false, message: `${fileName} is damaged: at ${where}, ${issue.message}. Nothing was loaded.` };
  }
  const file = parsed.data;
  return {
    ok: true,
    review: {
      scenarioId: file.scenario.id,
      scenarioTitle: file.scenario.title,
      exportedAt: file.exportedAt,
      outcome: file.outcome,
      report: file.report,
      transcript: file.transcript as TranscriptEntry[],
    },
  };
}
