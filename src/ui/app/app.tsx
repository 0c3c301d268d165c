/**
 * The app shell: which screen is on (Start, Briefing, Meeting room, Debrief), the settings, the scorer being
 * loaded, the meeting session, notices from storage, sound unlocking and motion preferences.
 *
 * Sessions are created and disposed only in event handlers and promise callbacks, never in render or effects, so
 * StrictMode's double effects cannot start an actor twice or stop one that is still on screen.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ReplyScorer } from '../../engine/scorer-seam';
import type { CompiledScenario } from '../../scenario/compile';
import { ReducedMotionContext } from '../exhibits/reduced-motion';
import type { Settings } from '../storage/store';
import { StartScreen } from '../screens/start/start-screen';
import type { CatalogEntry } from '../scenario-catalog';
import { ErrorBoundary } from './error-boundary';
import { useFocusOnMount } from './focus';
import type { MeetingSession, MeetingSnapshot } from './meeting-session';
import { Notices } from './notices';
import { looksLikeSnapshot, RestoreError } from './saved-meeting';
import { unscoredScorer, type ScorerState } from './scorer-state';
import { READ_MS, readLargeText, ServicesContext, writeLargeText, type AppServices } from './services';

// Only the Start screen is in the first bundle; the rest loads on the way (the briefing while idle on Start, the
// meeting room and engine while the briefing is read, the debrief and its charts at the end).
const loadBriefing = () => import('../screens/briefing/briefing-screen');
const loadMeeting = () => Promise.all([import('./meeting-session'), import('../screens/meeting/meeting-room')]);
const BriefingScreen = lazy(() => loadBriefing().then((m) => ({ default: m.BriefingScreen })));
const MeetingRoom = lazy(() => import('../screens/meeting/meeting-room').then((m) => ({ default: m.MeetingRoom })));
const DebriefSlot = lazy(() => import('./debrief-slot'));
const Lab = lazy(() => import('../screens/lab/lab').then((m) => ({ default: m.Lab })));

function Loading({ label }: { label: string }) {
  return (
    <main className="screen screen--center">
      <p role="status" className="status-line">
        <span className="spinner" aria-hidden="true" /> {label}
      </p>
    </main>
  );
}

type Screen =
  | { name: 'start' }
  | { name: 'lab' }
  | { name: 'briefing'; scenarioId: string }
  | { name: 'resuming'; scenarioId: string; playtest?: boolean }
  | { name: 'meeting'; scenarioId: string; session: MeetingSession }
  | { name: 'debrief'; scenarioId: string; snapshot: MeetingSnapshot; startedAt: number };

export interface AppProps {
  services: AppServices;
  catalog: CatalogEntry[];
  /** Settings and notices read before the first render (main.tsx), so StrictMode's double render loses none. */
  initial?: { settings: Settings; notices: string[] };
}

function newSeed(): number {
  // The engine never reads randomness itself; the shell seeds each meeting.
  return Math.floor(Math.random() * 0x7fffffff) + 1;
}

function resumableIds(services: AppServices, catalog: CatalogEntry[]): string[] {
  return catalog.filter((e) => e.ok && looksLikeSnapshot(services.store.loadInProgress(e.id), e.id)).map((e) => e.id);
}

export function App({ services, catalog, initial }: AppProps) {
  const { store, sound } = services;
  const now = services.now ?? Date.now;
  const [boot] = useState(() => {
    const settings = initial?.settings ?? store.getSettings();
    const resumable = resumableIds(services, catalog);
    const notices = [...(initial?.notices ?? []), ...store.takeNotices()];
    return { settings, resumable, notices };
  });
  const [settings, setSettings] = useState<Settings>(boot.settings);
  const [resumable, setResumable] = useState<string[]>(boot.resumable);
  const [notices, setNotices] = useState<string[]>(boot.notices);
  const [largeText, setLargeText] = useState(readLargeText);
  const [screen, setScreen] = useState<Screen>({ name: 'start' });
  const [scorerState, setScorerState] = useState<ScorerState>({ status: 'idle' });
  const scorerPromise = useRef<Promise<ReplyScorer> | null>(null);
  const screenRef = useRef(screen);
  screenRef.current = screen;

  const pullNotices = useCallback(() => {
    const fresh = store.takeNotices();
    if (fresh.length > 0) setNotices((old) => [...old, ...fresh.filter((n) => !old.includes(n))]);
  }, [store]);

  // A scenario play-tested from the lab joins the bundled ones for this visit (briefing, try again, debrief).
  const [labScenario, setLabScenario] = useState<CompiledScenario | null>(null);
  const scenarios = useMemo(() => {
    const map = new Map<string, CompiledScenario>();
    if (labScenario) map.set(labScenario.id, labScenario);
    for (const entry of catalog) if (entry.ok) map.set(entry.id, entry.scenario);
    return map;
  }, [catalog, labScenario]);

  // ---------------------------------------------------------------- sound and display preferences

  useEffect(() => {
    sound.setMuted(!settings.sound);
  }, [sound, settings.sound]);

  useEffect(() => {
    const unlock = () => sound.unlock();
    window.addEventListener('pointerdown', unlock, { once: true, capture: true });
    window.addEventListener('keydown', unlock, { once: true, capture: true });
    return () => {
      window.removeEventListener('pointerdown', unlock, { capture: true });
      window.removeEventListener('keydown', unlock, { capture: true });
    };
  }, [sound]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.motion = settings.reducedMotion;
    root.dataset.textSize = largeText ? 'large' : 'normal';
  }, [settings.reducedMotion, largeText]);

  const updateSettings = useCallback(
    (patch: Partial<Settings>) => {
      setSettings(store.saveSettings(patch));
      pullNotices();
    },
    [store, pullNotices],
  );

  const updateLargeText = useCallback((large: boolean) => {
    writeLargeText(large);
    setLargeText(large);
  }, []);

  // ---------------------------------------------------------------- the scorer

  /** Starts loading the scorer once; later calls share the same promise. A failed load may be retried. */
  const ensureScorer = useCallback((): Promise<ReplyScorer> => {
    if (scorerPromise.current) return scorerPromise.current;
    setScorerState({ status: 'loading', stage: 'download' });
    const promise = services
      .loadScorer((stage) => setScorerState((s) => (s.status === 'loading' ? { status: 'loading', stage } : s)))
      .then(
        (scorer) => {
          setScorerState({ status: 'ready', scorer });
          return scorer;
        },
        (error: unknown) => {
          scorerPromise.current = null;
          const message = error instanceof Error ? error.message : String(error);
          setScorerState({ status: 'failed', message });
          throw error;
        },
      );
    scorerPromise.current = promise;
    return promise;
  }, [services]);

  // ---------------------------------------------------------------- navigation

  const disposeSession = useCallback(() => {
    const current = screenRef.current;
    if (current.name === 'meeting') current.session.dispose();
  }, []);

  const goHome = useCallback(() => {
    disposeSession();
    setResumable(resumableIds(services, catalog));
    pullNotices();
    setScreen({ name: 'start' });
  }, [disposeSession, services, catalog, pullNotices]);

  const openBriefing = useCallback(
    (scenarioId: string) => {
      disposeSession();
      setScreen({ name: 'briefing', scenarioId });
      // Load the scorer and the meeting room while the trainee reads the briefing.
      ensureScorer().catch(() => {});
      loadMeeting().catch(() => {});
    },
    [disposeSession, ensureScorer],
  );

  const entering = useRef(false);

  /** Creates the session (loading the engine's chunk first) and shows the room; refuses to run twice at once. */
  const enterMeeting = useCallback(
    async (scenario: CompiledScenario, scorer: ReplyScorer, snapshot?: unknown, pickOnly = false, playtest = false) => {
      if (entering.current) return;
      entering.current = true;
      const from = screenRef.current;
      try {
        const [{ createMeetingSession }] = await loadMeeting();
        if (screenRef.current !== from) return;
        let session: MeetingSession;
        try {
          session = createMeetingSession({
            scenario,
            scorer,
            snapshot,
            now,
            options: {
              replyMode: pickOnly ? 'pick' : settings.replyMode,
              difficulty: settings.difficulty,
              // A play-test from the lab always shows the author's hints.
              hints: playtest || settings.hints,
              seed: newSeed(),
              readMs: READ_MS,
            },
            sound,
            store: {
              saveInProgress: (id, snap) => {
                const ok = store.saveInProgress(id, snap);
                if (!ok) pullNotices();
                return ok;
              },
              clearInProgress: (id) => store.clearInProgress(id),
            },
          });
        } catch (error) {
          if (!(error instanceof RestoreError)) throw error;
          store.clearInProgress(scenario.id);
          setNotices((old) => [
            ...old,
            `The meeting you left in progress in “${scenario.title}” could not be restored (${error.message}); start it again.`,
          ]);
          setResumable((ids) => ids.filter((id) => id !== scenario.id));
          setScreen({ name: 'start' });
          return;
        }
        setScreen({ name: 'meeting', scenarioId: scenario.id, session });
      } catch (error) {
        if (error instanceof RestoreError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        setNotices((old) => [...old, `The meeting room could not be loaded (${message}). Check the connection and try again.`]);
      } finally {
        entering.current = false;
      }
    },
    [now, settings, sound, store, pullNotices],
  );

  const startMeeting = useCallback(
    (scenarioId: string) => {
      const scenario = scenarios.get(scenarioId);
      if (!scenario) return;
      if (scorerState.status === 'ready') void enterMeeting(scenario, scorerState.scorer);
      else if (scorerState.status === 'failed') void enterMeeting(scenario, unscoredScorer, undefined, true);
    },
    [scenarios, scorerState, enterMeeting],
  );

  /** From the lab: play the author's scenario at once, with live hints on. */
  const playtest = useCallback(
    (scenario: CompiledScenario) => {
      setLabScenario(scenario);
      setScreen({ name: 'resuming', scenarioId: scenario.id, playtest: true });
      ensureScorer().then(
        (scorer) => void enterMeeting(scenario, scorer, undefined, false, true),
        () => void enterMeeting(scenario, unscoredScorer, undefined, true, true),
      );
    },
    [ensureScorer, enterMeeting],
  );

  const resumeMeeting = useCallback(
    (scenarioId: string) => {
      const scenario = scenarios.get(scenarioId);
      if (!scenario) return;
      const snapshot = store.loadInProgress(scenarioId);
      pullNotices();
      if (snapshot === null) {
        setResumable((ids) => ids.filter((id) => id !== scenarioId));
        return;
      }
      setScreen({ name: 'resuming', scenarioId });
      ensureScorer().then(
        (scorer) => {
          const current = screenRef.current;
          if (current.name === 'resuming' && current.scenarioId === scenarioId) void enterMeeting(scenario, scorer, snapshot);
        },
        () => {},
      );
    },
    [scenarios, store, pullNotices, ensureScorer, enterMeeting],
  );

  const showDebrief = useCallback(() => {
    const current = screenRef.current;
    if (current.name !== 'meeting') return;
    const snapshot = current.session.actor.getSnapshot();
    current.session.dispose();
    setScreen({ name: 'debrief', scenarioId: current.scenarioId, snapshot, startedAt: snapshot.context.startedAt ?? now() });
  }, [now]);

  const startOver = useCallback(() => {
    const current = screenRef.current;
    disposeSession();
    if (current.name === 'meeting' || current.name === 'resuming') store.clearInProgress(current.scenarioId);
    setResumable(resumableIds(services, catalog));
    setScreen({ name: 'start' });
  }, [disposeSession, store, services, catalog]);

  // Leaving the page mid-meeting: the snapshot is already saved after every change; stop the actor cleanly.
  useEffect(() => {
    const onHide = () => {
      const current = screenRef.current;
      if (current.name === 'meeting') current.session.send({ type: 'meeting.pause' });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  // The briefing's code loads while the trainee looks at the Start screen.
  useEffect(() => {
    const id = window.setTimeout(() => void loadBriefing().catch(() => {}), 1200);
    return () => window.clearTimeout(id);
  }, []);

  // ---------------------------------------------------------------- render

  const reducedMotion = settings.reducedMotion === 'on' ? true : settings.reducedMotion === 'off' ? false : null;

  let body: ReactNode;
  let loading = 'Loading…';
  switch (screen.name) {
    case 'start':
      body = (
        <StartScreen
          catalog={catalog}
          settings={settings}
          largeText={largeText}
          resumable={resumable}
          onOpen={openBriefing}
          onResume={resumeMeeting}
          onSettingsChange={updateSettings}
          onLargeTextChange={updateLargeText}
          onOpenLab={() => setScreen({ name: 'lab' })}
        />
      );
      break;
    case 'lab':
      loading = 'Opening the scenario lab…';
      body = <Lab onPlaytest={playtest} onBack={goHome} loadScorer={() => ensureScorer()} />;
      break;
    case 'briefing': {
      const scenario = scenarios.get(screen.scenarioId);
      loading = 'Opening the briefing…';
      body = scenario ? (
        <BriefingScreen
          scenario={scenario}
          settings={settings}
          scorer={scorerState}
          onStart={() => startMeeting(scenario.id)}
          onRetryScorer={() => ensureScorer().catch(() => {})}
          onBack={goHome}
        />
      ) : null;
      break;
    }
    case 'resuming':
      body = (
        <Resuming
          title={scenarios.get(screen.scenarioId)?.title ?? ''}
          playtest={screen.playtest ?? false}
          scorer={scorerState}
          onRetry={() => resumeMeeting(screen.scenarioId)}
          onBack={goHome}
        />
      );
      break;
    case 'meeting':
      loading = 'Opening the meeting room…';
      body = (
        <MeetingRoom
          key={screen.session.actor.id}
          session={screen.session}
          settings={settings}
          onSoundChange={(on) => updateSettings({ sound: on })}
          onDebrief={showDebrief}
        />
      );
      break;
    case 'debrief': {
      const scenario = screen.snapshot.context.scenario;
      loading = 'Preparing your debrief…';
      body = (
        <DebriefSlot
          context={screen.snapshot.context}
          startedAt={screen.startedAt}
          onTryAgain={() => openBriefing(scenario.id)}
          onHome={goHome}
        />
      );
      break;
    }
  }

  return (
    <ServicesContext.Provider value={services}>
      <ReducedMotionContext.Provider value={reducedMotion}>
        <Notices notices={notices} onDismiss={(n) => setNotices((old) => old.filter((x) => x !== n))} />
        <ErrorBoundary onReset={startOver}>
          <Suspense fallback={<Loading label={loading} />}>{body}</Suspense>
        </ErrorBoundary>
      </ReducedMotionContext.Provider>
    </ServicesContext.Provider>
  );
}

interface ResumingProps {
  title: string;
  playtest: boolean;
  scorer: ScorerState;
  onRetry: () => void;
  onBack: () => void;
}

/** While a saved meeting is being reopened: the scorer and the room load first. */
function Resuming({ title, playtest, scorer, onRetry, onBack }: ResumingProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="screen screen--center">
      <section className="card resuming" aria-labelledby="resuming-title">
        <h1 id="resuming-title" ref={heading} tabIndex={-1}>
          {playtest ? 'Play-testing' : 'Resuming'} “{title}”
        </h1>
        {scorer.status === 'failed' ? (
          <>
            <p role="alert">
              The reply scorer could not load ({scorer.message}), so this meeting cannot be resumed right now. Your
              saved meeting is kept.
            </p>
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={onRetry}>
                Try again
              </button>
              <button type="button" className="button" onClick={onBack}>
                Back to scenarios
              </button>
            </div>
          </>
        ) : (
          <p role="status" className="status-line">
            <span className="spinner" aria-hidden="true" /> Preparing the scorer…
          </p>
        )}
      </section>
    </main>
  );
}
