/**
 * Compile a validated scenario into the runtime form the engine reads: the same data plus flat, indexed views.
 * The result is plain JSON (records, no Maps or functions) so it can travel with a persisted meeting.
 */
import type { Beat, Exhibit, Phase, PhaseKind, Scenario, Stakeholder } from './schema';

export interface CompiledBeat extends Beat {
  phaseId: string;
  phaseKind: PhaseKind;
  phaseIndex: number;
  /** Position in `CompiledScenario.beats`. */
  order: number;
}

export interface CompiledScenario {
  id: string;
  title: string;
  brief: Scenario['brief'];
  timeline: Scenario['timeline'];
  exhibits: Exhibit[];
  stakeholders: Stakeholder[];
  topics: Scenario['topics'];
  settings: Scenario['settings'];
  phases: Pick<Phase, 'id' | 'kind' | 'title' | 'goal'>[];
  /** Every beat in agenda order. */
  beats: CompiledBeat[];
  beatIndex: Record<string, number>;
  stakeholderIndex: Record<string, Stakeholder>;
  exhibitIndex: Record<string, Exhibit>;
  topicIndex: Record<string, string>;
}

export function compileScenario(scenario: Scenario): CompiledScenario {
  const beats: CompiledBeat[] = [];
  scenario.phases.forEach((phase, phaseIndex) => {
    for (const beat of phase.beats) {
      beats.push({ ...beat, phaseId: phase.id, phaseKind: phase.kind, phaseIndex, order: beats.length });
    }
  });
  return {
    id: scenario.id,
    title: scenario.title,
    brief: scenario.brief,
    timeline: scenario.timeline,
    exhibits: scenario.exhibits,
    stakeholders: scenario.stakeholders,
    topics: scenario.topics,
    settings: scenario.settings,
    phases: scenario.phases.map(({ id, kind, title, goal }) => ({ id, kind, title, goal })),
    beats,
    beatIndex: Object.fromEntries(beats.map((b) => [b.id, b.order])),
    stakeholderIndex: Object.fromEntries(scenario.stakeholders.map((s) => [s.id, s])),
    exhibitIndex: Object.fromEntries(scenario.exhibits.map((e) => [e.id, e])),
    topicIndex: Object.fromEntries(scenario.topics.map((t) => [t.id, t.label])),
  };
}

/** The beat that follows `from` in the linear agenda, skipping follow-up beats; undefined at the end. */
export function nextInOrder(scenario: CompiledScenario, from: number): CompiledBeat | undefined {
  for (let i = from + 1; i < scenario.beats.length; i++) {
    const beat = scenario.beats[i]!;
    if (!beat.followUp) return beat;
  }
  return undefined;
}

/** The first beat of the meeting. */
export function firstBeat(scenario: CompiledScenario): CompiledBeat | undefined {
  return nextInOrder(scenario, -1);
}
