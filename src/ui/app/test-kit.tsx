/**
 * Shared set-up for the shell's component tests: a fake scorer loader the test resolves when it wants, a silent
 * soundboard that records what it was asked to play, a memory-backed store, and the tiny fixture scenario as a
 * catalog (summaries for the Start screen, plus a scenario loader over the compiled scenarios). Test-only; nothing in
 * the app imports this file.
 */
import { render } from '@testing-library/react';
import { keywordScorer, tinyScenario } from '../../../tests/fixtures/engine-fixtures';
import type { ReplyScorer } from '../../engine/scorer-seam';
import type { ScenarioFile } from '../../scenario/schema';
import type { Soundboard, SoundName } from '../audio/sound';
import { catalogSummaries, loaderFor, summarizeScenario, type LoadedCatalogEntry, type ScenarioLoader } from '../scenario-catalog';
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

/** The tiny fixture as a catalog entry, with its compiled scenario at hand. */
export function tinyCatalog(overrides: Partial<ScenarioFile> = {}): LoadedCatalogEntry[] {
  const scenario = tinyScenario(overrides);
  return [{ ...summarizeScenario('/scenarios/tiny.json', scenario), scenario }];
}

export interface RenderAppOptions {
  loader?: ScorerLoader;
  /** Entries with their scenarios; the app gets the summaries, and a loader over the scenarios. */
  catalog?: LoadedCatalogEntry[];
  /** Replaces that loader (e.g. to make fetching a scenario slow, or fail). */
  loadScenario?: ScenarioLoader;
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
  const catalog = options.catalog ?? tinyCatalog();
  const loadScenario = options.loadScenario ?? loaderFor(catalog);
  const utils = render(<App services={services} catalog={catalogSummaries(catalog)} loadScenario={loadScenario} />);
  return { ...utils, store, storage, sound, services };
}
