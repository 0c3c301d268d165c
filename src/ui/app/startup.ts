/**
 * What the app reads from storage before its first render (main.tsx, or the App itself when not given it).
 */
import type { Settings, Store } from '../storage/store';

export interface Startup {
  settings: Settings;
  /** Notices about anything in storage that could not be read, for the Start screen. */
  notices: string[];
}

/**
 * The settings, and notices about anything unreadable. The saved attempts are read here too (otherwise they are
 * read only when a debrief opens), so corrupted ones are set aside and announced on the Start screen. That costs a
 * JSON.parse and check of the history: well under a millisecond for a few attempts, about 10 ms for a full one
 * (7 scenarios x 50 attempts with transcripts, ~1.8 MB).
 */
export function readStartup(store: Store): Startup {
  const settings = store.getSettings();
  store.listAttempts();
  return { settings, notices: store.takeNotices() };
}
