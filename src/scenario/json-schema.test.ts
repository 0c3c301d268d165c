import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE_NAME, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema';

const committed = fileURLToPath(new URL(`../../scenarios/${SCHEMA_FILE_NAME}`, import.meta.url));

describe('scenarios/scenario.schema.json', () => {
  it('is exactly what `npm run scenarios:schema` would write (run it after changing schema.ts)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the scenario file for editors: title, required top-level fields, enums and id patterns', () => {
    const schema = scenarioJsonSchema() as {
      $schema: string;
      title: string;
      description: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { properties?: Record<string, unknown>; default?: unknown }>;
    };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.title).toBe('Hotseat scenario');
    expect(schema.description).toMatch(/scenarios:schema/);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'title', 'brief', 'timeline', 'exhibits', 'stakeholders', 'phases']));
    // Input side: fields with defaults are optional for authors.
    expect(schema.required).not.toContain('settings');
    expect(schema.required).not.toContain('topics');
    expect(schema.additionalProperties).toBe(false);
    const text = scenarioJsonSchemaText();
    expect(text).toContain('"accusatory"');
    expect(text).toContain('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });
});
