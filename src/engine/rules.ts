/**
 * The meeting's rules as pure functions: (context, event data) -> (new context, events to emit).
 * The machine in `machine.ts` decides *when* each rule runs; this file decides *what* happens. No clocks, no
 * randomness other than the seeded state in the context, no I/O.
 */
import { nextInOrder, firstBeat, type CompiledBeat, type CompiledScenario } from '../scenario/compile';
import type { Difficulty, Move, Reaction } from '../scenario/schema';
import { pick, seedState } from './random';
import type { ReplyScorer, ReplyVerdict } from './scorer-seam';
import type {
  Grade,
  MeetingContext,
  MeetingEmitted,
  MeetingEvent,
  MeetingInput,
  MeetingOptions,
  Outcome,
  TensionMap,
  TranscriptEntry,
} from './types';

export interface Step {
  context: MeetingContext;
  emitted: MeetingEmitted[];
}

/** Longest reply the engine accepts; the UI says so before sending. */
export const MAX_REPLY_CHARS = 4000;

export const DEFAULT_OPTIONS: MeetingOptions = {
  replyMode: 'both',
  difficulty: 'medium',
  seed: 1,
  hints: false,
  readMs: 4000,
};

/** How strongly tension moves with difficulty: rises are amplified on hard, calming is damped. */
const TENSION_SCALE: Record<Difficulty, { up: number; down: number }> = {
  easy: { up: 0.7, down: 1.2 },
  medium: { up: 1, down: 1 },
  hard: { up: 1.3, down: 0.8 },
};

/** Lines used when a beat has no `interrupt` of its own. */
const FALLBACK_INTERRUPTS = [
  'Hello? Are we doing this or not?',
  'We are all waiting. Say something.',
  'Silence is not an answer.',
];

export function initialContext(input: MeetingInput): MeetingContext {
  const options = { ...DEFAULT_OPTIONS, ...input.options };
  const scenario = input.scenario;
  return {
    scenario,
    options,
    rng: seedState(options.seed),
    startedAt: null,
    now: 0,
    waitingSince: 0,
    beatIndex: -1,
    interruptions: 0,
    tension: Object.fromEntries(scenario.stakeholders.map((s) => [s.id, clamp(s.tension)])),
    shownExhibits: [],
    parked: [],
    transcript: [],
    log: [],
    outcome: null,
    refusal: null,
  };
}

// ---------------------------------------------------------------- queries

export function currentBeat(context: MeetingContext): CompiledBeat | undefined {
  return context.scenario.beats[context.beatIndex];
}

/** Milliseconds since the meeting started, at the context's latest known time. */
export function meetingTime(context: MeetingContext): number {
  return context.startedAt === null ? 0 : Math.max(0, context.now - context.startedAt);
}

/** Nobody can read a line and answer in less: the pressure timer never runs shorter than this. */
export const MIN_PRESSURE_MS = 10_000;

/**
 * The pressure timer for the current beat: the difficulty's base, scaled by the speaker's patience (3 = 1x),
 * never under `MIN_PRESSURE_MS`.
 */
export function pressureMs(context: MeetingContext): number {
  const beat = currentBeat(context);
  if (!beat) return 60_000;
  const base = context.scenario.settings.pressureSeconds[context.options.difficulty];
  const patience = context.scenario.stakeholderIndex[beat.speaker]?.patience ?? 3;
  return Math.max(MIN_PRESSURE_MS, Math.round(base * (patience / 3) * 1000));
}

export function walkedOut(context: MeetingContext): string | undefined {
  const limit = context.scenario.settings.tensionLimit;
  return context.scenario.stakeholders.find((s) => (context.tension[s.id] ?? 0) >= limit)?.id;
}

/** Why a reply text cannot be sent, or null when it can. Shared by the machine's guard and the UI. */
export function replyProblem(text: string): string | null {
  if (text.trim().length === 0) return 'Write a reply first: an empty reply says nothing to the room.';
  if (text.length > MAX_REPLY_CHARS) {
    return `Replies are limited to ${MAX_REPLY_CHARS.toLocaleString('en-US')} characters; this one has ${text.length.toLocaleString('en-US')}. Say it in fewer words: in the room, shorter lands better.`;
  }
  return null;
}

export function optionProblem(context: MeetingContext, optionId: string): string | null {
  const beat = currentBeat(context);
  if (!beat) return 'There is nothing to reply to right now.';
  if (!beat.options.some((o) => o.id === optionId)) return `There is no option "${optionId}" here.`;
  return null;
}

/** Moves that hurt in this beat: the author's list, or blame, hostility and (before action items) a premature fix. */
export function movesToAvoid(beat: CompiledBeat): Move[] {
  if (beat.expects.avoid) return beat.expects.avoid;
  const avoid: Move[] = ['blame', 'hostility'];
  if (beat.phaseKind !== 'action-items' && beat.phaseKind !== 'close') avoid.push('prematureFix');
  return avoid;
}

/** Scorer flags for a reply that makes the room safe ("Nobody here is at fault"): the opening's own move. */
const SAFETY_FLAGS = new Set(['blameless-frame', 'restores-safety']);

/**
 * Grades a free-text reply for the stakeholder's reaction: poor if it makes a move to avoid; strong if it scores
 * well and meets at least half of the expected moves; poor if it scores low or meets none, unless it sets the
 * blameless frame or restores safety (the facilitation notes' first move: never poor on its own); mixed otherwise.
 */
export function gradeVerdict(verdict: ReplyVerdict, beat: CompiledBeat, shownExhibits: string[]): [Grade, string] {
  const hurt = movesToAvoid(beat).filter((m) => verdict.moves[m]);
  if (hurt.length > 0) return ['poor', `It made a move that hurts here: ${hurt.map(moveName).join(', ')}.`];
  const backedByData = (beat.expects.exhibits ?? []).some((id) => shownExhibits.includes(id));
  const met = beat.expects.moves.filter((m) => verdict.moves[m] || (m === 'evidence' && backedByData));
  const missed = beat.expects.moves.filter((m) => !met.includes(m));
  const needed = Math.ceil(beat.expects.moves.length / 2);
  const detail = `Met ${met.length} of ${beat.expects.moves.length} expected moves${met.length ? ` (${met.map(moveName).join(', ')})` : ''}${missed.length ? `; missing ${missed.map(moveName).join(', ')}` : ''}.`;
  if (verdict.score >= 65 && met.length >= needed) return ['strong', detail];
  if (verdict.score >= 35 && met.length > 0) return ['mixed', detail];
  if (!verdict.flags.some((f) => SAFETY_FLAGS.has(f))) return ['poor', detail];
  return ['mixed', `${detail} It kept the room blameless, which helps; now answer the concern itself.`];
}

const MOVE_NAMES: Record<Move, string> = {
  acknowledge: 'acknowledging the concern',
  evidence: 'pointing to data',
  deferral: 'deferring fixes until the cause is known',
  blame: 'blame',
  prematureFix: 'a premature fix',
  hostility: 'hostility',
  ownership: 'owners and deadlines',
};

export function moveName(move: Move): string {
  return MOVE_NAMES[move];
}

// ---------------------------------------------------------------- rules

function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** Advances the context's clock to the event's time (never backwards) and records the event in the replay log. */
export function receive(context: MeetingContext, event: MeetingEvent): MeetingContext {
  const now = event.at === undefined ? context.now : Math.max(context.now, event.at);
  return { ...context, now, log: [...context.log, { ...event, at: now }], refusal: null };
}

export function refuse(context: MeetingContext, reason: string): MeetingContext {
  return { ...context, refusal: reason };
}

function entryBase(context: MeetingContext) {
  const beat = currentBeat(context);
  return {
    at: meetingTime(context),
    ...(beat ? { beatId: beat.id, phase: beat.phaseKind } : {}),
    tension: { ...context.tension },
  };
}

function append(context: MeetingContext, entry: TranscriptEntry): MeetingContext {
  return { ...context, transcript: [...context.transcript, entry] };
}

/** Moves tension for one stakeholder, scaled by difficulty, and reports the change. */
function shiftTension(context: MeetingContext, stakeholder: string, delta: number, emitted: MeetingEmitted[]): MeetingContext {
  if (!(stakeholder in context.tension) || delta === 0) return context;
  const scale = TENSION_SCALE[context.options.difficulty];
  const from = context.tension[stakeholder]!;
  const to = clamp(from + delta * (delta > 0 ? scale.up : scale.down));
  if (to === from) return context;
  emitted.push({ type: 'tension.changed', stakeholder, from, to });
  return { ...context, tension: { ...context.tension, [stakeholder]: to } };
}

/** Enters a beat: its speaker says one of its lines; a new phase is announced first. */
function enterBeat(context: MeetingContext, beat: CompiledBeat, emitted: MeetingEmitted[]): MeetingContext {
  const previous = currentBeat(context);
  let ctx: MeetingContext = {
    ...context,
    beatIndex: beat.order,
    interruptions: 0,
    waitingSince: context.now,
  };
  if (!previous || previous.phaseIndex !== beat.phaseIndex) {
    const phase = context.scenario.phases[beat.phaseIndex]!;
    ctx = append(ctx, { ...entryBase(ctx), kind: 'phase', phaseId: phase.id, title: phase.title });
    emitted.push({ type: 'phase.changed', phase: phase.kind, title: phase.title });
  }
  const [text, rng] = pick(beat.lines, ctx.rng);
  ctx = { ...ctx, rng };
  ctx = append(ctx, { ...entryBase(ctx), kind: 'challenge', speaker: beat.speaker, text });
  emitted.push({ type: 'stakeholder.spoke', speaker: beat.speaker, text, kind: 'challenge' });
  emitted.push({ type: 'timer.started', ms: pressureMs(ctx) });
  return ctx;
}

export function startMeeting(context: MeetingContext): Step {
  const emitted: MeetingEmitted[] = [];
  let ctx: MeetingContext = { ...context, startedAt: context.now };
  const beat = firstBeat(ctx.scenario);
  if (!beat) return endMeeting(ctx, 'completed', 'The scenario has no beats.');
  ctx = enterBeat(ctx, beat, emitted);
  return { context: ctx, emitted };
}

/** The trainee stayed silent past the pressure timer: someone cuts in, tension rises; too many and they walk out. */
export function interrupt(context: MeetingContext): Step {
  const beat = currentBeat(context);
  if (!beat) return { context, emitted: [] };
  const emitted: MeetingEmitted[] = [];
  let ctx: MeetingContext = { ...context, now: context.waitingSince + pressureMs(context) };
  const speaker = beat.interrupt?.by ?? beat.speaker;
  const [text, rng] = pick(beat.interrupt?.lines ?? FALLBACK_INTERRUPTS, ctx.rng);
  const count = ctx.interruptions + 1;
  ctx = { ...ctx, rng, interruptions: count, waitingSince: ctx.now };
  ctx = shiftTension(ctx, beat.speaker, beat.interrupt?.tension ?? 10, emitted);
  ctx = append(ctx, { ...entryBase(ctx), kind: 'interrupt', speaker, text, count });
  emitted.push({ type: 'stakeholder.spoke', speaker, text, kind: 'interrupt' });
  if (count >= ctx.scenario.settings.maxInterruptions) {
    // Ignored one time too many: the speaker's tension hits the limit and they leave.
    ctx = shiftTensionTo(ctx, beat.speaker, ctx.scenario.settings.tensionLimit, emitted);
  } else {
    emitted.push({ type: 'timer.started', ms: pressureMs(ctx) });
  }
  return { context: ctx, emitted };
}

function shiftTensionTo(context: MeetingContext, stakeholder: string, value: number, emitted: MeetingEmitted[]): MeetingContext {
  const from = context.tension[stakeholder] ?? 0;
  const to = clamp(value);
  if (from === to) return context;
  emitted.push({ type: 'tension.changed', stakeholder, from, to });
  return { ...context, tension: { ...context.tension, [stakeholder]: to } };
}

export function showExhibit(context: MeetingContext, exhibitId: string, shown: boolean): Step {
  const exhibit = context.scenario.exhibitIndex[exhibitId];
  if (!exhibit) return { context: refuse(context, `There is no exhibit "${exhibitId}".`), emitted: [] };
  const already = context.shownExhibits.includes(exhibitId);
  if (shown === already) return { context, emitted: [] };
  const shownExhibits = shown
    ? [...context.shownExhibits, exhibitId]
    : context.shownExhibits.filter((id) => id !== exhibitId);
  let ctx: MeetingContext = { ...context, shownExhibits };
  ctx = append(ctx, { ...entryBase(ctx), kind: 'exhibit', exhibitId, title: exhibit.title, shown });
  return { context: ctx, emitted: [] };
}

/** Parks a topic for the action items: the current beat's topic by default, or a named one, or a free label. */
export function parkTopic(
  context: MeetingContext,
  request: { topicId?: string; label?: string },
  by: 'trainee' | 'reply',
): Step {
  const beat = currentBeat(context);
  if (!beat) return { context, emitted: [] };
  const topicId = request.topicId ?? beat.parks ?? slug(request.label ?? '');
  if (!topicId) return { context: refuse(context, 'Name the topic to park.'), emitted: [] };
  if (context.parked.some((p) => p.topicId === topicId)) return { context, emitted: [] };
  const label = context.scenario.topicIndex[topicId] ?? request.label?.trim() ?? topicId;
  let ctx: MeetingContext = {
    ...context,
    parked: [...context.parked, { topicId, label, beatId: beat.id, at: meetingTime(context), by }],
  };
  ctx = append(ctx, { ...entryBase(ctx), kind: 'park', topicId, label, by });
  return { context: ctx, emitted: [{ type: 'topic.parked', topicId, label }] };
}

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export interface ReplyRequest {
  mode: 'text' | 'choice';
  text?: string;
  optionId?: string;
}

/** The trainee replies: the scorer judges it, the stakeholder reacts, tension moves, topics park or come back. */
export function reply(context: MeetingContext, request: ReplyRequest, scorer: ReplyScorer): Step {
  const beat = currentBeat(context);
  if (!beat) return { context, emitted: [] };
  const emitted: MeetingEmitted[] = [];
  const option = request.mode === 'choice' ? beat.options.find((o) => o.id === request.optionId) : undefined;
  const text = option ? option.text : (request.text ?? '');
  const speaker = context.scenario.stakeholderIndex[beat.speaker];
  const lastLine = context.transcript.findLast((e) => e.kind === 'challenge' || e.kind === 'interrupt');
  const verdict = scorer(text, {
    phase: beat.phaseKind,
    archetype: speaker?.archetype ?? 'neutral',
    line: lastLine && 'text' in lastLine ? lastLine.text : (beat.lines[0] ?? ''),
    exhibits: [...context.shownExhibits],
    parkedTopics: context.parked.map((p) => p.label),
    expected: beat.expects.moves,
  });
  const [grade, gradeReason] = option
    ? [GRADE_OF_VERDICT[option.verdict], `The scenario author rates this option ${option.verdict}: ${option.feedback}`]
    : gradeVerdict(verdict, beat, context.shownExhibits);

  let ctx: MeetingContext = append(context, {
    ...entryBase(context),
    kind: 'reply',
    mode: request.mode,
    text,
    ...(option ? { optionId: option.id, authorVerdict: option.verdict, feedback: option.feedback } : {}),
    exhibits: [...context.shownExhibits],
    verdict,
    grade,
    gradeReason,
  });
  emitted.push({ type: 'reply.scored', grade, score: verdict.score });

  // A deferral parks the beat's topic; a good answer in a beat that revisits topics brings them back.
  if (beat.parks && verdict.moves.deferral && grade !== 'poor') {
    const parked = parkTopic(ctx, { topicId: beat.parks }, 'reply');
    ctx = parked.context;
    emitted.push(...parked.emitted);
  }
  if (beat.revisits && grade !== 'poor') {
    for (const topicId of beat.revisits) {
      const topic = ctx.parked.find((p) => p.topicId === topicId && p.revisitedAt === undefined);
      if (!topic) continue;
      ctx = {
        ...ctx,
        parked: ctx.parked.map((p) => (p === topic ? { ...p, revisitedAt: meetingTime(ctx) } : p)),
      };
      emitted.push({ type: 'topic.revisited', topicId, label: topic.label });
    }
  }

  const reaction: Reaction = beat.reactions[grade];
  const reactor = reaction.by ?? beat.speaker;
  const [line, rng] = pick(reaction.lines, ctx.rng);
  ctx = { ...ctx, rng, shownExhibits: [] };
  ctx = shiftTension(ctx, beat.speaker, reaction.tension, emitted);
  for (const [id, delta] of Object.entries(reaction.others ?? {})) ctx = shiftTension(ctx, id, delta, emitted);
  ctx = append(ctx, { ...entryBase(ctx), kind: 'reaction', speaker: reactor, text: line, grade });
  emitted.push({ type: 'stakeholder.spoke', speaker: reactor, text: line, kind: 'reaction', grade });
  return { context: ctx, emitted };
}

const GRADE_OF_VERDICT = { good: 'strong', weak: 'mixed', poor: 'poor' } as const satisfies Record<string, Grade>;

/** Where the meeting goes after the current beat's reaction; undefined when the agenda is done. */
export function nextBeat(context: MeetingContext): CompiledBeat | undefined {
  const beat = currentBeat(context);
  if (!beat) return undefined;
  const lastReply = context.transcript.findLast((e) => e.kind === 'reply' && e.beatId === beat.id);
  let jump: string | undefined;
  if (lastReply && lastReply.kind === 'reply') {
    const option = lastReply.optionId ? beat.options.find((o) => o.id === lastReply.optionId) : undefined;
    jump = option?.next ?? beat.reactions[lastReply.grade].next;
  }
  const scenario: CompiledScenario = context.scenario;
  if (jump !== undefined && scenario.beatIndex[jump] !== undefined) return scenario.beats[scenario.beatIndex[jump]!];
  return nextInOrder(scenario, beat.order);
}

export function advance(context: MeetingContext): Step {
  const beat = nextBeat(context);
  if (!beat) return endMeeting(context, 'completed', 'All agenda items are done.');
  const emitted: MeetingEmitted[] = [];
  const ctx = enterBeat({ ...context, shownExhibits: [] }, beat, emitted);
  return { context: ctx, emitted };
}

/** Someone's tension reached the limit: they walk out and the meeting is derailed. */
export function walkOut(context: MeetingContext, stakeholderId: string): Step {
  const who = context.scenario.stakeholderIndex[stakeholderId];
  const name = who?.name ?? stakeholderId;
  const text = `${name} stands up and leaves the meeting.`;
  let ctx = append(context, { ...entryBase(context), kind: 'walkout', speaker: stakeholderId, text });
  const ended = endMeeting(ctx, 'derailed', `${name} walked out: tension reached ${context.scenario.settings.tensionLimit}.`);
  ctx = ended.context;
  return { context: ctx, emitted: [{ type: 'stakeholder.spoke', speaker: stakeholderId, text, kind: 'walkout' }, ...ended.emitted] };
}

export function endMeeting(context: MeetingContext, outcome: Outcome, reason: string): Step {
  const ctx = append({ ...context, outcome }, { ...entryBase(context), kind: 'end', outcome, reason });
  return { context: ctx, emitted: [{ type: 'meeting.ended', outcome, reason }] };
}

export function pauseEntry(context: MeetingContext, kind: 'pause' | 'resume'): MeetingContext {
  const ctx = kind === 'resume' ? { ...context, waitingSince: context.now } : context;
  return append(ctx, { ...entryBase(ctx), kind });
}
