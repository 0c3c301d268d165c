/**
 * The meeting machine: runs a compiled scenario's agenda phase by phase and beat by beat.
 *
 *   lobby --meeting.start--> inMeeting.awaitingReply --reply--> reacting --(read delay | meeting.continue)-->
 *   advancing --> awaitingReply (next beat) | completed
 *   awaitingReply --(pressure delay)--> interrupted --> awaitingReply | derailed
 *   any time in the meeting: meeting.pause / meeting.resume, meeting.quit --> abandoned
 *
 * What each step does lives in `rules.ts` as pure functions; this file only wires them to states. The scorer comes
 * in through `createMeetingMachine({ scorer })`, time through each event's `at` and the actor's clock (for the named
 * delays `pressure` and `read`), randomness through `options.seed`.
 */
import { and, enqueueActions, setup } from 'xstate';
import type { ReplyScorer } from './scorer-seam';
import {
  advance,
  initialContext,
  interrupt,
  optionProblem,
  parkTopic,
  pauseEntry,
  pressureMs,
  receive,
  refuse,
  reply,
  replyProblem,
  showExhibit,
  startMeeting,
  endMeeting,
  walkOut,
  walkedOut,
  nextBeat,
  type Step,
} from './rules';
import type { MeetingContext, MeetingEmitted, MeetingEvent, MeetingInput } from './types';

export interface MachineDeps {
  scorer: ReplyScorer;
}

type Enqueue = {
  assign: (fn: () => Partial<MeetingContext>) => void;
  emit: (event: MeetingEmitted) => void;
};

function apply(enqueue: Enqueue, step: Step): void {
  enqueue.assign(() => step.context);
  for (const event of step.emitted) enqueue.emit(event);
}

export function createMeetingMachine({ scorer }: MachineDeps) {
  const machineSetup = setup({
    types: {
      context: {} as MeetingContext,
      events: {} as MeetingEvent,
      input: {} as MeetingInput,
      emitted: {} as MeetingEmitted,
    },
    delays: {
      pressure: ({ context }) => pressureMs(context),
      read: ({ context }) => Math.max(0, context.options.readMs),
    },
    guards: {
      canType: ({ context }) => context.options.replyMode !== 'pick',
      canPick: ({ context }) => context.options.replyMode !== 'type',
      replyOk: ({ event }) => event.type === 'reply.submit' && replyProblem(event.text) === null,
      optionOk: ({ context, event }) => event.type === 'reply.choose' && optionProblem(context, event.optionId) === null,
      someoneWalkedOut: ({ context }) => walkedOut(context) !== undefined,
      agendaDone: ({ context }) => nextBeat(context) === undefined,
      autoAdvance: ({ context }) => context.options.readMs > 0,
    },
    actions: {
      receive: enqueueActions(({ context, event, enqueue }) => {
        enqueue.assign(() => receive(context, event));
      }),
      start: enqueueActions(({ context, enqueue }) => apply(enqueue, startMeeting(context))),
      interrupt: enqueueActions(({ context, enqueue }) => apply(enqueue, interrupt(context))),
      replyText: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'reply.submit') return;
        apply(enqueue, reply(context, { mode: 'text', text: event.text }, scorer));
      }),
      replyChoice: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'reply.choose') return;
        apply(enqueue, reply(context, { mode: 'choice', optionId: event.optionId }, scorer));
      }),
      refuseReply: enqueueActions(({ context, event, enqueue }) => {
        let reason = 'That reply was not accepted.';
        if (event.type === 'reply.submit') {
          reason = context.options.replyMode === 'pick'
            ? 'This meeting is in pick mode: choose one of the lines.'
            : (replyProblem(event.text) ?? reason);
        } else if (event.type === 'reply.choose') {
          reason = context.options.replyMode === 'type'
            ? 'This meeting is in type mode: write your reply.'
            : (optionProblem(context, event.optionId) ?? reason);
        }
        enqueue.assign(() => refuse(context, reason));
      }),
      showExhibit: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'exhibit.show' && event.type !== 'exhibit.hide') return;
        apply(enqueue, showExhibit(context, event.exhibitId, event.type === 'exhibit.show'));
      }),
      parkTopic: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'topic.park') return;
        apply(enqueue, parkTopic(context, { topicId: event.topicId, label: event.label }, 'trainee'));
      }),
      pause: enqueueActions(({ context, enqueue }) => enqueue.assign(() => pauseEntry(context, 'pause'))),
      resume: enqueueActions(({ context, enqueue }) => enqueue.assign(() => pauseEntry(context, 'resume'))),
      advance: enqueueActions(({ context, enqueue }) => apply(enqueue, advance(context))),
      walkOut: enqueueActions(({ context, enqueue }) => apply(enqueue, walkOut(context, walkedOut(context)!))),
      quit: enqueueActions(({ context, enqueue }) =>
        apply(enqueue, endMeeting(context, 'abandoned', 'The meeting was left before the agenda was done.')),
      ),
    },
  });

  const replyTransitions = {
    'reply.submit': [
      { guard: and(['canType', 'replyOk']), target: 'reacting', actions: ['receive', 'replyText'] },
      { actions: 'refuseReply' },
    ],
    'reply.choose': [
      { guard: and(['canPick', 'optionOk']), target: 'reacting', actions: ['receive', 'replyChoice'] },
      { actions: 'refuseReply' },
    ],
  } as const;

  return machineSetup.createMachine({
    id: 'meeting',
    context: ({ input }) => initialContext(input),
    initial: 'lobby',
    states: {
      lobby: {
        on: {
          'meeting.start': { target: 'inMeeting', actions: ['receive', 'start'] },
          'meeting.quit': { target: 'abandoned', actions: ['receive', 'quit'] },
        },
      },
      inMeeting: {
        initial: 'awaitingReply',
        on: {
          'meeting.quit': { target: 'abandoned', actions: ['receive', 'quit'] },
          'exhibit.show': { actions: ['receive', 'showExhibit'] },
          'exhibit.hide': { actions: ['receive', 'showExhibit'] },
        },
        states: {
          awaitingReply: {
            tags: ['awaiting-reply', 'timer-running'],
            after: { pressure: { target: 'interrupted', actions: 'interrupt' } },
            on: {
              ...replyTransitions,
              'topic.park': { actions: ['receive', 'parkTopic'] },
              'meeting.pause': { target: 'paused', actions: ['receive', 'pause'] },
            },
          },
          interrupted: {
            always: [
              { guard: 'someoneWalkedOut', target: '#meeting.derailed', actions: 'walkOut' },
              { target: 'awaitingReply' },
            ],
          },
          paused: {
            // The pressure timer stops; the trainee can still think, show data, park a topic or reply.
            tags: ['awaiting-reply', 'paused'],
            on: {
              ...replyTransitions,
              'topic.park': { actions: ['receive', 'parkTopic'] },
              'meeting.resume': { target: 'awaitingReply', actions: ['receive', 'resume'] },
            },
          },
          reacting: {
            tags: ['reacting'],
            always: { guard: 'someoneWalkedOut', target: '#meeting.derailed', actions: 'walkOut' },
            after: { read: { guard: 'autoAdvance', target: 'advancing' } },
            on: { 'meeting.continue': { target: 'advancing', actions: 'receive' } },
          },
          advancing: {
            always: [
              { guard: 'agendaDone', target: '#meeting.completed', actions: 'advance' },
              { target: 'awaitingReply', actions: 'advance' },
            ],
          },
        },
      },
      completed: { type: 'final', tags: ['ended'] },
      derailed: { type: 'final', tags: ['ended'] },
      abandoned: { type: 'final', tags: ['ended'] },
    },
  });
}

export type MeetingMachine = ReturnType<typeof createMeetingMachine>;
