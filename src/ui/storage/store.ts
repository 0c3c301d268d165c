/**
 * Everything Hotseat keeps in the browser: the meeting in progress, finished attempts, and settings.
 *
 * Every value is stored in an envelope `{ v: 1, savedAt, data }` and validated when read. Data that cannot be read
 * (broken JSON, a shape that fails validation, an envelope from another version) is never deleted and never crashes
 * the app: it is moved aside to `hotseat.quarantine.<time>.<original key>`, the read returns null/empty or defaults,
 * and a plain-language notice is queued for the UI (`takeNotices()`).
 *
 * The store is on the first screen, so its shapes use the small validator kit in `checks.ts` (zod's rules and
 * messages for these shapes, none of its bytes) and the zod-free `scenario/vocabulary`: never zod itself, nor
 * `scenario/schema`, which would pull full zod into the first bundle.
 *
 * No method throws: a full quota, a browser that blocks storage, or a snapshot that cannot be serialised becomes a
 * notice and a `false` return. Time comes only from the injected `now()`.
 */
import { ID_MESSAGE, ID_PATTERN } from '../../scenario/vocabulary';
import {
  array,
  boolean,
  isoDateTime,
  matches,
  maxLength,
  minLength,
  number,
  object,
  oneOf,
  present,
  record,
  string,
  unknown,
  withDefault,
  type Issue,
  type Schema,
} from './checks';

export const STORE_VERSION = 1;
export const KEY_PREFIX = 'hotseat.';
export const ATTEMPTS_KEY = 'hotseat.attempts';
export const SETTINGS_KEY = 'hotseat.settings';
export const QUARANTINE_PREFIX = 'hotseat.quarantine.';
export const inProgressKey = (scenarioId: string): string => `hotseat.inProgress.${scenarioId}`;

/** Finished attempts kept per scenario; adding one more drops the oldest. */
export const MAX_ATTEMPTS_PER_SCENARIO = 50;
/**
 * Full transcripts are kept for this many newest attempts per scenario; older ones keep their summary (score,
 * level, move rates) for the progress view. A transcript is ~50 KB: 7 scenarios x 50 full ones would not fit in
 * the browser's ~5 MB.
 */
export const TRANSCRIPTS_PER_SCENARIO = 5;
/** An import larger than this is refused outright: browser storage could not hold it anyway. */
export const MAX_IMPORT_CHARS = 10_000_000;

/** A finished meeting, as kept for the debrief and the progress view. */
export interface Attempt {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  /** ISO 8601 with seconds and `Z` or an offset. */
  startedAt: string;
  endedAt: string;
  outcome: 'completed' | 'derailed' | 'abandoned';
  /** 0..100. */
  score: number;
  level: string;
  /** Share of replies that made each move, 0..1, keyed by move name (e.g. "acknowledge", "prematureFix"). */
  moveRates: Record<string, number>;
  transcript: unknown[];
}

export const Attempt: Schema<Attempt> = object(
  {
    id: string(minLength(1), maxLength(200)),
    scenarioId: string(matches(ID_PATTERN, ID_MESSAGE)),
    scenarioTitle: string(minLength(1), maxLength(300)),
    startedAt: isoDateTime(),
    endedAt: isoDateTime(),
    outcome: oneOf(['completed', 'derailed', 'abandoned']),
    score: number(0, 100),
    level: string(minLength(1), maxLength(100)),
    moveRates: record([matches(/^[A-Za-z][A-Za-z0-9-]*$/, 'move names are letters, digits and dashes')], number(0, 1)),
    transcript: array(unknown()),
  },
  {
    test: (a) => Date.parse(a.endedAt) >= Date.parse(a.startedAt),
    message: 'endedAt must not be before startedAt',
    path: ['endedAt'],
  },
);

export interface Settings {
  replyMode: 'type' | 'pick' | 'both';
  difficulty: 'easy' | 'medium' | 'hard';
  hints: boolean;
  sound: boolean;
  reducedMotion: 'system' | 'on' | 'off';
}

export const DEFAULT_SETTINGS: Settings = {
  replyMode: 'both',
  difficulty: 'medium',
  hints: false,
  sound: true,
  reducedMotion: 'system',
};

/** Settings; a missing field takes its default (settings saved by an older version lack newer fields). */
export const Settings: Schema<Settings> = object({
  replyMode: withDefault(oneOf(['type', 'pick', 'both']), DEFAULT_SETTINGS.replyMode),
  difficulty: withDefault(oneOf(['easy', 'medium', 'hard']), DEFAULT_SETTINGS.difficulty),
  hints: withDefault(boolean(), DEFAULT_SETTINGS.hints),
  sound: withDefault(boolean(), DEFAULT_SETTINGS.sound),
  reducedMotion: withDefault(oneOf(['system', 'on', 'off']), DEFAULT_SETTINGS.reducedMotion),
});

/** The outer shape of every stored value. `data` is validated separately, per kind. */
const Envelope = object({ v: number(), savedAt: string(), data: unknown() });
const AnyArray = array(unknown());
const ExportBody = object({ kind: oneOf(['attempts']), attempts: AnyArray });
/** A saved meeting: anything but null. */
const Present = present();

/** The part of `Storage` the store uses, so tests (and a memory fallback) can pass a plain object. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoreOptions {
  /** Milliseconds since the epoch; defaults to `Date.now`. */
  now?: () => number;
}

export interface ImportResult {
  /** Attempts added. */
  imported: number;
  /** Attempts that failed validation. */
  rejected: number;
  /** Valid attempts not added: their id was already here (never overwritten), or they fell outside the cap. */
  skipped: number;
  /** One or two sentences for the UI. */
  message: string;
  /** One line per rejected attempt, e.g. `Attempt 3 (a-17): score: Too big: expected number to be <=100`. */
  problems: string[];
}

export interface Store {
  /** Persists the meeting snapshot for a scenario (null/undefined clears it); false (and a notice) if not written. */
  saveInProgress(scenarioId: string, snapshot: unknown): boolean;
  /** The saved snapshot, or null if there is none or it could not be read (then it is set aside, with a notice). */
  loadInProgress(scenarioId: string): unknown | null;
  clearInProgress(scenarioId: string): void;
  /** Adds (or replaces, by id) a finished attempt; keeps the newest 50 per scenario. False (and a notice) on failure. */
  addAttempt(attempt: Attempt): boolean;
  /** Finished attempts, newest first, optionally for one scenario. */
  listAttempts(scenarioId?: string): Attempt[];
  /** Saved settings, with defaults for anything missing. */
  getSettings(): Settings;
  /** Merges `settings` into the saved settings and saves them; returns the settings now in effect. */
  saveSettings(settings: Partial<Settings>): Settings;
  /** All attempts as a JSON string another browser can import. */
  exportAttempts(): string;
  /** Adds the valid attempts from an export; never overwrites an existing id; never throws. */
  importAttempts(json: string): ImportResult;
  /** Notices queued for the user since the last call, oldest first; the queue is emptied. */
  takeNotices(): string[];
}

type Kind = 'attempts' | 'settings' | 'inProgress';

const UNREADABLE: Record<Kind, string> = {
  attempts: 'Your saved attempts could not be read; they were set aside and the app started clean.',
  settings: 'Your settings could not be read; they were set aside and the defaults are in use.',
  inProgress: 'The meeting you left in progress could not be restored; it was set aside, so start the scenario again.',
};

const OTHER_VERSION: Record<Kind, string> = {
  attempts:
    'Your saved attempts were saved by a different version of Hotseat; they were set aside and the app started clean.',
  settings: 'Your settings were saved by a different version of Hotseat; they were set aside and the defaults are in use.',
  inProgress:
    'The meeting you left in progress was saved by a different version of Hotseat; it was set aside, so start the scenario again.',
};

const STORAGE_BLOCKED =
  'This browser is not letting Hotseat save anything, so your attempts and settings will be lost when you close the tab.';

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first issue, as `path: message`. */
function firstIssue(error: { issues: Issue[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Newest first: by end time, then start time, then id so the order is total. */
function newestFirst(a: Attempt, b: Attempt): number {
  return (
    Date.parse(b.endedAt) - Date.parse(a.endedAt) ||
    Date.parse(b.startedAt) - Date.parse(a.startedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Sorts newest first, keeps at most `MAX_ATTEMPTS_PER_SCENARIO` per scenario, and drops the transcripts of all but
 * the newest `TRANSCRIPTS_PER_SCENARIO`.
 */
function capPerScenario(attempts: Attempt[]): Attempt[] {
  const counts = new Map<string, number>();
  const kept: Attempt[] = [];
  for (const a of [...attempts].sort(newestFirst)) {
    const n = (counts.get(a.scenarioId) ?? 0) + 1;
    counts.set(a.scenarioId, n);
    if (n > MAX_ATTEMPTS_PER_SCENARIO) continue;
    kept.push(n > TRANSCRIPTS_PER_SCENARIO && a.transcript.length > 0 ? { ...a, transcript: [] } : a);
  }
  return kept;
}

/** A Storage-like object that only lives in memory: the fallback when the browser blocks localStorage. */
export function createMemoryStorage(): StorageLike & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    get size() {
      return map.size;
    },
  };
}

function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    // Some browsers expose localStorage but refuse to use it (private modes, blocked cookies).
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export function createStore(storage?: StorageLike | null, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => Date.now());
  const notices: string[] = [];

  function notify(message: string): void {
    if (!notices.includes(message)) notices.push(message);
  }

  let backend: StorageLike;
  if (storage) {
    backend = storage;
  } else {
    const found = storage === undefined ? browserStorage() : null;
    if (!found) notify(STORAGE_BLOCKED);
    backend = found ?? createMemoryStorage();
  }

  function getRaw(key: string): string | null {
    try {
      return backend.getItem(key);
    } catch {
      notify(STORAGE_BLOCKED);
      return null;
    }
  }

  function remove(key: string): void {
    try {
      backend.removeItem(key);
    } catch {
      notify(STORAGE_BLOCKED);
    }
  }

  /** Writes `data` in an envelope. On failure queues `failure` (quota) or a generic notice, and returns false. */
  function write(key: string, data: unknown, failure: string): boolean {
    let text: string;
    try {
      text = JSON.stringify({ v: STORE_VERSION, savedAt: new Date(now()).toISOString(), data });
    } catch {
      notify(`${failure} (it could not be converted to text).`);
      return false;
    }
    try {
      backend.setItem(key, text);
      return true;
    } catch (error) {
      notify(
        isQuotaError(error)
          ? `${failure}: the browser's storage for this site is full. Export your attempts to keep a copy.`
          : `${failure}: the browser refused to store it.`,
      );
      return false;
    }
  }

  /** Moves the raw value at `key` to a fresh quarantine key. The data is kept, never deleted. */
  function quarantine(key: string, raw: string): void {
    const stamp = now();
    let target = `${QUARANTINE_PREFIX}${stamp}.${key}`;
    for (let n = 2; getRaw(target) !== null; n++) target = `${QUARANTINE_PREFIX}${stamp}-${n}.${key}`;
    // Remove first so the copy never needs twice the space; put the original back if the copy cannot be written.
    remove(key);
    try {
      backend.setItem(target, raw);
    } catch {
      try {
        backend.setItem(key, raw);
      } catch {
        // Nothing more can be done; the notice below still tells the user.
      }
      notify('Some saved data could not be set aside because the browser storage is full; it was left where it was.');
    }
  }

  /**
   * Reads and validates one envelope. Missing: null, silently. Unreadable or another version: set aside, notice,
   * null. Otherwise the parsed `data` (for the caller to validate further).
   */
  function read<T>(key: string, kind: Kind, schema: Schema<T>): { data: T; raw: string } | null {
    const raw = getRaw(key);
    if (raw === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      quarantine(key, raw);
      notify(UNREADABLE[kind]);
      return null;
    }
    const envelope = Envelope.safeParse(json);
    if (envelope.success && envelope.data.v !== STORE_VERSION) {
      quarantine(key, raw);
      notify(OTHER_VERSION[kind]);
      return null;
    }
    const data = envelope.success ? schema.safeParse(envelope.data.data) : null;
    if (!data?.success) {
      quarantine(key, raw);
      notify(UNREADABLE[kind]);
      return null;
    }
    return { data: data.data, raw };
  }

  /** The stored attempts. Individual bad entries are set aside (with the whole original value) and dropped. */
  function readAttempts(): Attempt[] {
    const stored = read(ATTEMPTS_KEY, 'attempts', AnyArray);
    if (!stored) return [];
    const good: Attempt[] = [];
    for (const item of stored.data) {
      const parsed = Attempt.safeParse(item);
      if (parsed.success) good.push(parsed.data);
    }
    const bad = stored.data.length - good.length;
    if (bad > 0) {
      quarantine(ATTEMPTS_KEY, stored.raw);
      notify(
        `${plural(bad, 'saved attempt', 'saved attempts')} of ${stored.data.length} could not be read; ` +
          `${bad === 1 ? 'it was' : 'they were'} set aside and the rest were kept.`,
      );
      write(ATTEMPTS_KEY, good, 'Your attempts could not be saved');
    }
    return good.sort(newestFirst);
  }

  function storeAttempts(attempts: Attempt[], failure: string): boolean {
    return write(ATTEMPTS_KEY, capPerScenario(attempts), failure);
  }

  function getSettings(): Settings {
    return read(SETTINGS_KEY, 'settings', Settings)?.data ?? { ...DEFAULT_SETTINGS };
  }

  function rejectImport(message: string): ImportResult {
    return { imported: 0, rejected: 0, skipped: 0, message, problems: [] };
  }

  return {
    saveInProgress(scenarioId, snapshot) {
      if (snapshot === undefined || snapshot === null) {
        remove(inProgressKey(scenarioId));
        return true;
      }
      return write(inProgressKey(scenarioId), snapshot, 'The meeting in progress could not be saved');
    },

    loadInProgress(scenarioId) {
      return read(inProgressKey(scenarioId), 'inProgress', Present)?.data ?? null;
    },

    clearInProgress(scenarioId) {
      remove(inProgressKey(scenarioId));
    },

    addAttempt(attempt) {
      const parsed = Attempt.safeParse(attempt);
      if (!parsed.success) {
        notify(`This attempt could not be saved because it is incomplete (${firstIssue(parsed.error)}).`);
        return false;
      }
      const others = readAttempts().filter((a) => a.id !== parsed.data.id);
      return storeAttempts([parsed.data, ...others], 'This attempt could not be saved');
    },

    listAttempts(scenarioId) {
      const all = readAttempts();
      return scenarioId === undefined ? all : all.filter((a) => a.scenarioId === scenarioId);
    },

    getSettings,

    saveSettings(settings) {
      const current = getSettings();
      const merged = Settings.safeParse({ ...current, ...settings });
      if (!merged.success) {
        notify(`Your settings could not be saved because one of them is not valid (${firstIssue(merged.error)}).`);
        return current;
      }
      write(SETTINGS_KEY, merged.data, 'Your settings could not be saved');
      return merged.data;
    },

    exportAttempts() {
      return JSON.stringify(
        {
          v: STORE_VERSION,
          savedAt: new Date(now()).toISOString(),
          data: { app: 'hotseat', kind: 'attempts', attempts: readAttempts() },
        },
        null,
        2,
      );
    },

    importAttempts(json) {
      if (typeof json !== 'string' || json.trim() === '') return rejectImport('The file is empty, so nothing was imported.');
      if (json.length > MAX_IMPORT_CHARS) {
        return rejectImport('The file is too large to be a Hotseat export, so nothing was imported.');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        return rejectImport('The file is not valid JSON, so nothing was imported.');
      }

      // An export envelope, or (leniently) a bare array of attempts.
      let items: unknown[];
      const envelope = Envelope.safeParse(parsed);
      if (Array.isArray(parsed)) {
        items = parsed;
      } else if (envelope.success) {
        if (envelope.data.v !== STORE_VERSION) {
          return rejectImport('The file was exported by a different version of Hotseat, so nothing was imported.');
        }
        const body = ExportBody.safeParse(envelope.data.data);
        if (!body.success) return rejectImport('The file is not a Hotseat attempts export, so nothing was imported.');
        items = body.data.attempts;
      } else {
        return rejectImport('The file is not a Hotseat attempts export, so nothing was imported.');
      }

      const existing = readAttempts();
      const seen = new Set(existing.map((a) => a.id));
      const fresh: Attempt[] = [];
      const problems: string[] = [];
      let duplicates = 0;
      items.forEach((item, index) => {
        const result = Attempt.safeParse(item);
        if (!result.success) {
          const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
          const label = typeof id === 'string' && id.length <= 200 ? ` (${id})` : '';
          problems.push(`Attempt ${index + 1}${label}: ${firstIssue(result.error)}`);
          return;
        }
        if (seen.has(result.data.id)) {
          duplicates++;
          return;
        }
        seen.add(result.data.id);
        fresh.push(result.data);
      });

      const kept = capPerScenario([...existing, ...fresh]);
      const keptIds = new Set(kept.map((a) => a.id));
      const imported = fresh.filter((a) => keptIds.has(a.id)).length;
      const overCap = fresh.length - imported;
      if (imported > 0 && !storeAttempts(kept, 'The imported attempts could not be saved')) {
        return {
          imported: 0,
          rejected: problems.length,
          skipped: duplicates + fresh.length,
          message: "Nothing was imported: the browser's storage for this site is full or refused the data.",
          problems,
        };
      }

      const parts = [
        items.length === 0
          ? 'The file holds no attempts.'
          : `Imported ${plural(imported, 'attempt', 'attempts')}.`,
      ];
      if (problems.length > 0) {
        parts.push(
          `${plural(problems.length, 'attempt was', 'attempts were')} rejected because ${
            problems.length === 1 ? 'it is' : 'they are'
          } incomplete or invalid (${problems[0]}${problems.length > 1 ? ', …' : ''}).`,
        );
      }
      if (duplicates > 0) {
        parts.push(`${plural(duplicates, 'attempt was', 'attempts were')} already here and left unchanged.`);
      }
      if (overCap > 0) {
        parts.push(
          `${plural(overCap, 'attempt was', 'attempts were')} older than the ${MAX_ATTEMPTS_PER_SCENARIO} kept per scenario and not added.`,
        );
      }
      return { imported, rejected: problems.length, skipped: duplicates + overCap, message: parts.join(' '), problems };
    },

    takeNotices() {
      return notices.splice(0, notices.length);
    },
  };
}
