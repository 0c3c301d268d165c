/**
 * The browser entry: reads storage once (settings, and the saved attempts to check them) and mounts the app in
 * StrictMode at once. The Start screen's cards come from `virtual:scenario-index` (summaries made at build time, a
 * few KB); each full scenario is its own chunk, loaded when it is opened. The first bundle holds only React, the
 * store and the Start screen (no zod); the rest of the app (briefing, meeting room, engine, scorer, charts, sound)
 * loads when it is needed.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { entries, loadScenario } from 'virtual:scenario-index';
import { App } from './ui/app/app';
import { createLazySoundboard } from './ui/app/lazy-sound';
import { loadReplyScorer } from './ui/app/scorer';
import { readStartup } from './ui/app/startup';
import { createStore } from './ui/storage/store';
import './ui/styles/tokens.css';
import './ui/styles/global.css';

const store = createStore();
const sound = createLazySoundboard();
// Settings, and the saved attempts checked once, so anything unreadable is announced on the Start screen.
const initial = readStartup(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App services={{ store, sound, loadScorer: loadReplyScorer }} catalog={entries} loadScenario={loadScenario} initial={initial} />
  </StrictMode>,
);
