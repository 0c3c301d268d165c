// @vitest-environment jsdom
import { StrictMode } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MotionGlobalConfig } from 'motion/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReplyScorer } from '../../engine/scorer-seam';
import type { CompiledScenario } from '../../scenario/compile';
import { catalogSummaries, loaderFor, type ScenarioLoader } from '../scenario-catalog';
import { createMemoryStorage, createStore } from '../storage/store';
import { App } from './app';
import { keywordScorer, tinyScenario, tinyScenarioFile } from '../../../tests/fixtures/engine-fixtures';
import { bestStrategy, playMeeting } from '../../engine/headless';
import { exportPayload } from '../screens/debrief/debrief-data';
import { createMeetingSession } from './meeting-session';
import { readStartup } from './startup';
import { fakeSound, readyLoader, renderApp, tinyCatalog } from './test-kit';

// A silent howler: __mocks__/howler.ts.
vi.mock('howler');

beforeAll(() => {
  MotionGlobalConfig.skipAnimations = true;
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function enterMeeting(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
  const start = await screen.findByRole('button', { name: 'Start meeting' });
  await waitFor(() => expect(start).toBeEnabled());
  await user.click(start);
  await screen.findByRole('region', { name: 'Around the table' });
}

describe('App shell', () => {
  it('runs one meeting under StrictMode: one start, replies work, the transcript is not doubled', async () => {
    const user = userEvent.setup();
    const store = createStore(createMemoryStorage());
    const services = { store, sound: fakeSound(), loadScorer: readyLoader };
    const catalog = tinyCatalog();
    render(
      <StrictMode>
        <App services={services} catalog={catalogSummaries(catalog)} loadScenario={loaderFor(catalog)} />
      </StrictMode>,
    );
    await enterMeeting(user);
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'I hear you{Enter}');
    const talk = screen.getByRole('region', { name: 'Conversation' });
    expect(within(talk).getAllByText('I hear you')).toHaveLength(1);
    const saved = store.loadInProgress('tiny') as { context: { log: { type: string }[] } };
    expect(saved.context.log.map((e) => e.type)).toEqual(['meeting.start', 'reply.submit']);
  });

  it('shows a friendly message and "Start over" when the meeting breaks', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: ReplyScorer = () => {
      throw new Error('scorer exploded');
    };
    const user = userEvent.setup();
    const { store } = renderApp({ loader: async () => broken, settings: { replyMode: 'type' } });
    await enterMeeting(user);
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'Hello{Enter}');

    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('scorer exploded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('button', { name: 'Tiny outage' })).toBeInTheDocument();
    // The broken meeting is not offered for resuming.
    expect(screen.queryByRole('button', { name: 'Resume meeting' })).not.toBeInTheDocument();
    expect(store.loadInProgress('tiny')).toBeNull();
  });

  it('unlocks audio on the first interaction', async () => {
    const user = userEvent.setup();
    const { sound } = renderApp();
    expect(sound.unlocked).toBe(false);
    await user.keyboard('{Tab}');
    expect(sound.unlocked).toBe(true);
  });

  it('applies sound and large-text settings to the page and the soundboard', async () => {
    const user = userEvent.setup();
    const { sound } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: /^Sound/ }));
    expect(sound.muted).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Large text/ }));
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(localStorage.getItem('hotseat.textSize')).toBe('large');
  });

  it('does not offer to resume a saved meeting of another scenario', async () => {
    const storage = createMemoryStorage();
    createStore(storage).saveInProgress('tiny', { status: 'active', value: 'lobby', context: { scenario: { id: 'other' } } });
    renderApp({ storage });
    expect(screen.queryByRole('button', { name: 'Resume meeting' })).not.toBeInTheDocument();
  });

  it('announces unreadable saved attempts on the Start screen at startup, once, under StrictMode', async () => {
    const storage = createMemoryStorage();
    const cutOff = '{"v":1,"savedAt":"x","data":[{"id":';
    storage.setItem('hotseat.attempts', cutOff);
    // As main.tsx boots: read storage once, then render under StrictMode.
    const store = createStore(storage);
    const catalog = tinyCatalog();
    render(
      <StrictMode>
        <App
          services={{ store, sound: fakeSound(), loadScorer: readyLoader }}
          catalog={catalogSummaries(catalog)}
          loadScenario={loaderFor(catalog)}
          initial={readStartup(store)}
        />
      </StrictMode>,
    );
    const notices = screen.getByRole('region', { name: 'Notices' });
    expect(
      within(notices).getByText('Your saved attempts could not be read; they were set aside and the app started clean.'),
    ).toBeInTheDocument();
    expect(within(notices).getAllByRole('button', { name: 'Dismiss notice' })).toHaveLength(1);
    // Still on the Start screen, and the unreadable value is kept aside, not lost.
    expect(screen.getByRole('button', { name: 'Tiny outage' })).toBeInTheDocument();
    expect(storage.getItem('hotseat.attempts')).toBeNull();
    expect(store.listAttempts()).toEqual([]);
  });

  it('checks the saved attempts at startup also when the app reads storage itself', () => {
    const storage = createMemoryStorage();
    storage.setItem('hotseat.attempts', JSON.stringify({ v: 7, savedAt: '', data: [] }));
    renderApp({ storage });
    expect(
      screen.getByText(
        'Your saved attempts were saved by a different version of Hotseat; they were set aside and the app started clean.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing at startup when the saved attempts read fine', () => {
    const storage = createMemoryStorage();
    const seed = createStore(storage);
    seed.addAttempt({
      id: 'a-1',
      scenarioId: 'tiny',
      scenarioTitle: 'Tiny outage',
      startedAt: '2025-03-14T09:00:00.000Z',
      endedAt: '2025-03-14T09:05:00.000Z',
      outcome: 'completed',
      score: 70,
      level: 'Steady hand',
      moveRates: { acknowledge: 1 },
      transcript: [],
    });
    const { store } = renderApp({ storage });
    expect(screen.getByRole('button', { name: 'Tiny outage' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dismiss notice' })).not.toBeInTheDocument();
    expect(store.listAttempts().map((a) => a.id)).toEqual(['a-1']);
  });

  it('opens the scenario lab from the start screen and play-tests a pasted scenario with live hints', async () => {
    const user = userEvent.setup();
    renderApp({ settings: { hints: false } });
    await user.click(screen.getByRole('button', { name: 'Open the scenario lab' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenario lab' })).toBeInTheDocument();
    const editor = screen.getByRole('textbox', { name: 'Scenario JSON' });
    const file = tinyScenarioFile({ id: 'lab-draft', title: 'Lab draft' });
    file.phases[0]!.beats[0]!.expects.hint = 'Set the blameless frame first.';
    await user.clear(editor);
    await user.click(editor);
    await user.paste(JSON.stringify(file, null, 2));
    const play = screen.getByRole('button', { name: 'Play-test' });
    await waitFor(() => expect(play).toBeEnabled());
    await user.click(play);
    await screen.findByRole('region', { name: 'Around the table' });
    expect(screen.getByText('Set the blameless frame first.')).toBeInTheDocument();
  });
});

/** A scenario loader the test answers call by call: `answer(i)` resolves call i, `fail(i, error)` rejects it. */
function controlledScenarios(scenario: CompiledScenario) {
  const calls: { id: string; resolve: (s: CompiledScenario) => void; reject: (e: Error) => void }[] = [];
  const load: ScenarioLoader = (id) =>
    new Promise<CompiledScenario>((resolve, reject) => {
      calls.push({ id, resolve, reject });
    });
  return {
    load,
    ids: () => calls.map((c) => c.id),
    answer: (i: number) => calls[i]!.resolve(scenario),
    fail: (i: number, error: Error) => calls[i]!.reject(error),
  };
}

function tinyCompiled(): CompiledScenario {
  const entry = tinyCatalog()[0]!;
  if (!entry.ok) throw new Error('fixture');
  return entry.scenario;
}

describe('Scenarios fetched on demand', () => {
  it('draws the Start screen from summaries and fetches the scenario once, when its card is opened', async () => {
    const user = userEvent.setup();
    const scenarios = controlledScenarios(tinyCompiled());
    renderApp({ loadScenario: scenarios.load });
    expect(screen.getByRole('button', { name: 'Tiny outage' })).toBeEnabled();
    expect(scenarios.ids()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
    expect(screen.getByRole('status')).toHaveTextContent('Opening the briefing…');
    expect(scenarios.ids()).toEqual(['tiny']);
    scenarios.answer(0);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiny outage' })).toHaveFocus();
    expect(screen.getByText('Something broke.')).toBeInTheDocument();

    // Back and in again: the scenario is at hand, the briefing opens at once.
    await user.click(screen.getByRole('button', { name: /Back to scenarios/ }));
    await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Tiny outage' })).toBeInTheDocument();
    expect(scenarios.ids()).toEqual(['tiny']);
  });

  it('says when a scenario cannot be fetched, and fetches it again on "Try again"', async () => {
    const user = userEvent.setup();
    const scenarios = controlledScenarios(tinyCompiled());
    renderApp({ loadScenario: scenarios.load });
    await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
    scenarios.fail(0, new Error('Failed to fetch dynamically imported module'));

    const heading = await screen.findByRole('heading', { level: 1, name: '“Tiny outage” could not be opened' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(/Failed to fetch dynamically imported module.*try again/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(scenarios.ids()).toEqual(['tiny', 'tiny']);
    scenarios.answer(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiny outage' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start meeting' })).toBeInTheDocument();
  });

  it('fetches the scenario before resuming, and keeps the saved meeting when that fails', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const store = createStore(storage);
    createMeetingSession({ scenario: tinyCompiled(), scorer: keywordScorer, store }).dispose();
    const scenarios = controlledScenarios(tinyCompiled());
    renderApp({ storage, loadScenario: scenarios.load });

    await user.click(screen.getByRole('button', { name: 'Resume meeting' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Resuming “Tiny outage”' })).toBeInTheDocument();
    scenarios.fail(0, new Error('offline'));
    await screen.findByRole('heading', { level: 1, name: '“Tiny outage” could not be opened' });
    expect(screen.getByRole('alert')).toHaveTextContent(/offline.*Your saved meeting is kept\./);
    expect(store.loadInProgress('tiny')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    scenarios.answer(1);
    expect(await screen.findByRole('region', { name: 'Around the table' })).toBeInTheDocument();
  });

  it('lets a mentor review an exported transcript read-only, and explains a file it cannot read', async () => {
    const user = userEvent.setup();
    const { store } = renderApp();
    const run = playMeeting({ input: { scenario: tinyScenario() }, scorer: keywordScorer, strategy: bestStrategy() });
    const json = exportPayload(run.context, { score: 77, level: 'Proficient' }, new Date('2026-11-27T10:00:00Z'));
    const picker = screen.getByLabelText('Review an exported transcript');

    await user.upload(picker, new File(['{"not": "a transcript"}'], 'notes.json', { type: 'application/json' }));
    expect(await screen.findByText(/“notes.json” is not a Hotseat transcript/)).toBeInTheDocument();

    await user.upload(picker, new File([json], 'lead-attempt.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/reviewing a transcript exported .* not added to your attempts/);
    expect(screen.getByText('77')).toBeInTheDocument();
    expect(store.listAttempts('tiny')).toEqual([]);
  });
});
