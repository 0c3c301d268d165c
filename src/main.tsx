/**
 * The browser entry: reads storage once, loads the bundled scenarios (their own chunks, with the loader), then
 * mounts the app in StrictMode. The first bundle holds only React, the store and the Start screen; the rest of the
 * app (briefing, meeting room, engine, scorer, charts, sound) loads when it is needed.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/app';
import { createLazySoundboard } from './ui/app/lazy-sound';
import { loadReplyScorer } from './ui/app/scorer';
import { createStore } from './ui/storage/store';
import './ui/styles/tokens.css';
import './ui/styles/global.css';

const store = createStore();
const sound = createLazySoundboard();
const initial = { settings: store.getSettings(), notices: store.takeNotices() };
const root = createRoot(document.getElementById('root')!);

import('./ui/scenario-catalog')
  .then((m) => m.loadBundledCatalog())
  .then(
    (catalog) => {
      root.render(
        <StrictMode>
          <App services={{ store, sound, loadScorer: loadReplyScorer }} catalog={catalog} initial={initial} />
        </StrictMode>,
      );
    },
    (error: unknown) => {
      root.render(
        <main className="screen screen--center">
          <section className="card crash" role="alert">
            <h1>Hotseat could not start</h1>
            <p>The scenarios could not be loaded ({error instanceof Error ? error.message : String(error)}).</p>
            <p>Check the connection and reload the page.</p>
          </section>
        </main>,
      );
    },
  );
