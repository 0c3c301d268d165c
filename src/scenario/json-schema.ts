/**
 * The editor schema for scenario files, generated from the zod schema (`npm run scenarios:schema` writes it to
 * `scenarios/scenario.schema.json`; scenario files point at it with `"$schema": "./scenario.schema.json"`).
 */
import { z } from 'zod';
import { Scenario } from './schema';

export const SCHEMA_FILE_NAME = 'scenario.schema.json';

/** The JSON Schema of a scenario file as written by hand (zod's input side: defaults are optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(Scenario, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    title: 'Hotseat scenario',
    description:
      'A post-mortem rehearsal for Hotseat: the incident brief, timeline, exhibits, stakeholders and agenda phases ' +
      'with their beats. Generated from src/scenario/schema.ts by `npm run scenarios:schema`; do not edit by hand. ' +
      'Check a scenario with `npm run scenarios:check`.',
    ...rest,
  };
}

/** The exact text of `scenarios/scenario.schema.json`. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
