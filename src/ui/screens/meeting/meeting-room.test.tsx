// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MotionGlobalConfig } from 'motion/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keywordScorer } from '../../../../tests/fixtures/engine-fixtures';
import { MAX_REPLY_CHARS, replyProblem } from '../../../engine/rules';
import { createMeetingSession } from '../../app/meeting-session';
import { renderApp, tinyCatalog, type RenderAppOptions } from '../../app/test-kit';
import { createMemoryStorage, createStore, type Settings } from '../../storage/store';

// A silent howler: __mocks__/howler.ts.
vi.mock('howler');

beforeAll(() => {
  MotionGlobalConfig.skipAnimations = true;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});

const GOOD_OPENING = 'I hear you. Let us first understand what happened, and park fixes for the action items.';
const ANN_LINES = /^(Who broke it\?|Whose fault is this\?)$/;

async function startMeeting(settings: Partial<Settings> = {}, options: RenderAppOptions = {}, user = userEvent.setup()) {
  const app = renderApp({ settings: { replyMode: 'type', ...settings }, ...options });
  await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
  const start = await screen.findByRole('button', { name: 'Start meeting' });
  await waitFor(() => expect(start).toBeEnabled());
  await user.click(start);
  await screen.findByRole('region', { name: 'Around the table' });
  return { user, ...app };
}

function conversation() {
  return screen.getByRole('region', { name: 'Conversation' });
}

describe('Meeting room', () => {
  it('seats the stakeholders with archetype, mood and a labelled tension meter, and marks the agenda step', async () => {
    await startMeeting();
    expect(screen.getByRole('heading', { level: 1, name: 'Tiny outage' })).toBeInTheDocument();
    const table = screen.getByRole('region', { name: 'Around the table' });
    const ann = within(table).getByRole('listitem', { name: 'Ann, Product' });
    expect(within(ann).getByText('Accusatory')).toBeInTheDocument();
    expect(within(ann).getByText('Uneasy')).toBeInTheDocument();
    const meter = within(ann).getByRole('meter', { name: "Ann's tension" });
    expect(meter).toHaveAttribute('aria-valuenow', '40');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');

    const agenda = screen.getByRole('region', { name: 'Agenda' });
    const current = within(agenda).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent(/Opening/);

    // The first challenge is on the table and read out to screen readers with who said it.
    expect(within(conversation()).getByText(ANN_LINES)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/^Ann, Product: (Who broke it\?|Whose fault is this\?)$/));
    expect(screen.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');
  });

  it('sends a typed reply with Enter, and the stakeholder reacts', async () => {
    const { user, store } = await startMeeting();
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    expect(box).toHaveFocus();
    await user.type(box, GOOD_OPENING);
    await user.keyboard('{Enter}');

    const talk = conversation();
    expect(within(talk).getByText(GOOD_OPENING)).toBeInTheDocument();
    expect(within(talk).getByText(/^Ann: (fair enough|ok, that helps)\.$/)).toBeInTheDocument();
    // A strong reply calms the speaker (medium: -10).
    expect(screen.getByRole('meter', { name: "Ann's tension" })).toHaveAttribute('aria-valuenow', '30');
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/Ann, Product: Ann: (fair enough|ok, that helps)\./));

    // The reaction stays until Continue (focused) moves on; the meeting was saved meanwhile.
    const next = screen.getByRole('button', { name: 'Continue' });
    expect(next).toHaveFocus();
    expect(JSON.stringify(store.loadInProgress('tiny'))).toContain(GOOD_OPENING);
    await user.keyboard('{Enter}');
    expect(await within(conversation()).findByText('The front-end messed up.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveFocus();
  });

  it('adds a new line with Shift+Enter instead of sending', async () => {
    const { user } = await startMeeting();
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'First line{Shift>}{Enter}{/Shift}second line');
    expect(box).toHaveValue('First line\nsecond line');
    expect(within(conversation()).queryByText(/First line/)).not.toBeInTheDocument();
  });

  it('refuses an empty reply with the engine’s message and keeps focus in the box', async () => {
    const { user } = await startMeeting();
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await user.type(box, '   ');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(replyProblem('   ')!);
    expect(box).toHaveFocus();
    expect(box).toHaveValue('   ');
    expect(box).toHaveAttribute('aria-invalid', 'true');

    // Clicking Send does the same and puts focus back in the box.
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/empty reply says nothing/);
    expect(box).toHaveFocus();
  });

  it('refuses an over-long reply and keeps the text', async () => {
    const { user } = await startMeeting();
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    const long = 'a'.repeat(MAX_REPLY_CHARS + 1);
    await user.click(box);
    await user.paste(long);
    expect(screen.getByText(`${(MAX_REPLY_CHARS + 1).toLocaleString('en-US')} / ${MAX_REPLY_CHARS.toLocaleString('en-US')}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/limited to 4,000 characters; this one has 4,001/);
    expect(box).toHaveValue(long);
  });

  it('shows the beat’s options as buttons in pick mode, and a chosen line gets its reaction', async () => {
    const { user } = await startMeeting({ replyMode: 'pick' });
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).not.toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Pick your reply' });
    expect(within(group).getAllByRole('button')).toHaveLength(3);
    await user.click(within(group).getByRole('button', { name: 'The front-end team should have caught this, blame them.' }));
    expect(within(conversation()).getByText(/^Ann: (that is not good enough!|unbelievable\.)$/)).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: "Ann's tension" })).toHaveAttribute('aria-valuenow', '60');
  });

  it('offers the reply box and, when stuck, the prepared lines in "both" mode', async () => {
    const { user } = await startMeeting({ replyMode: 'both' });
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Stuck? Pick a line' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Or pick a line' })).not.toBeInTheDocument();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Or pick a line' });
    expect(within(group).getAllByRole('button')).toHaveLength(3);
    await user.click(within(group).getByRole('button', { name: /^I hear you\. The logs at 14:02/ }));
    expect(within(conversation()).getByText(/^Ann: (fair enough|ok, that helps)\.$/)).toBeInTheDocument();
  });

  it('puts an exhibit on screen and takes it off with its toggle', async () => {
    const { user } = await startMeeting();
    const toggle = screen.getByRole('button', { name: 'Show Error rate' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const wall = screen.getByRole('region', { name: 'On screen' });
    expect(within(wall).getByRole('figure')).toHaveTextContent(/Error rate/);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('region', { name: 'On screen' })).not.toBeInTheDocument();
  });

  it('pauses and resumes the meeting', async () => {
    const { user } = await startMeeting();
    expect(screen.getByRole('timer', { name: 'Time to reply' })).toHaveTextContent(/4\d seconds before someone cuts in|40 seconds/);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText('Paused — resume when ready.')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time to reply' })).toHaveTextContent('Timer paused');
    // Still able to reply while paused.
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.queryByText('Paused — resume when ready.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('parks a topic from the parking lot', async () => {
    const { user } = await startMeeting();
    await user.click(screen.getByRole('button', { name: 'Park topic' }));
    const field = screen.getByRole('textbox', { name: 'Topic to park' });
    expect(field).toHaveFocus();
    await user.type(field, 'Rollback plan{Enter}');
    const lot = screen.getByRole('region', { name: 'Parking lot' });
    expect(within(lot).getByText('Rollback plan')).toBeInTheDocument();
    expect(within(lot).getByText('(still parked)')).toBeInTheDocument();
    expect(within(conversation()).getByText(/Parked for the action items: Rollback plan/)).toBeInTheDocument();
  });

  it('mutes and unmutes, remembering the choice, and hums while the meeting runs', async () => {
    const { user, sound, store } = await startMeeting();
    expect(sound.roomTone).toBe(true);
    const toggle = screen.getByRole('button', { name: 'Sound' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(sound.muted).toBe(true);
    expect(store.getSettings().sound).toBe(false);
  });

  it('asks before leaving; Escape stays, confirming ends the meeting and opens the debrief', async () => {
    const { user, store, sound } = await startMeeting();
    const leave = screen.getByRole('button', { name: 'Leave meeting' });
    await user.click(leave);
    const dialog = screen.getByRole('dialog', { name: 'Leave the meeting?' });
    expect(within(dialog).getByRole('button', { name: 'Stay in the meeting' })).toHaveFocus();
    // Opening the dialog stops the clock.
    expect(screen.getByText('Paused — resume when ready.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByText('Paused — resume when ready.')).not.toBeInTheDocument();
    expect(leave).toHaveFocus();

    await user.click(leave);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getAllByText(/Abandoned/).length).toBeGreaterThan(0);
    expect(store.loadInProgress('tiny')).toBeNull();
    expect(sound.roomTone).toBe(false);
  });

  it('restores a saved meeting paused, with what was said so far', async () => {
    const storage = createMemoryStorage();
    const store = createStore(storage);
    const entry = tinyCatalog()[0]!;
    if (!entry.ok) throw new Error('fixture');
    const earlier = createMeetingSession({ scenario: entry.scenario, scorer: keywordScorer, store, options: { replyMode: 'type', readMs: 0 } });
    earlier.send({ type: 'reply.submit', text: GOOD_OPENING });
    earlier.send({ type: 'meeting.continue' });
    earlier.dispose();

    const user = userEvent.setup();
    renderApp({ storage });
    await user.click(screen.getByRole('button', { name: 'Resume meeting' }));
    expect(await screen.findByText('Paused — resume when ready.')).toBeInTheDocument();
    expect(within(conversation()).getByText(GOOD_OPENING)).toBeInTheDocument();
    expect(within(conversation()).getByText('The front-end messed up.')).toBeInTheDocument();
    const resume = screen.getByRole('button', { name: 'Resume' });
    expect(resume).toHaveFocus();
    await user.click(resume);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('plays a whole meeting by keyboard alone, ticking the parked topic when it comes back', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ settings: { replyMode: 'type' } });
    // Start screen: focus starts on the h1; the first Tab reaches the scenario card.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Tiny outage' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const start = await screen.findByRole('button', { name: 'Start meeting' });
    await waitFor(() => expect(start).toBeEnabled());
    for (let i = 0; i < 40 && document.activeElement !== start; i++) await user.tab();
    expect(start).toHaveFocus();
    await user.keyboard('{Enter}');

    const replies = [
      GOOD_OPENING,
      'I hear you. The logs at 14:02 show the spike; let us park the copy fix.',
      'The metrics show gas at the limit at 14:05.',
      'Lena owns the error copy fix, due Dec 10.',
    ];
    for (const [i, reply] of replies.entries()) {
      const box = await screen.findByRole('textbox', { name: 'Your reply' });
      expect(box).toHaveFocus();
      await user.keyboard(reply);
      await user.keyboard('{Enter}');
      if (i === 1) {
        const lot = screen.getByRole('region', { name: 'Parking lot' });
        expect(within(lot).getByText('Front-end error copy')).toBeInTheDocument();
        expect(within(lot).getByText('(still parked)')).toBeInTheDocument();
      }
      if (i < replies.length - 1) {
        expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
        await user.keyboard('{Enter}');
      }
    }
    expect(within(screen.getByRole('region', { name: 'Parking lot' })).getByText('(revisited)')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Meeting complete' })).toBeInTheDocument();
    const debrief = screen.getByRole('button', { name: 'See your debrief' });
    expect(debrief).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Debrief' }, { timeout: 5000 })).toBeInTheDocument();
    // The finished attempt is kept for the next debrief's comparison, and nothing is left to resume.
    await waitFor(() => expect(store.listAttempts('tiny')).toHaveLength(1));
    expect(store.listAttempts('tiny')[0]).toMatchObject({ outcome: 'completed', scenarioTitle: 'Tiny outage' });
    expect(store.loadInProgress('tiny')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiny outage' })).toBeInTheDocument();
  });

  it('counts down, ticks in the last five seconds, then someone cuts in', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { sound } = await startMeeting({ difficulty: 'hard' }, {}, user);
    // Hard: 25 s for a patience-3 speaker.
    expect(screen.getByRole('timer', { name: 'Time to reply' })).toHaveTextContent(/2[45] seconds/);
    await act(async () => {
      vi.advanceTimersByTime(21_000);
    });
    expect(screen.getByRole('timer', { name: 'Time to reply' })).toHaveTextContent(/[34] seconds/);
    expect(sound.played.filter((s) => s === 'tick').length).toBeGreaterThanOrEqual(1);
    expect(sound.played).not.toContain('buzz');

    await act(async () => {
      vi.advanceTimersByTime(5_000);
    });
    expect(sound.played).toContain('buzz');
    expect(within(conversation()).getByText('cuts in')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: "Ann's tension" })).toHaveAttribute('aria-valuenow', '53');
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/Ann, Product, interrupting:/));
  });
});
