// @vitest-environment jsdom
import { StrictMode } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MotionGlobalConfig } from 'motion/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReplyScorer } from '../../engine/scorer-seam';
import { createMemoryStorage, createStore } from '../storage/store';
import { App } from './app';
import { tinyScenarioFile } from '../../../tests/fixtures/engine-fixtures';
import { fakeSound, readyLoader, renderApp, tinyCatalog } from './test-kit';

vi.mock('howler', () => {
  class Howl {
    play() {
      return 1;
    }
    stop() {}
    mute() {}
    unload() {}
  }
  return { Howl, Howler: { noAudio: false } };
});

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
    render(
      <StrictMode>
        <App services={services} catalog={tinyCatalog()} />
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
