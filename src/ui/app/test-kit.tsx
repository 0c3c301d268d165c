/**
 * Shared set-up for the shell's component tests: a fake scorer loader the test resolves when it wants, a silent
 * soundboard that records what it was asked to play, a memory-backed store, and the tiny fixture scenario as a
 * catalog. Test-only; nothing in the app imports this file.
 */
import { render } from '@testing-library/react';
import { keywordScorer, tinyScenario } from '../../../tests/fixtures/engine-fixtures';
import type { ReplyScorer } from '../../engine/scorer-seam';
import type { ScenarioFile } from '../../scenario/schema';
import type { Soundboard, SoundName } from '../audio/sound';
import type { CatalogEntry } from '../scenario-catalog';
import { createMemoryStorage, createStore, type Settings, type StorageLike } from '../storage/store';
import { App } from './app';
import type { ScorerLoader } from './scorer-state';

export interface FakeSound extends Soundboard {
  played: SoundName[];
  roomTone: boolean;
  muted: boolean;
  unlocked: boolean;
}

export function fakeSound(): FakeSound {
  const sound: FakeSound = {
    played: [],
    roomTone: false,
    muted: false,
    unlocked: false,
    play(name) {
      if (!sound.muted) sound.played.push(name);
    },
    startRoomTone() {
      sound.roomTone = true;
    },
    stopRoomTone() {
      sound.roomTone = false;
    },
    setMuted(muted) {
      sound.muted = muted;
    },
    isMuted: () => sound.muted,
    unlock() {
      sound.unlocked = true;
    },
    dispose() {},
    status: () => 'ready',
    errors: () => [],
  };
  return sound;
}

/** A scorer loader that waits until the test calls `resolve()` or `reject()`. */
export function controlledLoader(scorer: ReplyScorer = keywordScorer) {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  let calls = 0;
  const loader: ScorerLoader = (onStage) => {
    calls += 1;
    onStage?.('download');
    return new Promise<ReplyScorer>((res, rej) => {
      resolve = () => res(scorer);
      reject = rej;
    });
  };
  return {
    loader,
    resolve: () => resolve(),
    reject: (error: Error) => reject(error),
    calls: () => calls,
  };
}

/** A loader that resolves at once with the keyword scorer. */
export const readyLoader: ScorerLoader = async () => keywordScorer;

export function tinyCatalog(overrides: Partial<ScenarioFile> = {}): CatalogEntry[] {
  const scenario = tinyScenario(overrides);
  return [{ ok: true, file: '/scenarios/tiny.json', id: scenario.id, scenario }];
}

export interface RenderAppOptions {
  loader?: ScorerLoader;
  catalog?: CatalogEntry[];
  storage?: StorageLike;
  settings?: Partial<Settings>;
  now?: () => number;
}

export function renderApp(options: RenderAppOptions = {}) {
  const storage = options.storage ?? createMemoryStorage();
  const store = createStore(storage);
  if (options.settings) store.saveSettings(options.settings);
  const sound = fakeSound();
  const services = {
    store,
    sound,
    loadScorer: options.loader ?? readyLoader,
    ...(options.now ? { now: options.now } : {}),
  };
  const utils = render(<App services={services} catalog={options.catalog ?? tinyCatalog()} />);
  return { ...utils, store, storage, sound, services };
}
