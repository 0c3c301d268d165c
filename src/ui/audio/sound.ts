/**
 * The meeting room's sounds: a small soundboard over howler, and a pure map from engine events to sounds.
 *
 * Rules the UI can rely on:
 * - Nothing plays, and no audio is even loaded, before `unlock()` (call it from the user's first click or key
 *   press): browsers block audio until then, and a rehearsal should never start making noise on its own.
 * - Nothing throws. A missing AudioContext, a file that fails to load, a blocked `play()`: each is caught and
 *   recorded in `errors()`, `status()` turns to 'failed', and the meeting carries on in silence.
 * - Mute is remembered in localStorage under `hotseat.muted` (JSON `true`/`false`); any other value reads as unmuted.
 *
 * The files are synthesised by `npm run sounds` (scripts/make-sounds.mjs) into public/sounds/.
 */
import { Howl, Howler } from 'howler';

/** One-shot sounds, each a file `public/sounds/<name>.wav`. */
export const SOUND_NAMES = ['buzz', 'sting', 'tick', 'door', 'chime'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** The looping background hum, `public/sounds/room-tone.wav`. */
export const ROOM_TONE = 'room-tone';

export const MUTED_KEY = 'hotseat.muted';

export type SoundStatus = 'idle' | 'ready' | 'failed';

export interface SoundError {
  /** Where it went wrong: creating the audio objects, loading a file, playing, or reading/writing the mute flag. */
  stage: 'setup' | 'load' | 'play' | 'storage';
  /** The sound concerned, if any. */
  sound: SoundName | typeof ROOM_TONE | null;
  message: string;
}

export interface SoundboardOptions {
  /** Prefix for `sounds/<name>.wav`; defaults to Vite's BASE_URL, else '/'. */
  baseUrl?: string;
  /** Where the mute flag lives; defaults to `localStorage` when the browser allows it. `null`: not remembered. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Per-sound volume 0..1 (room tone defaults to 0.5, one-shots to 0.8). */
  volumes?: Partial<Record<SoundName | typeof ROOM_TONE, number>>;
  /** Called for every recorded error, e.g. to log it once. Must not throw (if it does, that is ignored too). */
  onError?: (error: SoundError) => void;
}

export interface Soundboard {
  /** Plays a one-shot. A no-op before `unlock()`, while muted, after `dispose()`, or when audio failed. */
  play(name: SoundName): void;
  /** Starts the looping room tone (or, before `unlock()`, remembers to start it then). */
  startRoomTone(): void;
  stopRoomTone(): void;
  /** Mutes or unmutes everything, and remembers the choice for next time. */
  setMuted(muted: boolean): void;
  isMuted(): boolean;
  /** Call from the user's first interaction: creates the audio objects and allows sounds from then on. */
  unlock(): void;
  /** Stops and unloads everything; the soundboard is inert afterwards. */
  dispose(): void;
  /** 'idle' before unlock, 'ready' after, 'failed' once any setup, load or play error has been recorded. */
  status(): SoundStatus;
  /** Every error recorded so far, oldest first. */
  errors(): readonly SoundError[];
}

/** What the engine emits, as far as sound cares. */
export interface SoundEvent {
  type: string;
  kind?: string;
  grade?: 'strong' | 'mixed' | 'poor';
}

/**
 * The sound for an engine event, or null for silence:
 * an interruption buzzes, a walkout slams the door, a poor-reply reaction stings, a strong reply chimes, and the
 * pressure timer's warning ticks.
 */
export function soundForEvent(event: SoundEvent): SoundName | null {
  switch (event.type) {
    case 'stakeholder.spoke':
      if (event.kind === 'interrupt') return 'buzz';
      if (event.kind === 'walkout') return 'door';
      if (event.kind === 'reaction' && event.grade === 'poor') return 'sting';
      return null;
    case 'reply.scored':
      return event.grade === 'strong' ? 'chime' : null;
    case 'timer.warning':
      return 'tick';
    default:
      return null;
  }
}

/** Reads the remembered mute flag: only JSON `true` means muted. */
export function readMuted(storage: Pick<Storage, 'getItem'> | null): boolean {
  if (!storage) return false;
  return storage.getItem(MUTED_KEY) === 'true';
}

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    // Reading `localStorage` itself throws in some privacy modes.
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    return null;
  }
}

function defaultBaseUrl(): string {
  // `?.`: outside Vite (a tsx CLI) `import.meta.env` is undefined.
  const base: unknown = import.meta.env?.BASE_URL;
  return typeof base === 'string' && base !== '' ? base : '/';
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (typeof error === 'number') return `error code ${error}`;
  return 'unknown error';
}

const DEFAULT_VOLUME = 0.8;
const ROOM_TONE_VOLUME = 0.5;

export function createSoundboard(options: SoundboardOptions = {}): Soundboard {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const base = (options.baseUrl ?? defaultBaseUrl()).replace(/\/?$/, '/');
  const recorded: SoundError[] = [];
  const howls = new Map<SoundName | typeof ROOM_TONE, Howl>();
  let state: SoundStatus = 'idle';
  let unlocked = false;
  let disposed = false;
  let roomToneWanted = false;
  let roomToneId: number | null = null;
  let muted = false;
  /** Sounds whose file failed to load or whose Howl could not be made: skipped from then on. */
  const broken = new Set<SoundError['sound']>();

  function record(error: SoundError): void {
    recorded.push(error);
    if (error.stage !== 'storage') state = 'failed';
    if (error.stage === 'setup' || error.stage === 'load') broken.add(error.sound);
    try {
      options.onError?.(error);
    } catch {
      // A failing logger must not break the meeting either.
    }
  }

  /** Runs a howler call; any throw is recorded instead of propagated. */
  function guard<T>(stage: SoundError['stage'], sound: SoundError['sound'], fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      record({ stage, sound, message: describe(error) });
      return undefined;
    }
  }

  try {
    muted = readMuted(storage);
  } catch (error) {
    record({ stage: 'storage', sound: null, message: describe(error) });
  }

  function makeHowl(name: SoundName | typeof ROOM_TONE): void {
    const loop = name === ROOM_TONE;
    const volume = options.volumes?.[name] ?? (loop ? ROOM_TONE_VOLUME : DEFAULT_VOLUME);
    const howl = guard('setup', name, () => {
      return new Howl({
        src: [`${base}sounds/${name}.wav`],
        loop,
        volume,
        mute: muted,
        preload: true,
        onloaderror: (_id, error) => record({ stage: 'load', sound: name, message: describe(error) }),
        onplayerror: (_id, error) => record({ stage: 'play', sound: name, message: describe(error) }),
      });
    });
    if (howl) howls.set(name, howl);
  }

  function playRoomTone(): void {
    if (!unlocked || disposed || muted || !roomToneWanted || roomToneId !== null || broken.has(ROOM_TONE)) return;
    const howl = howls.get(ROOM_TONE);
    if (!howl) return;
    const id = guard('play', ROOM_TONE, () => howl.play());
    roomToneId = typeof id === 'number' ? id : null;
  }

  function haltRoomTone(): void {
    const howl = howls.get(ROOM_TONE);
    if (howl && roomToneId !== null) {
      const id = roomToneId;
      guard('play', ROOM_TONE, () => howl.stop(id));
    }
    roomToneId = null;
  }

  return {
    play(name) {
      if (!unlocked || disposed || muted || broken.has(name)) return;
      const howl = howls.get(name);
      if (!howl) return;
      guard('play', name, () => howl.play());
    },

    startRoomTone() {
      if (disposed) return;
      roomToneWanted = true;
      playRoomTone();
    },

    stopRoomTone() {
      roomToneWanted = false;
      haltRoomTone();
    },

    setMuted(next) {
      if (disposed) return;
      muted = next;
      try {
        storage?.setItem(MUTED_KEY, JSON.stringify(next));
      } catch (error) {
        record({ stage: 'storage', sound: null, message: describe(error) });
      }
      for (const [name, howl] of howls) guard('play', name, () => howl.mute(next));
      if (next) haltRoomTone();
      else playRoomTone();
    },

    isMuted() {
      return muted;
    },

    unlock() {
      if (unlocked || disposed) return;
      unlocked = true;
      if (guard('setup', null, () => Howler.noAudio) === true) {
        record({ stage: 'setup', sound: null, message: 'This browser has no audio support.' });
      }
      if (broken.has(null)) return;
      if (state === 'idle') state = 'ready';
      makeHowl(ROOM_TONE);
      for (const name of SOUND_NAMES) makeHowl(name);
      playRoomTone();
    },

    dispose() {
      if (disposed) return;
      haltRoomTone();
      disposed = true;
      roomToneWanted = false;
      for (const [name, howl] of howls) guard('setup', name, () => howl.unload());
      howls.clear();
    },

    status() {
      return state;
    },

    errors() {
      return recorded.slice();
    },
  };
}
