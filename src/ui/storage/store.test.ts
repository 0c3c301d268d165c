// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Id } from '../../scenario/schema';
import { isoDateTime } from './checks';
import {
  Attempt,
  ATTEMPTS_KEY,
  createMemoryStorage,
  createStore,
  DEFAULT_SETTINGS,
  inProgressKey,
  MAX_ATTEMPTS_PER_SCENARIO,
  TRANSCRIPTS_PER_SCENARIO,
  QUARANTINE_PREFIX,
  Settings,
  SETTINGS_KEY,
  type StorageLike,
} from './store';

const T0 = Date.parse('2025-03-14T09:00:00.000Z');

/** A clock that moves one second per call. */
function clock(start = T0) {
  let t = start;
  return () => (t += 1000);
}

function attempt(n: number, over: Partial<Attempt> = {}): Attempt {
  const start = T0 + n * 60_000;
  return {
    id: `attempt-${n}`,
    scenarioId: 'bridge-halt',
    scenarioTitle: 'The bridge halt',
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(start + 30_000).toISOString(),
    outcome: 'completed',
    score: 72,
    level: 'Steady hand',
    moveRates: { acknowledge: 0.5, blame: 0 },
    transcript: [{ speaker: 'cfo', text: 'Who signed off on this?' }],
    ...over,
  };
}

/** Every key in a Storage, for asserting what was set aside. */
function keys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').sort();
}

function quarantined(storage: Storage): Array<[string, string | null]> {
  return keys(storage)
    .filter((k) => k.startsWith(QUARANTINE_PREFIX))
    .map((k) => [k, storage.getItem(k)]);
}

/** A storage whose writes fail like a full browser quota. */
function fullStorage(): StorageLike & { writes: number } {
  const inner = createMemoryStorage();
  return {
    writes: 0,
    getItem: (k) => inner.getItem(k),
    removeItem: (k) => inner.removeItem(k),
    setItem() {
      this.writes++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('meeting in progress', () => {
  it('round-trips a snapshot per scenario in a versioned envelope, and clears it', () => {
    const store = createStore(localStorage, { now: () => T0 });
    const snapshot = { value: { meeting: 'timeline' }, context: { tension: { cfo: 3 } } };
    expect(store.saveInProgress('bridge-halt', snapshot)).toBe(true);
    expect(store.saveInProgress('db-failover', { value: 'opening' })).toBe(true);

    expect(JSON.parse(localStorage.getItem(inProgressKey('bridge-halt')) ?? '')).toEqual({
      v: 1,
      savedAt: '2025-03-14T09:00:00.000Z',
      data: snapshot,
    });
    // A fresh store (a reload) reads it back.
    expect(createStore(localStorage).loadInProgress('bridge-halt')).toEqual(snapshot);

    store.clearInProgress('bridge-halt');
    expect(store.loadInProgress('bridge-halt')).toBeNull();
    expect(store.loadInProgress('db-failover')).toEqual({ value: 'opening' });
    expect(store.takeNotices()).toEqual([]);
  });

  it('a snapshot that cannot be turned into JSON is reported, not thrown', () => {
    const store = createStore(localStorage);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(store.saveInProgress('bridge-halt', cyclic)).toBe(false);
    expect(store.takeNotices()).toEqual([
      'The meeting in progress could not be saved (it could not be converted to text).',
    ]);
  });
});

describe('attempts', () => {
  it('lists newest first, filters by scenario, and replaces an attempt saved again under its id', () => {
    const store = createStore(localStorage);
    store.addAttempt(attempt(2));
    store.addAttempt(attempt(1));
    store.addAttempt(attempt(3, { scenarioId: 'db-failover' }));
    expect(store.listAttempts().map((a) => a.id)).toEqual(['attempt-3', 'attempt-2', 'attempt-1']);
    expect(store.listAttempts('bridge-halt').map((a) => a.id)).toEqual(['attempt-2', 'attempt-1']);
    expect(store.listAttempts('nope')).toEqual([]);

    store.addAttempt(attempt(2, { score: 90 }));
    expect(createStore(localStorage).listAttempts('bridge-halt')).toEqual([attempt(2, { score: 90 }), attempt(1)]);
  });

  it(`keeps the newest ${MAX_ATTEMPTS_PER_SCENARIO} per scenario, dropping the oldest`, () => {
    const store = createStore(localStorage);
    store.addAttempt(attempt(0, { id: 'other', scenarioId: 'db-failover' }));
    for (let n = 1; n <= MAX_ATTEMPTS_PER_SCENARIO + 2; n++) store.addAttempt(attempt(n));
    const kept = store.listAttempts('bridge-halt');
    expect(kept).toHaveLength(MAX_ATTEMPTS_PER_SCENARIO);
    expect(kept[0]?.id).toBe(`attempt-${MAX_ATTEMPTS_PER_SCENARIO + 2}`);
    expect(kept.at(-1)?.id).toBe('attempt-3');
    // The other scenario's single, older attempt is untouched by this scenario's cap.
    expect(store.listAttempts('db-failover').map((a) => a.id)).toEqual(['other']);
  });

  it(`keeps full transcripts for the newest ${TRANSCRIPTS_PER_SCENARIO} attempts of a scenario and summaries for older ones`, () => {
    const store = createStore(localStorage);
    for (let n = 1; n <= TRANSCRIPTS_PER_SCENARIO + 3; n++) store.addAttempt(attempt(n));
    const kept = createStore(localStorage).listAttempts('bridge-halt');
    expect(kept).toHaveLength(TRANSCRIPTS_PER_SCENARIO + 3);
    expect(kept.slice(0, TRANSCRIPTS_PER_SCENARIO).every((a) => a.transcript.length === 1)).toBe(true);
    expect(kept.slice(TRANSCRIPTS_PER_SCENARIO).every((a) => a.transcript.length === 0)).toBe(true);
    // Summaries stay for the progress view.
    expect(kept.at(-1)).toMatchObject({ id: 'attempt-1', score: 72, moveRates: { acknowledge: 0.5, blame: 0 } });
  });

  it('refuses an invalid attempt with a notice instead of storing it', () => {
    const store = createStore(localStorage);
    expect(store.addAttempt(attempt(1, { score: 140 }))).toBe(false);
    expect(store.listAttempts()).toEqual([]);
    expect(store.takeNotices()[0]).toMatch(/^This attempt could not be saved because it is incomplete \(score: /);
  });
});

describe('settings', () => {
  it('starts from defaults, merges partial saves, and survives a reload', () => {
    const store = createStore(localStorage);
    expect(store.getSettings()).toEqual({
      replyMode: 'both',
      difficulty: 'medium',
      hints: false,
      sound: true,
      reducedMotion: 'system',
    });
    expect(store.saveSettings({ sound: false, difficulty: 'hard' })).toEqual({
      ...DEFAULT_SETTINGS,
      sound: false,
      difficulty: 'hard',
    });
    store.saveSettings({ hints: true });
    expect(createStore(localStorage).getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sound: false,
      difficulty: 'hard',
      hints: true,
    });
  });

  it('fills in a field missing from older saved settings with its default', () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ v: 1, savedAt: '', data: { replyMode: 'type' } }));
    const store = createStore(localStorage);
    expect(store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, replyMode: 'type' });
    expect(store.takeNotices()).toEqual([]);
  });

  it('ignores an invalid setting with a notice and keeps the saved ones', () => {
    const store = createStore(localStorage);
    store.saveSettings({ replyMode: 'pick' });
    const bad = { replyMode: 'voice' } as unknown as Partial<typeof DEFAULT_SETTINGS>;
    expect(store.saveSettings(bad)).toEqual({ ...DEFAULT_SETTINGS, replyMode: 'pick' });
    expect(store.getSettings().replyMode).toBe('pick');
    expect(store.takeNotices()).toEqual([
      expect.stringContaining('Your settings could not be saved because one of them is not valid (replyMode:'),
    ]);
  });
});

describe('unreadable data is set aside, kept, and reported', () => {
  it('corrupted JSON in attempts: empty list, the original moved to a quarantine key, a clear notice', () => {
    localStorage.setItem(ATTEMPTS_KEY, '{"v":1,"savedAt":"x","data":[{"id":');
    const store = createStore(localStorage, { now: () => T0 });
    expect(store.listAttempts()).toEqual([]);
    expect(store.takeNotices()).toEqual([
      'Your saved attempts could not be read; they were set aside and the app started clean.',
    ]);
    expect(localStorage.getItem(ATTEMPTS_KEY)).toBeNull();
    expect(quarantined(localStorage)).toEqual([
      [`hotseat.quarantine.${T0}.hotseat.attempts`, '{"v":1,"savedAt":"x","data":[{"id":'],
    ]);
    // The app carries on: new attempts save, and the notice is not repeated.
    expect(store.addAttempt(attempt(1))).toBe(true);
    expect(store.listAttempts()).toHaveLength(1);
    expect(store.takeNotices()).toEqual([]);
  });

  it('data from another version is set aside with its own notice', () => {
    const future = JSON.stringify({ v: 2, savedAt: '2026-01-01T00:00:00Z', data: { replyMode: 'voice' } });
    const old = JSON.stringify({ v: 0, savedAt: '2024-01-01T00:00:00Z', data: { state: 'x' } });
    localStorage.setItem(SETTINGS_KEY, future);
    localStorage.setItem(inProgressKey('bridge-halt'), old);
    const store = createStore(localStorage, { now: () => T0 });
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(store.loadInProgress('bridge-halt')).toBeNull();
    expect(store.takeNotices()).toEqual([
      'Your settings were saved by a different version of Hotseat; they were set aside and the defaults are in use.',
      'The meeting you left in progress was saved by a different version of Hotseat; it was set aside, so start the scenario again.',
    ]);
    expect(quarantined(localStorage)).toEqual([
      [`hotseat.quarantine.${T0}.hotseat.inProgress.bridge-halt`, old],
      [`hotseat.quarantine.${T0}.hotseat.settings`, future],
    ]);
  });

  it.each([
    ['a bare value without an envelope', JSON.stringify({ replyMode: 'type' })],
    ['a wrong shape inside the envelope', JSON.stringify({ v: 1, savedAt: '', data: { replyMode: 42 } })],
    ['plain text', 'dark mode please'],
  ])('settings holding %s read as defaults, set aside', (_label, raw) => {
    localStorage.setItem(SETTINGS_KEY, raw);
    const store = createStore(localStorage);
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(store.takeNotices()).toEqual([
      'Your settings could not be read; they were set aside and the defaults are in use.',
    ]);
    expect(quarantined(localStorage).map(([, value]) => value)).toEqual([raw]);
  });

  it('a few bad attempts among good ones: the good ones are kept, the original is set aside whole', () => {
    const raw = JSON.stringify({
      v: 1,
      savedAt: '2025-03-14T09:00:00Z',
      data: [attempt(1), { id: 'broken', score: 'high' }, attempt(2)],
    });
    localStorage.setItem(ATTEMPTS_KEY, raw);
    const store = createStore(localStorage);
    expect(store.listAttempts().map((a) => a.id)).toEqual(['attempt-2', 'attempt-1']);
    expect(store.takeNotices()).toEqual([
      '1 saved attempt of 3 could not be read; it was set aside and the rest were kept.',
    ]);
    expect(quarantined(localStorage).map(([, value]) => value)).toEqual([raw]);
    // The cleaned list was written back, so the next read is quiet.
    expect(createStore(localStorage).listAttempts()).toHaveLength(2);
  });

  it('never overwrites an earlier quarantine set aside at the same moment', () => {
    const store = createStore(localStorage, { now: () => T0 });
    localStorage.setItem(SETTINGS_KEY, 'first');
    store.getSettings();
    localStorage.setItem(SETTINGS_KEY, 'second');
    store.getSettings();
    expect(quarantined(localStorage)).toEqual([
      [`hotseat.quarantine.${T0}-2.hotseat.settings`, 'second'],
      [`hotseat.quarantine.${T0}.hotseat.settings`, 'first'],
    ]);
  });

  it('takeNotices empties the queue and does not repeat a notice', () => {
    localStorage.setItem(SETTINGS_KEY, 'x');
    const store = createStore(localStorage);
    store.getSettings();
    localStorage.setItem(SETTINGS_KEY, 'y');
    store.getSettings();
    expect(store.takeNotices()).toHaveLength(1);
    expect(store.takeNotices()).toEqual([]);
  });
});

describe('export and import', () => {
  it('round-trips attempts to another browser', () => {
    const mine = createStore(createMemoryStorage(), { now: clock() });
    mine.addAttempt(attempt(1));
    mine.addAttempt(attempt(2, { scenarioId: 'db-failover', outcome: 'derailed', score: 12 }));
    const json = mine.exportAttempts();

    const theirs = createStore(localStorage);
    theirs.addAttempt(attempt(9, { id: 'their-own' }));
    expect(theirs.importAttempts(json)).toEqual({
      imported: 2,
      rejected: 0,
      skipped: 0,
      message: 'Imported 2 attempts.',
      problems: [],
    });
    expect(theirs.listAttempts().map((a) => a.id)).toEqual(['their-own', 'attempt-2', 'attempt-1']);
    expect(theirs.listAttempts('db-failover')).toEqual([
      attempt(2, { scenarioId: 'db-failover', outcome: 'derailed', score: 12 }),
    ]);
  });

  it('never overwrites an existing id, and rejects invalid attempts with a reason', () => {
    const store = createStore(localStorage);
    store.addAttempt(attempt(1, { score: 80 }));
    const file = JSON.stringify({
      v: 1,
      savedAt: '2025-03-15T10:00:00Z',
      data: {
        app: 'hotseat',
        kind: 'attempts',
        attempts: [
          attempt(1, { score: 5 }), // same id as mine: must not replace it
          attempt(2),
          { ...attempt(3), outcome: 'won' },
          { ...attempt(4), endedAt: '2020-01-01T00:00:00Z' },
          'not an attempt',
          attempt(2), // repeated within the file
        ],
      },
    });
    const result = store.importAttempts(file);
    expect(result).toMatchObject({ imported: 1, rejected: 3, skipped: 2 });
    expect(result.problems).toEqual([
      expect.stringMatching(/^Attempt 3 \(attempt-3\): outcome: /),
      'Attempt 4 (attempt-4): endedAt: endedAt must not be before startedAt',
      expect.stringMatching(/^Attempt 5: /),
    ]);
    expect(result.message).toMatch(
      /^Imported 1 attempt\. 3 attempts were rejected because they are incomplete or invalid \(Attempt 3 .*\)\. 2 attempts were already here and left unchanged\.$/,
    );
    expect(store.listAttempts().find((a) => a.id === 'attempt-1')?.score).toBe(80);
    expect(store.listAttempts().map((a) => a.id)).toEqual(['attempt-2', 'attempt-1']);
  });

  it.each([
    ['', 'The file is empty, so nothing was imported.'],
    ['{"attempts": [', 'The file is not valid JSON, so nothing was imported.'],
    ['{"name": "my notes", "items": []}', 'The file is not a Hotseat attempts export, so nothing was imported.'],
    ['{"v": 1, "savedAt": "", "data": {"kind": "settings"}}', 'The file is not a Hotseat attempts export, so nothing was imported.'],
    ['{"v": 3, "savedAt": "", "data": {}}', 'The file was exported by a different version of Hotseat, so nothing was imported.'],
    ['42', 'The file is not a Hotseat attempts export, so nothing was imported.'],
    ['[]', 'The file holds no attempts.'],
  ])('rejects foreign data %j without touching stored attempts', (json, message) => {
    const store = createStore(localStorage);
    store.addAttempt(attempt(1));
    expect(store.importAttempts(json)).toEqual({ imported: 0, rejected: 0, skipped: 0, message, problems: [] });
    expect(store.listAttempts().map((a) => a.id)).toEqual(['attempt-1']);
  });

  it('a hostile "__proto__" move name is dropped and pollutes nothing', () => {
    const store = createStore(localStorage);
    const evil = `[${JSON.stringify(attempt(1)).replace('"moveRates":{', '"moveRates":{"__proto__":{"polluted":1},')}]`;
    expect(evil).toContain('"__proto__"');
    expect(store.importAttempts(evil)).toMatchObject({ imported: 1, rejected: 0 });
    const [stored] = createStore(localStorage).listAttempts();
    expect(Object.keys(stored?.moveRates ?? {})).toEqual(['acknowledge', 'blame']);
    expect(Object.getPrototypeOf(stored?.moveRates)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever it is given, and its counts add up', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.array(fc.oneof(fc.jsonValue(), fc.constant(attempt(7)))).map((items) => JSON.stringify(items)),
        ),
        (json) => {
          const store = createStore(createMemoryStorage());
          const result = store.importAttempts(json);
          expect(result.imported + result.rejected + result.skipped).toBeLessThanOrEqual(
            Math.max(1, json.length),
          );
          expect(store.listAttempts()).toHaveLength(result.imported);
          expect(result.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('storage failures', () => {
  it('a full quota is a notice, never an exception', () => {
    const storage = fullStorage();
    const store = createStore(storage);
    expect(store.addAttempt(attempt(1))).toBe(false);
    expect(store.saveInProgress('bridge-halt', { value: 'x' })).toBe(false);
    expect(store.saveSettings({ sound: false })).toEqual({ ...DEFAULT_SETTINGS, sound: false });
    expect(store.importAttempts(JSON.stringify([attempt(2)]))).toMatchObject({
      imported: 0,
      message: "Nothing was imported: the browser's storage for this site is full or refused the data.",
    });
    expect(storage.writes).toBe(4);
    expect(store.takeNotices()).toEqual([
      "This attempt could not be saved: the browser's storage for this site is full. Export your attempts to keep a copy.",
      "The meeting in progress could not be saved: the browser's storage for this site is full. Export your attempts to keep a copy.",
      "Your settings could not be saved: the browser's storage for this site is full. Export your attempts to keep a copy.",
      "The imported attempts could not be saved: the browser's storage for this site is full. Export your attempts to keep a copy.",
    ]);
  });

  it("hits jsdom's real localStorage quota with an oversized snapshot and reports it", () => {
    const store = createStore(localStorage);
    expect(store.saveInProgress('bridge-halt', { blob: 'x'.repeat(6_000_000) })).toBe(false);
    expect(store.takeNotices()[0]).toMatch(/storage for this site is full/);
    expect(localStorage.getItem(inProgressKey('bridge-halt'))).toBeNull();
  });

  it('falls back to memory, with a notice, when the browser blocks localStorage', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => undefined,
    });
    const store = createStore();
    expect(store.takeNotices()).toEqual([
      'This browser is not letting Hotseat save anything, so your attempts and settings will be lost when you close the tab.',
    ]);
    expect(store.addAttempt(attempt(1))).toBe(true);
    expect(store.listAttempts()).toHaveLength(1);
  });

  it('uses window.localStorage by default', () => {
    createStore(undefined, { now: () => T0 }).addAttempt(attempt(1));
    expect(keys(localStorage)).toEqual([ATTEMPTS_KEY]);
  });
});

/**
 * The store validates without zod (so zod stays off the first screen). These are the zod shapes it used before;
 * on generated input the store must accept exactly what they accept, return the same data, and report the same
 * first problem (the one notices and import reports show).
 */
describe('validation matches the zod shapes it replaced', () => {
  const ZodAttempt = z
    .object({
      id: z.string().min(1).max(200),
      scenarioId: Id,
      scenarioTitle: z.string().min(1).max(300),
      startedAt: z.iso.datetime({ offset: true }),
      endedAt: z.iso.datetime({ offset: true }),
      outcome: z.enum(['completed', 'derailed', 'abandoned']),
      score: z.number().min(0).max(100),
      level: z.string().min(1).max(100),
      moveRates: z.record(
        z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'move names are letters, digits and dashes'),
        z.number().min(0).max(1),
      ),
      transcript: z.array(z.unknown()),
    })
    .refine((a) => Date.parse(a.endedAt) >= Date.parse(a.startedAt), {
      message: 'endedAt must not be before startedAt',
      path: ['endedAt'],
    });

  const ZodSettings = z.object({
    replyMode: z.enum(['type', 'pick', 'both']).default('both'),
    difficulty: z.enum(['easy', 'medium', 'hard']).default('medium'),
    hints: z.boolean().default(false),
    sound: z.boolean().default(true),
    reducedMotion: z.enum(['system', 'on', 'off']).default('system'),
  });

  type Outcome = { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  function sameVerdict(ours: Outcome, theirs: Outcome): void {
    expect(ours.success).toBe(theirs.success);
    if (ours.success && theirs.success) {
      expect(ours.data).toStrictEqual(theirs.data);
    } else if (!ours.success && !theirs.success) {
      const first = (o: typeof ours) => ({ path: o.error.issues[0]?.path, message: o.error.issues[0]?.message });
      expect(first(ours)).toEqual(first(theirs));
    }
  }

  const times = [
    '2025-03-14T09:00:00Z', '2025-03-14T09:00:00.123Z', '2025-03-14T10:30:00+01:00', '2025-03-14T09:00:00-23:59',
    '2025-03-14T09:00:00+24:00', '2025-03-14T09:00Z', '2025-03-14T09:00:00', '2025-03-14 09:00:00Z',
    '2024-02-29T00:00:00Z', '2025-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2000-02-29T23:59:59.5Z',
    '2025-04-31T00:00:00Z', '2025-13-01T00:00:00Z', '2025-03-14T24:00:00Z', '2025-03-14t09:00:00z', '',
  ];
  const junk = fc.oneof(
    fc.constantFrom<unknown>(null, undefined, true, 0, -0, 1, 100, NaN, Infinity, -Infinity, [], {}, ['x'], 'x'),
    fc.constantFrom<unknown>(new Date(0), new Map(), new Set(), Object.create(null)),
    fc.jsonValue(),
  );
  const text = fc.oneof(
    fc.constantFrom('', 'a', 'bridge-halt', 'Bridge', 'a--b', '-a', 'a-', 'x'.repeat(100), 'x'.repeat(101)),
    fc.constantFrom('x'.repeat(200), 'x'.repeat(201), 'x'.repeat(300), 'x'.repeat(301)),
    fc.string({ maxLength: 12 }),
  );
  const num = fc.oneof(
    fc.constantFrom(0, -0, 1, 0.5, 100, 100.0001, -1e-9, 1.5, NaN, Infinity),
    fc.double(),
  );
  const moveKey = fc.oneof(
    fc.constantFrom('acknowledge', 'prematureFix', 'a-b', 'A1', '__proto__', 'constructor', '1', '', '_x', 'a b'),
    fc.string({ maxLength: 6 }),
  );
  const field = <T,>(valid: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: junk });

  it('attempts', () => {
    const attemptLike = fc.record(
      {
        id: field(fc.constant('a-1'), text),
        scenarioId: field(fc.constant('bridge-halt'), text),
        scenarioTitle: field(fc.constant('The bridge halt'), text),
        startedAt: field(fc.constant('2025-03-14T09:00:00Z'), fc.constantFrom(...times)),
        endedAt: field(fc.constant('2025-03-14T09:30:00Z'), fc.constantFrom(...times)),
        outcome: field(fc.constant('completed'), fc.constantFrom('derailed', 'abandoned', 'won', 'Completed')),
        score: field(fc.constant(72), num),
        level: field(fc.constant('Steady hand'), text),
        moveRates: field(fc.constant({ acknowledge: 0.5 }), fc.dictionary(moveKey, field(fc.constant(0.25), num))),
        transcript: field(fc.constant([{ speaker: 'cfo' }]), fc.array(junk, { maxLength: 3 })),
        extra: junk,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: attemptLike }, { weight: 1, arbitrary: junk }), (input) => {
        sameVerdict(Attempt.safeParse(input), ZodAttempt.safeParse(input));
      }),
      { numRuns: 3000 },
    );
    // The same on JSON that went through a string, as imports and storage see it (an own "__proto__" key).
    const hostile = JSON.parse(
      JSON.stringify(attempt(1)).replace('"moveRates":{', '"moveRates":{"__proto__":{"polluted":1},'),
    ) as unknown;
    sameVerdict(Attempt.safeParse(hostile), ZodAttempt.safeParse(hostile));
  });

  it('settings', () => {
    const choice = (values: string[]) => field(fc.constantFrom(...values), fc.constantFrom('', 'voice', 'Both'));
    const settingsLike = fc.record(
      {
        replyMode: choice(['type', 'pick', 'both']),
        difficulty: choice(['easy', 'medium', 'hard']),
        hints: field(fc.boolean(), fc.constantFrom('true', 1)),
        sound: field(fc.boolean(), fc.constantFrom('false', 0)),
        reducedMotion: choice(['system', 'on', 'off']),
        extra: junk,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: settingsLike }, { weight: 1, arbitrary: junk }), (input) => {
        sameVerdict(Settings.safeParse(input), ZodSettings.safeParse(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('ISO date-times, field by field', () => {
    // Mostly near-valid parts (two-digit fields around their limits), sometimes any digits.
    const part = (max: number, width = 2) =>
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0')) },
        { weight: 1, arbitrary: fc.stringMatching(/^\d{1,3}$/) },
      );
    const zone = fc.oneof(
      fc.constantFrom('Z', 'z', '', '+0100', '+01'),
      fc.tuple(fc.constantFrom('+', '-'), part(25), part(61)).map(([sign, h, m]) => `${sign}${h}:${m}`),
    );
    const stamp = fc
      .tuple(
        part(2400, 4), part(13), part(32), fc.constantFrom('T', 'T', 'T', 't', ' '), part(25), part(61),
        fc.option(part(61), { nil: undefined, freq: 5 }), fc.option(fc.stringMatching(/^\d{0,4}$/), { nil: undefined }),
        zone,
      )
      .map(([y, mo, d, t, h, mi, s, frac, tz]) =>
        `${y}-${mo}-${d}${t}${h}:${mi}${s === undefined ? '' : `:${s}`}${frac === undefined ? '' : `.${frac}`}${tz}`,
      );
    const reference = z.iso.datetime({ offset: true });
    fc.assert(
      fc.property(stamp, (s) => {
        expect(isoDateTime().safeParse(s).success).toBe(reference.safeParse(s).success);
      }),
      { numRuns: 5000 },
    );
    // The generator reaches both sides: a sample holds accepted and rejected stamps.
    const sample = fc.sample(stamp, { numRuns: 500, seed: 7 });
    const accepted = sample.filter((s) => reference.safeParse(s).success).length;
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(490);
  });
});
