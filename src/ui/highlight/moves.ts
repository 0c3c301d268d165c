/**
 * How the debrief names and colours what the scorer found in a reply: the seven moves and the scorer's flags.
 *
 * A highlight's `move` is a move ("acknowledge", "blame") or a flag ("counterfactual", "how-what-question"). Each is
 * a good move, a trap, or neither; the UI shows traps differently from good moves, never by colour alone.
 */
import { NEGATIVE_MOVES, POSITIVE_MOVES } from '../../scenario/vocabulary';

export type MoveKind = 'good' | 'trap' | 'other';

const GOOD_FLAGS = new Set([
  'symptom-reframe',
  'how-what-question',
  'parks-topic',
  'restores-safety',
  'keeps-fair',
  'blameless-frame',
  'has-owner',
  'has-deadline',
  'exhibit',
]);

const TRAP_FLAGS = new Set([
  'counterfactual',
  'why-who-question',
  'hindsight',
  'prevention-promise',
  'vague-action',
  'reading-out',
  'names-team',
  'names-person',
  'human-error',
  'counter-blame',
  'agrees-with-blame',
  'praise-judgement',
  'sarcasm',
  'threat',
  'hedged-fix',
  'only-dashboard',
  'shared-owner',
]);

const LABELS: Record<string, string> = {
  acknowledge: 'acknowledge',
  evidence: 'evidence',
  deferral: 'defer fixes',
  ownership: 'ownership',
  blame: 'blame',
  prematureFix: 'premature fix',
  hostility: 'hostility',
  counterfactual: 'counterfactual',
  'why-who-question': 'why/who question',
  hindsight: 'hindsight',
  'prevention-promise': 'promising it never happens again',
  'vague-action': 'vague action',
  'reading-out': 'reading the document out',
  'names-team': 'names a team',
  'names-person': 'names a person',
  'human-error': '"human error"',
  'counter-blame': 'counter-blame',
  'agrees-with-blame': 'agrees with the blame',
  'praise-judgement': 'judging, even as praise',
  sarcasm: 'sarcasm',
  threat: 'threat',
  'hedged-fix': 'hedged fix',
  'only-dashboard': 'a dashboard as the only fix',
  'shared-owner': 'no single owner',
  'symptom-reframe': 'symptom, not cause',
  'how-what-question': 'how/what question',
  'parks-topic': 'parks a topic',
  'restores-safety': 'restores safety',
  'keeps-fair': 'keeps it fair',
  'blameless-frame': 'blameless frame',
  'has-owner': 'names an owner',
  'has-deadline': 'sets a date',
  exhibit: 'shows the data',
};

const DESCRIPTIONS: Record<string, string> = {
  acknowledge: 'Names the concern or its impact without judging it: "I understand why this worries you."',
  evidence: 'Points to the timeline, logs, metrics or exact times: "At 14:02 the graph spikes."',
  deferral: 'Parks fixes until the causes are understood: "Good idea; let\'s note it for action items."',
  ownership: 'An action with one owner and a date: "Lena owns the alert, due Dec 10."',
  blame: 'Points at a person or team, or says someone "should have": a person is never the root cause.',
  prematureFix: 'Jumps to a fix before the analysis: fixes proposed mid-timeline rarely address the real causes.',
  hostility: 'A dismissive or hostile tone ("calm down", "ridiculous") shuts people up.',
};

/** Whether a move or flag is a good move, a trap, or neither. */
export function moveKind(move: string): MoveKind {
  if ((POSITIVE_MOVES as readonly string[]).includes(move) || GOOD_FLAGS.has(move)) return 'good';
  if ((NEGATIVE_MOVES as readonly string[]).includes(move) || TRAP_FLAGS.has(move)) return 'trap';
  return 'other';
}

/** A short human label: "prematureFix" -> "premature fix", "why-who-question" -> "why/who question". */
export function moveLabel(move: string): string {
  return LABELS[move] ?? move.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
}

/** One sentence on what the move is, for legends and tables; empty for flags without one. */
export function moveDescription(move: string): string {
  return DESCRIPTIONS[move] ?? '';
}

/** A CSS-safe class suffix for a move or flag. */
export function moveClass(move: string): string {
  return move.replace(/[^A-Za-z0-9-]/g, '-');
}
