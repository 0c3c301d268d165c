/**
 * The scenario format's fixed vocabulary: id syntax, archetypes, phase kinds, moves and difficulties.
 *
 * Plain constants with no zod, so code on the app's first screen (the store, the scorer stand-in) can use them
 * without pulling the scenario schema and zod into the first bundle. `schema.ts` builds its zod enums from these
 * and re-exports them, so `import { MOVES } from './schema'` keeps working everywhere else.
 */

/** Ids are kebab-case so they read well in JSON pointers, URLs and transcripts. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MESSAGE = 'ids are kebab-case: lowercase letters, digits and single dashes';

export const ARCHETYPES = ['accusatory', 'defensive', 'demanding', 'executive', 'ally', 'neutral'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const PHASE_KINDS = ['opening', 'timeline', 'root-cause', 'action-items', 'close'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** The moves a reply can make, as the scorer reports them. Positive and negative moves share one vocabulary. */
export const MOVES = ['acknowledge', 'evidence', 'deferral', 'blame', 'prematureFix', 'hostility', 'ownership'] as const;
export type Move = (typeof MOVES)[number];
export const POSITIVE_MOVES = ['acknowledge', 'evidence', 'deferral', 'ownership'] as const;
export const NEGATIVE_MOVES = ['blame', 'prematureFix', 'hostility'] as const;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
