/**
 * A finished meeting for the Debrief tests: the engine fixtures' tiny scenario played through `playMeeting` with the
 * keyword scorer, wrapped so replies also carry highlights and a blame tip with a rewrite, as the real scorer's do.
 */
import { playMeeting, scriptedStrategy, type TraineeAction } from '../../../engine/headless';
import type { ReplyScorer } from '../../../engine/scorer-seam';
import type { MeetingContext } from '../../../engine/types';
import { keywordScorer, tinyScenario } from '../../../../tests/fixtures/engine-fixtures';

const MARKS: [string, RegExp][] = [
  ['acknowledge', /hear you/i],
  ['evidence', /logs at 14:02/i],
  ['deferral', /park fixes/i],
  ['blame', /should have caught this/i],
  ['ownership', /\bowns\b/i],
];

export const BLAME_REWRITE = 'What was the front-end seeing at that moment?';

export const highlightingScorer: ReplyScorer = (text, context) => {
  const verdict = keywordScorer(text, context);
  const highlights = MARKS.flatMap(([move, re]) => {
    const m = re.exec(text);
    return m ? [{ move, start: m.index, end: m.index + m[0].length }] : [];
  });
  const tips = verdict.moves.blame
    ? [
        {
          about: 'blame',
          message: 'Naming a team makes people defend themselves instead of explaining what they saw.',
          quote: 'should have caught this',
          rewrite: BLAME_REWRITE,
        },
      ]
    : [];
  return { ...verdict, highlights, tips };
};

export const SCRIPT: TraineeAction[] = [
  { type: 'exhibit', exhibitId: 'errors' },
  { type: 'text', text: 'I hear you. The logs at 14:02 show the spike.' },
  { type: 'choose', optionId: 'fe-poor' },
  { type: 'choose', optionId: 'esc-good' },
  { type: 'silence' },
  { type: 'choose', optionId: 'infra-good' },
  { type: 'text', text: 'Lena owns the alerting fix, due Friday.' },
];

export function playedMeeting(actions: TraineeAction[] = SCRIPT): MeetingContext {
  return playMeeting({
    input: { scenario: tinyScenario(), options: { seed: 7 } },
    scorer: highlightingScorer,
    strategy: scriptedStrategy(actions),
  }).context;
}
