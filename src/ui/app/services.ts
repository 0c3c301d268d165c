/**
 * What the screens need from the outside world, handed down by the app shell: storage, sound, the scorer loader
 * and the clock. Tests pass fakes; `main.tsx` passes the real ones.
 */
import { createContext, useContext } from 'react';
import type { Soundboard } from '../audio/sound';
import type { Store } from '../storage/store';
import type { ScorerLoader } from './scorer-state';

export interface AppServices {
  store: Store;
  sound: Soundboard;
  loadScorer: ScorerLoader;
  /** The shell's clock (ms); defaults to `Date.now`. */
  now?: () => number;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <App>.');
  return services;
}

/** How long a stakeholder's reaction stays before the next question comes on its own. */
export const READ_MS = 8000;

/** Remembered display preference: large text for projectors. Kept beside the store's settings. */
export const TEXT_SIZE_KEY = 'hotseat.textSize';

export function readLargeText(): boolean {
  try {
    return globalThis.localStorage?.getItem(TEXT_SIZE_KEY) === 'large';
  } catch {
    return false;
  }
}

export function writeLargeText(large: boolean): void {
  try {
    globalThis.localStorage?.setItem(TEXT_SIZE_KEY, large ? 'large' : 'normal');
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
