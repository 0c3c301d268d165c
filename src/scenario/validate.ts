/**
 * Schema validation: run the zod schema over parsed JSON and turn every issue into a finding an author can act on.
 */
import type { z } from 'zod';
import { Scenario } from './schema';
import type { Finding } from './diagnostics';
import type { JsonPath } from './json-locate';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

export type ValidationResult = { ok: true; data: Scenario; findings: Finding[] } | { ok: false; findings: Finding[] };

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The candidate closest to `name`, if it is plausibly a typo of it. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(name.length, best.length) / 3))
    ? best
    : undefined;
}

/** A value as an author would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return value === '' ? 'an empty string' : JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  return 'an object';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function expectedText(expected: unknown): string {
  return typeof expected === 'string' ? (EXPECTED[expected] ?? expected) : 'another type';
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sizeOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

/**
 * Messages for zod's built-in issues. Messages the schema itself sets (e.g. "ids are kebab-case...") take precedence
 * over these, as zod applies schema-level messages before a per-parse error map.
 */
function friendlyMessage(iss: RawIssue, allowedKeys: Map<string, string[]>): string | undefined {
  const input: unknown = iss.input;
  switch (iss.code) {
    case 'invalid_type':
      return `expected ${expectedText(iss.expected)} but got ${describeValue(input)}`;
    case 'invalid_value': {
      const values = iss.values;
      if (values.length === 1) return `expected ${JSON.stringify(values[0])} but got ${describeValue(input)}`;
      return `expected one of ${listValues(values)} but got ${describeValue(input)}`;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'array') {
        return min === 1 ? 'must not be empty' : `needs at least ${plural(min, 'item')} but has ${sizeOf(input) ?? 0}`;
      }
      if (iss.origin === 'string') return min === 1 ? 'must not be empty' : `must be at least ${plural(min, 'character')}`;
      return `must be ${iss.inclusive ? 'at least' : 'greater than'} ${min} but got ${describeValue(input)}`;
    }
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'array') return `must have at most ${plural(max, 'item')} but has ${sizeOf(input) ?? '?'}`;
      if (iss.origin === 'string') return `must be at most ${plural(max, 'character')}`;
      return `must be ${iss.inclusive ? 'at most' : 'less than'} ${max} but got ${describeValue(input)}`;
    }
    case 'invalid_format':
      return `does not match the expected format${iss.pattern ? ` ${iss.pattern}` : ''}`;
    case 'invalid_union': {
      const alternatives = iss.errors
        .map((errs) => errs[0])
        .map((e) => (e?.code === 'invalid_type' ? expectedText(e.expected) : undefined))
        .filter((e): e is string => e !== undefined);
      if (alternatives.length > 0) return `expected ${alternatives.join(' or ')} but got ${describeValue(input)}`;
      return undefined;
    }
    case 'unrecognized_keys': {
      const shape = (iss.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
      if (shape) allowedKeys.set(JSON.stringify(iss.path ?? []), Object.keys(shape));
      return undefined;
    }
    default:
      return undefined;
  }
}

function childPath(path: JsonPath, key: string | number): JsonPath {
  return [...path, key];
}

function issueFindings(issue: z.core.$ZodIssue, allowedKeys: Map<string, string[]>): Finding[] {
  const path: JsonPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const last = path[path.length - 1];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys.get(JSON.stringify(path)) ?? [];
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        const hint = guess ? `; did you mean "${guess}"?` : allowed.length ? `; allowed here: ${allowed.join(', ')}` : '';
        return {
          path: childPath(path, key),
          severity: 'error',
          code: 'unknown-property',
          message: `unknown property "${key}"${hint}`,
          at: 'key',
        };
      });
    }
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'invalid key';
      return [{ path, severity: 'error', code: 'invalid-key', message: `key ${describeValue(last)}: ${inner}`, at: 'key' }];
    }
    case 'invalid_type':
      if (input === undefined && typeof last === 'string') {
        return [
          {
            path,
            severity: 'error',
            code: 'missing-property',
            message: `missing required property "${last}" (${expectedText(issue.expected)})`,
          },
        ];
      }
      return [{ path, severity: 'error', code: 'invalid-type', message: issue.message }];
    case 'invalid_union': {
      const discriminated = issue as { discriminator?: string; options?: unknown[] };
      if (discriminated.discriminator && Array.isArray(discriminated.options)) {
        const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[discriminated.discriminator] : undefined;
        const options = listValues(discriminated.options);
        if (value === undefined) {
          return [
            {
              path,
              severity: 'error',
              code: 'missing-property',
              message: `missing required property "${discriminated.discriminator}" (one of ${options})`,
            },
          ];
        }
        return [{ path, severity: 'error', code: 'invalid-value', message: `expected one of ${options} but got ${describeValue(value)}` }];
      }
      return [{ path, severity: 'error', code: 'invalid-type', message: issue.message }];
    }
    case 'invalid_format': {
      const got = typeof input === 'string' && !/\bgot\b/.test(issue.message) ? ` but got ${describeValue(input)}` : '';
      return [{ path, severity: 'error', code: 'invalid-format', message: `${issue.message}${got}` }];
    }
    default:
      return [{ path, severity: 'error', code: issue.code.replace(/_/g, '-'), message: issue.message }];
  }
}

/** Validate parsed JSON against the scenario schema, collecting every issue (not just the first). */
export function validateScenarioData(data: unknown): ValidationResult {
  const allowedKeys = new Map<string, string[]>();
  const result = Scenario.safeParse(data, { reportInput: true, error: (iss) => friendlyMessage(iss, allowedKeys) });
  if (result.success) return { ok: true, data: result.data, findings: [] };
  return { ok: false, findings: result.error.issues.flatMap((issue) => issueFindings(issue, allowedKeys)) };
}
