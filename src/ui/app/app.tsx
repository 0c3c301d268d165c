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
import type { Review } from './review';
import type { CatalogEntry, ScenarioLoader } from '../scenario-catalog';
import { ErrorBoundary } from './error-boundary';
import { useFocusOnMount } from './focus';
import type { MeetingSession, MeetingSnapshot } from './meeting-session';
import { Notices } from './notices';
import { looksLikeSnapshot, RestoreError } from './saved-meeting';
import { unscoredScorer, type ScorerState } from './scorer-state';
import { READ_MS, readLargeText, ServicesContext, writeLargeText, type AppServices } from './services';
import { readStartup, type Startup } from './startup';

// Only the Start screen is in the first bundle; the rest loads on the way (the briefing while idle on Start, the
// meeting room and engine while the briefing is read, the debrief and its charts at the end).
const loadBriefing = () => import('../screens/briefing/briefing-screen');
const loadMeeting = () => Promise.all([import('./meeting-session'), import('../screens/meeting/meeting-room')]);
const BriefingScreen = lazy(() => loadBriefing().then((m) => ({ default: m.BriefingScreen })));
const MeetingRoom = lazy(() => import('../screens/meeting/meeting-room').then((m) => ({ default: m.MeetingRoom })));
const DebriefSlot = lazy(() => import('./debrief-slot'));
const Lab = lazy(() => import('../screens/lab/lab').then((m) => ({ default: m.Lab })));
const ReviewSlot = lazy(() => import('./review-slot'));

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
  /** The scenario is being fetched for its briefing. */
  | { name: 'opening'; scenarioId: string }
  /** The scenario could not be fetched; `then` is what Try again does. */
  | { name: 'unavailable'; scenarioId: string; message: string; then: 'briefing' | 'resume' }
  | { name: 'briefing'; scenario: CompiledScenario }
  | { name: 'resuming'; scenarioId: string; playtest?: boolean }
  | { name: 'meeting'; scenarioId: string; session: MeetingSession }
  | { name: 'debrief'; scenarioId: string; snapshot: MeetingSnapshot; startedAt: number }
  /** A mentor reviews a transcript someone exported; nothing is saved. */
  | { name: 'review'; review: Review; scenario: CompiledScenario };

export interface AppProps {
  services: AppServices;
  /** The Start screen's cards: summaries only. */
  catalog: CatalogEntry[];
  /** Fetches a playable entry's full scenario (its own chunk) when it is opened, resumed or started. */
  loadScenario: ScenarioLoader;
  /** `readStartup(store)`, called before the first render (main.tsx), so StrictMode's double render loses nothing. */
  initial?: Startup;
}

function newSeed(): number {
  // The engine never reads randomness itself; the shell seeds each meeting.
  return Math.floor(Math.random() * 0x7fffffff) + 1;
}

function resumableIds(services: AppServices, catalog: CatalogEntry[]): string[] {
  return catalog.filter((e) => e.ok && looksLikeSnapshot(services.store.loadInProgress(e.id), e.id)).map((e) => e.id);
}

export function App({ services, catalog, loadScenario, initial }: AppProps) {
  const { store, sound } = services;
  const now = services.now ?? Date.now;
  const [boot] = useState(() => {
    const { settings, notices } = initial ?? readStartup(store);
    const resumable = resumableIds(services, catalog);
    return { settings, resumable, notices: [...notices, ...store.takeNotices()] };
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
  /** Changes the screen; promise callbacks compare `screenRef` at once, before React renders the change. */
  const show = useCallback((next: Screen) => {
    screenRef.current = next;
    setScreen(next);
  }, []);

  const pullNotices = useCallback(() => {
    const fresh = store.takeNotices();
    if (fresh.length > 0) setNotices((old) => [...old, ...fresh.filter((n) => !old.includes(n))]);
  }, [store]);

  // ---------------------------------------------------------------- scenarios, fetched on demand

  // A scenario play-tested from the lab joins the bundled ones for this visit (briefing, try again, debrief); a
  // bundled scenario with the same id wins, as the Start screen's card promises it.
  const labScenario = useRef<CompiledScenario | null>(null);
  const bundledTitles = useMemo(() => new Map(catalog.flatMap((e) => (e.ok ? [[e.id, e.title] as const] : []))), [catalog]);
  /** Scenarios fetched so far, and fetches under way (a failed one is forgotten, so it can be retried). */
  const fetched = useRef(new Map<string, CompiledScenario>());
  const fetching = useRef(new Map<string, Promise<CompiledScenario>>());

  const scenarioAtHand = useCallback(
    (id: string): CompiledScenario | undefined => {
      if (bundledTitles.has(id)) return fetched.current.get(id);
      return labScenario.current?.id === id ? labScenario.current : undefined;
    },
    [bundledTitles],
  );

  const fetchScenario = useCallback(
    (id: string): Promise<CompiledScenario> => {
      const atHand = scenarioAtHand(id);
      if (atHand) return Promise.resolve(atHand);
      if (!bundledTitles.has(id)) return Promise.reject(new Error(`no scenario has the id "${id}"`));
      const underWay = fetching.current.get(id);
      if (underWay) return underWay;
      const promise = loadScenario(id).then(
        (scenario) => {
          fetched.current.set(id, scenario);
          fetching.current.delete(id);
          return scenario;
        },
        (error: unknown) => {
          fetching.current.delete(id);
          throw error;
        },
      );
      fetching.current.set(id, promise);
      return promise;
    },
    [scenarioAtHand, bundledTitles, loadScenario],
  );

  const titleOf = useCallback(
    (id: string): string => bundledTitles.get(id) ?? (labScenario.current?.id === id ? labScenario.current.title : id),
    [bundledTitles],
  );

  /** Starts fetching a scenario the trainee is about to open (pointer over or focus on its card). */
  const warmScenario = useCallback((id: string) => void fetchScenario(id).catch(() => {}), [fetchScenario]);

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
    show({ name: 'start' });
  }, [disposeSession, services, catalog, pullNotices, show]);

  /** A transcript file from someone else: validated, matched to a bundled scenario, shown read-only. */
  const reviewFile = useCallback(
    (file: File) => {
      const fail = (message: string) => setNotices((old) => [...old, message]);
      void Promise.all([file.text(), import('./review')]).then(
        ([text, { parseReview }]) => {
          const result = parseReview(text, `“${file.name}”`);
          if (!result.ok) return fail(result.message);
          const { review } = result;
          if (!bundledTitles.has(review.scenarioId)) {
            return fail(
              `“${file.name}” is a transcript of “${review.scenarioTitle}”, a scenario this app does not have (id “${review.scenarioId}”). Open it in an app that has the scenario.`,
            );
          }
          fetchScenario(review.scenarioId).then(
            (scenario) => show({ name: 'review', review, scenario }),
            (error: unknown) => fail(`The scenario of “${file.name}” could not be loaded (${error instanceof Error ? error.message : String(error)}).`),
          );
        },
        (error: unknown) => fail(`“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}).`),
      );
    },
    [bundledTitles, fetchScenario, show],
  );

  const openBriefing = useCallback(
    (scenarioId: string) => {
      disposeSession();
      // Load the scorer and the meeting room while the trainee reads the briefing.
      ensureScorer().catch(() => {});
      loadMeeting().catch(() => {});
      const atHand = scenarioAtHand(scenarioId);
      if (atHand) {
        show({ name: 'briefing', scenario: atHand });
        return;
      }
      const opening: Screen = { name: 'opening', scenarioId };
      show(opening);
      fetchScenario(scenarioId).then(
        (scenario) => {
          if (screenRef.current === opening) show({ name: 'briefing', scenario });
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (screenRef.current === opening) show({ name: 'unavailable', scenarioId, message, then: 'briefing' });
        },
      );
    },
    [disposeSession, ensureScorer, scenarioAtHand, fetchScenario, show],
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
          show({ name: 'start' });
          return;
        }
        show({ name: 'meeting', scenarioId: scenario.id, session });
      } catch (error) {
        if (error instanceof RestoreError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        setNotices((old) => [...old, `The meeting room could not be loaded (${message}). Check the connection and try again.`]);
      } finally {
        entering.current = false;
      }
    },
    [now, settings, sound, store, pullNotices, show],
  );

  /** From the briefing, which has the scenario already. */
  const startMeeting = useCallback(
    (scenario: CompiledScenario) => {
      if (scorerState.status === 'ready') void enterMeeting(scenario, scorerState.scorer);
      else if (scorerState.status === 'failed') void enterMeeting(scenario, unscoredScorer, undefined, true);
    },
    [scorerState, enterMeeting],
  );

  /** From the lab: play the author's scenario at once, with live hints on. */
  const playtest = useCallback(
    (scenario: CompiledScenario) => {
      labScenario.current = scenario;
      show({ name: 'resuming', scenarioId: scenario.id, playtest: true });
      ensureScorer().then(
        (scorer) => void enterMeeting(scenario, scorer, undefined, false, true),
        () => void enterMeeting(scenario, unscoredScorer, undefined, true, true),
      );
    },
    [ensureScorer, enterMeeting, show],
  );

  const resumeMeeting = useCallback(
    (scenarioId: string) => {
      const snapshot = store.loadInProgress(scenarioId);
      pullNotices();
      if (snapshot === null) {
        setResumable((ids) => ids.filter((id) => id !== scenarioId));
        return;
      }
      const resuming: Screen = { name: 'resuming', scenarioId };
      show(resuming);
      // The scorer and the scenario load side by side; a scorer that fails shows on the Resuming card.
      const scorer = ensureScorer();
      scorer.catch(() => {});
      fetchScenario(scenarioId).then(
        (scenario) =>
          scorer.then(
            (ready) => {
              if (screenRef.current === resuming) void enterMeeting(scenario, ready, snapshot);
            },
            () => {},
          ),
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          if (screenRef.current === resuming) show({ name: 'unavailable', scenarioId, message, then: 'resume' });
        },
      );
    },
    [store, pullNotices, ensureScorer, fetchScenario, enterMeeting, show],
  );

  const showDebrief = useCallback(() => {
    const current = screenRef.current;
    if (current.name !== 'meeting') return;
    const snapshot = current.session.actor.getSnapshot();
    current.session.dispose();
    show({ name: 'debrief', scenarioId: current.scenarioId, snapshot, startedAt: snapshot.context.startedAt ?? now() });
  }, [now, show]);

  const startOver = useCallback(() => {
    const current = screenRef.current;
    disposeSession();
    if (current.name === 'meeting' || current.name === 'resuming') store.clearInProgress(current.scenarioId);
    setResumable(resumableIds(services, catalog));
    show({ name: 'start' });
  }, [disposeSession, store, services, catalog, show]);

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
          onWarm={warmScenario}
          onSettingsChange={updateSettings}
          onLargeTextChange={updateLargeText}
          onOpenLab={() => show({ name: 'lab' })}
          onReviewFile={reviewFile}
        />
      );
      break;
    case 'lab':
      loading = 'Opening the scenario lab…';
      body = <Lab onPlaytest={playtest} onBack={goHome} loadScorer={() => ensureScorer()} />;
      break;
    case 'opening':
      body = <Loading label="Opening the briefing…" />;
      break;
    case 'unavailable': {
      const { scenarioId, then } = screen;
      body = (
        <Unavailable
          title={titleOf(scenarioId)}
          message={screen.message}
          savedMeeting={then === 'resume'}
          onRetry={() => (then === 'briefing' ? openBriefing(scenarioId) : resumeMeeting(scenarioId))}
          onBack={goHome}
        />
      );
      break;
    }
    case 'briefing': {
      const { scenario } = screen;
      loading = 'Opening the briefing…';
      body = (
        <BriefingScreen
          scenario={scenario}
          settings={settings}
          scorer={scorerState}
          onStart={() => startMeeting(scenario)}
          onRetryScorer={() => ensureScorer().catch(() => {})}
          onBack={goHome}
        />
      );
      break;
    }
    case 'resuming':
      body = (
        <Resuming
          title={titleOf(screen.scenarioId)}
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
    case 'review': {
      const { scenario } = screen;
      loading = 'Opening the transcript…';
      body = <ReviewSlot review={screen.review} scenario={scenario} onTryAgain={() => openBriefing(scenario.id)} onHome={goHome} />;
      break;
    }
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

interface UnavailableProps {
  title: string;
  message: string;
  /** It was a saved meeting being resumed (it is kept). */
  savedMeeting: boolean;
  onRetry: () => void;
  onBack: () => void;
}

/** A scenario's chunk could not be fetched (offline, or a new deploy replaced it): say so, offer to try again. */
function Unavailable({ title, message, savedMeeting, onRetry, onBack }: UnavailableProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="screen screen--center">
      <section className="card crash" aria-labelledby="unavailable-title">
        <h1 id="unavailable-title" ref={heading} tabIndex={-1}>
          “{title}” could not be opened
        </h1>
        <p role="alert">
          The scenario could not be loaded ({message}). Check the connection and try again.
          {savedMeeting ? ' Your saved meeting is kept.' : ''}
        </p>
        <RetryOrBack onRetry={onRetry} onBack={onBack} />
      </section>
    </main>
  );
}

function RetryOrBack({ onRetry, onBack }: { onRetry: () => void; onBack: () => void }) {
  return (
    <div className="button-row">
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
      <button type="button" className="button" onClick={onBack}>
        Back to scenarios
      </button>
    </div>
  );
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
            <RetryOrBack onRetry={onRetry} onBack={onBack} />
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
