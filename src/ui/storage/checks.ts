/**
 * A small validator kit for the store, so the app's first screen needs no zod (zod/mini alone would add ~60 KB of
 * minified code to it). It covers only what the store's shapes use, and follows zod 4's rules and English messages
 * for those: objects drop unknown keys, numbers must be finite, record keys are checked and an own "__proto__" key
 * is skipped, and `isoDateTime()` is zod's `z.iso.datetime({ offset: true })` pattern. `store.test.ts` checks the
 * store's shapes against the same shapes written in zod, on generated input.
 */

/** One problem: where (a path into the checked value) and what, in plain words. */
export interface Issue {
  path: PropertyKey[];
  message: string;
}

export type ParseResult<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

export interface Schema<T> {
  /** Checks `input` at `path`, pushing problems onto `issues`; the result is only meaningful if none were pushed. */
  run(input: unknown, path: PropertyKey[], issues: Issue[]): T;
  /** The checked (and cleaned) value, or the problems found (the first is the one zod reports first). Never throws. */
  safeParse(input: unknown): ParseResult<T>;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A check on a string that passed the type check: a message if it fails, else null. */
export type StringCheck = (value: string) => string | null;

function schema<T>(run: Schema<T>['run']): Schema<T> {
  return {
    run,
    safeParse(input) {
      const issues: Issue[] = [];
      const data = run(input, [], issues);
      return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data };
    },
  };
}

/** The type name zod's messages use for a value it received: "null", "array", "NaN", a class name like "Date"… */
function typeName(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (typeof input !== 'object') return typeof input;
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  const ctor: unknown = Object.getPrototypeOf(input) !== Object.prototype && 'constructor' in input && input.constructor;
  return ctor ? String((ctor as { name?: unknown }).name) : 'object';
}

function wrongType(expected: string, input: unknown, path: PropertyKey[], issues: Issue[]): void {
  issues.push({ path, message: `Invalid input: expected ${expected}, received ${typeName(input)}` });
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join('|');
}

export const minLength =
  (min: number): StringCheck =>
  (s) =>
    s.length < min ? `Too small: expected string to have >=${min} characters` : null;

export const maxLength =
  (max: number): StringCheck =>
  (s) =>
    s.length > max ? `Too big: expected string to have <=${max} characters` : null;

export const matches =
  (pattern: RegExp, message: string): StringCheck =>
  (s) =>
    pattern.test(s) ? null : message;

export function string(...checks: StringCheck[]): Schema<string> {
  return schema((input, path, issues) => {
    if (typeof input !== 'string') {
      wrongType('string', input, path, issues);
      return '';
    }
    for (const check of checks) {
      const message = check(input);
      if (message !== null) issues.push({ path, message });
    }
    return input;
  });
}

const HHMM = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const DATE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
/** RFC 3339 date-time with seconds, optional fraction, and `Z` or a `±hh:mm` offset (zod's pattern, verbatim). */
const ISO_DATE_TIME = new RegExp(`^${DATE}T(?:${HHMM}:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-]${HHMM})))$`);

export const isoDateTime = (): Schema<string> => string(matches(ISO_DATE_TIME, 'Invalid ISO datetime'));

/** A finite number in [min, max]. */
export function number(min = -Infinity, max = Infinity): Schema<number> {
  return schema((input, path, issues) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) {
      wrongType('number', input, path, issues);
      return 0;
    }
    if (input < min) issues.push({ path, message: `Too small: expected number to be >=${min}` });
    if (input > max) issues.push({ path, message: `Too big: expected number to be <=${max}` });
    return input;
  });
}

export function boolean(): Schema<boolean> {
  return schema((input, path, issues) => {
    if (typeof input !== 'boolean') wrongType('boolean', input, path, issues);
    return input === true;
  });
}

/** One of `values` (a single value reads as a literal). */
export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return schema((input, path, issues) => {
    if (typeof input === 'string' && values.includes(input)) return input;
    issues.push({
      path,
      message:
        values.length === 1 ? `Invalid input: expected ${quoted(values)}` : `Invalid option: expected one of ${quoted(values)}`,
    });
    return values[0] as T[number];
  });
}

export function unknown(): Schema<unknown> {
  return schema((input) => input);
}

/** Anything but undefined or null. */
export function present(): Schema<unknown> {
  return schema((input, path, issues) => {
    if (input === undefined || input === null) issues.push({ path, message: 'Invalid input' });
    return input;
  });
}

/** `inner`, or `fallback` when the value is missing (undefined). */
export function withDefault<T>(inner: Schema<T>, fallback: T): Schema<T> {
  return schema((input, path, issues) => (input === undefined ? fallback : inner.run(input, path, issues)));
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return schema((input, path, issues) => {
    if (!Array.isArray(input)) {
      wrongType('array', input, path, issues);
      return [];
    }
    return input.map((value: unknown, i) => item.run(value, [...path, i], issues));
  });
}

/** zod's test for a record: an object whose constructor (if any) is a plain one. */
function isPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  const ctor: unknown = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false;
  return Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** An object with string keys that pass `keyChecks` and values that pass `value`; an own "__proto__" is skipped. */
export function record<T>(keyChecks: StringCheck[], value: Schema<T>): Schema<Record<string, T>> {
  return schema((input, path, issues) => {
    const out: Record<string, T> = {};
    if (!isPlainObject(input)) {
      wrongType('record', input, path, issues);
      return out;
    }
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      if (typeof key !== 'string' || keyChecks.some((check) => check(key) !== null)) {
        issues.push({ path: [...path, key], message: 'Invalid key in record' });
        continue;
      }
      out[key] = value.run(input[key], [...path, key], issues);
    }
    return out;
  });
}

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

/** A rule on the whole object, checked once its fields are valid; a failure is reported at `path`. */
export interface ObjectRule<T> {
  test: (value: T) => boolean;
  message: string;
  path: string[];
}

/** An object with exactly these fields (others are dropped from the result), in this order. */
export function object<S extends Shape>(shape: S, rule?: ObjectRule<ObjectOf<S>>): Schema<ObjectOf<S>> {
  return schema((input, path, issues) => {
    const out: Record<string, unknown> = {};
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      wrongType('object', input, path, issues);
      return out as ObjectOf<S>;
    }
    const before = issues.length;
    for (const [key, field] of Object.entries(shape)) {
      out[key] = field.run((input as Record<string, unknown>)[key], [...path, key], issues);
    }
    const value = out as ObjectOf<S>;
    if (rule && issues.length === before && !rule.test(value)) issues.push({ path: [...path, ...rule.path], message: rule.message });
    return value;
  });
}
