/**
 * The scenario file format, version 1.
 *
 * A scenario is hand-written JSON (`scenarios/*.json`). This module holds its zod schema and the inferred types;
 * `load.ts` validates a file against it and `compile.ts` turns a valid file into the runtime form the engine reads.
 * `npm run scenarios:schema` writes `scenarios/scenario.schema.json` from this schema for editors.
 */
import { z } from 'zod';
import {
  ARCHETYPES,
  DIFFICULTIES,
  ID_MESSAGE,
  ID_PATTERN,
  MOVES,
  NEGATIVE_MOVES,
  PHASE_KINDS,
  POSITIVE_MOVES,
} from './vocabulary';

// The plain vocabulary lives in `vocabulary.ts` (no zod, so the app's first screen can use it); re-exported here.
export { ARCHETYPES, DIFFICULTIES, MOVES, NEGATIVE_MOVES, PHASE_KINDS, POSITIVE_MOVES };

/** Ids are kebab-case so they read well in JSON pointers, URLs and transcripts. */
export const Id = z
  .string()
  .regex(ID_PATTERN, ID_MESSAGE)
  .describe('A kebab-case identifier, unique within its kind.');

const Text = z.string().trim().min(1, 'must not be empty');

/** A line and its alternates: the engine picks one per playthrough with the seeded random source. */
export const Lines = z
  .array(Text)
  .min(1, 'give at least one line')
  .describe('One line, or several alternates; a seeded pick keeps replays varied but reproducible.');

export const Archetype = z.enum(ARCHETYPES);

export const PhaseKind = z.enum(PHASE_KINDS);

export const Move = z.enum(MOVES);

export const Difficulty = z.enum(DIFFICULTIES);

export const Verdict = z.enum(['good', 'weak', 'poor']);

const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'times are HH:MM or HH:MM:SS (24-hour)')
  .describe('A wall-clock time on the incident day, HH:MM or HH:MM:SS.');

export const Brief = z
  .object({
    summary: Text.describe('What happened, in a paragraph, as the trainee is told before the meeting.'),
    oneLine: Text.describe('The incident in one line, for scenario cards.'),
    domain: Text.describe('The technical domain, e.g. "EVM smart contracts", "cross-chain bridge".'),
    difficulty: Difficulty,
    minutes: z.number().int().min(3).max(120).describe('Expected length of a rehearsal in minutes.'),
    impact: Text.optional().describe('User and business impact, in numbers where possible.'),
    checklist: z.array(Text).optional().describe('Preparation checklist shown on the briefing screen.'),
  })
  .strict();

export const TimelineEntry = z
  .object({
    time: ClockTime,
    event: Text,
    source: Text.describe('Where this fact comes from: a dashboard, a log, a pager alert, a person.'),
    exhibit: Id.optional().describe('An exhibit that backs this entry.'),
  })
  .strict();

const Point = z.tuple([ClockTime, z.number()]).describe('[time, value]');

export const MetricExhibit = z
  .object({
    id: Id,
    kind: z.literal('metric'),
    title: Text,
    caption: Text.optional(),
    unit: Text.describe('The unit of every series, e.g. "%", "Mgas", "tx/s".'),
    series: z
      .array(z.object({ name: Text, points: z.array(Point).min(2, 'a series needs at least two points') }).strict())
      .min(1),
    threshold: z.object({ value: z.number(), label: Text }).strict().optional(),
  })
  .strict();

export const LogExhibit = z
  .object({
    id: Id,
    kind: z.literal('log'),
    title: Text,
    caption: Text.optional(),
    lines: z
      .array(
        z
          .object({
            time: ClockTime,
            level: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL']),
            source: Text.optional(),
            text: Text,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const TableExhibit = z
  .object({
    id: Id,
    kind: z.literal('table'),
    title: Text,
    caption: Text.optional(),
    columns: z.array(Text).min(1),
    rows: z.array(z.array(z.union([z.string(), z.number()]))).min(1),
  })
  .strict();

export const Exhibit = z.discriminatedUnion('kind', [MetricExhibit, LogExhibit, TableExhibit]);

export const Stakeholder = z
  .object({
    id: Id,
    name: Text,
    role: Text,
    archetype: Archetype,
    tension: z.number().min(0).max(100).describe('Starting tension, 0 (calm) to 100 (walks out).'),
    patience: z
      .number()
      .int()
      .min(1)
      .max(5)
      .describe('1 (interrupts fast) to 5 (waits): scales the pressure timer while this person waits for a reply.'),
    bio: Text.optional().describe('What this person cares about, shown on the briefing.'),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .optional()
      .describe('Avatar colour, #rrggbb.'),
  })
  .strict();

export const Topic = z
  .object({ id: Id, label: Text.describe('How the topic shows in the parking lot.') })
  .strict();

export const Reaction = z
  .object({
    lines: Lines,
    tension: z.number().min(-100).max(100).describe('Change of the speaker\'s tension (negative calms).'),
    by: Id.optional().describe('Who reacts, if not the beat\'s speaker: another stakeholder cutting in.'),
    others: z
      .record(Id, z.number().min(-100).max(100))
      .optional()
      .describe('Tension changes for other stakeholders, by id.'),
    next: Id.optional().describe('Jump to this beat instead of the next one in order.'),
  })
  .strict();

export const Option = z
  .object({
    id: Id,
    text: Text,
    verdict: Verdict.describe('The author\'s judgement of this reply.'),
    feedback: Text.describe('Why it works or not, shown in the debrief.'),
    next: Id.optional().describe('Jump to this beat after the reaction (overrides the reaction\'s next).'),
  })
  .strict();

export const Beat = z
  .object({
    id: Id,
    speaker: Id.describe('The stakeholder who raises this challenge.'),
    lines: Lines.describe('The challenge, with alternates.'),
    followUp: z
      .boolean()
      .optional()
      .describe('Only reached through a `next` jump (e.g. an escalation after a poor reply); skipped otherwise.'),
    expects: z
      .object({
        moves: z.array(Move).min(1).describe('Moves a good reply makes here.'),
        avoid: z.array(Move).optional().describe('Moves that hurt here (default: blame, hostility, and prematureFix before action items).'),
        exhibits: z.array(Id).optional().describe('Exhibits that back a good reply.'),
        hint: Text.optional().describe('A live hint, shown only when hints are on.'),
      })
      .strict(),
    parks: Id.optional().describe('A topic a good reply parks for the action items (a deferral here parks it).'),
    revisits: z.array(Id).optional().describe('Parked topics this beat brings back (action items).'),
    options: z.array(Option).min(2, 'give at least two options for choice mode'),
    reactions: z.object({ strong: Reaction, mixed: Reaction, poor: Reaction }).strict(),
    interrupt: z
      .object({
        lines: Lines,
        tension: z.number().min(0).max(100),
        by: Id.optional(),
      })
      .strict()
      .optional()
      .describe('What is said when the trainee stays silent past the pressure timer.'),
    model: z.array(Text).min(1).describe('Model replies for the debrief.'),
  })
  .strict();

export const Phase = z
  .object({
    id: Id,
    kind: PhaseKind,
    title: Text,
    goal: Text.describe('What the trainee should achieve in this phase.'),
    beats: z.array(Beat),
  })
  .strict();

export const Settings = z
  .object({
    tensionLimit: z.number().min(10).max(100).default(100).describe('Tension at which a stakeholder walks out.'),
    pressureSeconds: z
      .object({ easy: z.number().positive(), medium: z.number().positive(), hard: z.number().positive() })
      .strict()
      .default({ easy: 60, medium: 40, hard: 25 })
      .describe('Seconds of silence before an interruption, for patience 3.'),
    maxInterruptions: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe('Interruptions on one beat before the speaker walks out.'),
  })
  .strict();

export const Scenario = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1).describe('The format version. This is version 1.'),
    id: Id,
    title: Text,
    brief: Brief,
    timeline: z.array(TimelineEntry).min(1),
    exhibits: z.array(Exhibit),
    stakeholders: z.array(Stakeholder).min(1),
    topics: z.array(Topic).default([]),
    settings: Settings.default({
      tensionLimit: 100,
      pressureSeconds: { easy: 60, medium: 40, hard: 25 },
      maxInterruptions: 3,
    }),
    phases: z.array(Phase).min(1),
  })
  .strict();

export type ScenarioFile = z.input<typeof Scenario>;
export type Scenario = z.output<typeof Scenario>;
export type Brief = z.output<typeof Brief>;
export type Exhibit = z.output<typeof Exhibit>;
export type MetricExhibit = z.output<typeof MetricExhibit>;
export type LogExhibit = z.output<typeof LogExhibit>;
export type TableExhibit = z.output<typeof TableExhibit>;
export type Stakeholder = z.output<typeof Stakeholder>;
export type Topic = z.output<typeof Topic>;
export type Beat = z.output<typeof Beat>;
export type Option = z.output<typeof Option>;
export type Reaction = z.output<typeof Reaction>;
export type Phase = z.output<typeof Phase>;
export type Settings = z.output<typeof Settings>;
export type TimelineEntry = z.output<typeof TimelineEntry>;
export type Archetype = z.output<typeof Archetype>;
export type PhaseKind = z.output<typeof PhaseKind>;
export type Move = z.output<typeof Move>;
export type Difficulty = z.output<typeof Difficulty>;
export type Verdict = z.output<typeof Verdict>;
