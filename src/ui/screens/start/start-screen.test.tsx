// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MotionGlobalConfig } from 'motion/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keywordScorer, tinyScenarioFile } from '../../../../tests/fixtures/engine-fixtures';
import { buildCatalog } from '../../scenario-catalog';
import { createMemoryStorage, createStore, inProgressKey, SETTINGS_KEY } from '../../storage/store';
import { createMeetingSession } from '../../app/meeting-session';
import { renderApp, tinyCatalog } from '../../app/test-kit';

// A silent howler: __mocks__/howler.ts.
vi.mock('howler');

beforeAll(() => {
  MotionGlobalConfig.skipAnimations = true;
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('Start screen', () => {
  it('lists scenarios as buttons named by title, with the stakeholders, difficulty and length', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    const card = screen.getByRole('button', { name: 'Tiny outage' });
    expect(card).toHaveAccessibleDescription(/It broke\..*Easy.*About 5 min.*In the room: Ann \(Product\), Bo \(Infra\)/);
    // Each stakeholder's face: coloured initials.
    expect(within(card).getByText('A')).toHaveStyle({ background: '#d9534f' });
    expect(within(card).getByText('B')).toBeInTheDocument();
  });

  it('puts the default scenario first', () => {
    const files = {
      '/scenarios/another.json': JSON.stringify(tinyScenarioFile({ id: 'another', title: 'A bridge halt' })),
      '/scenarios/gas-spike-outage.json': JSON.stringify(tinyScenarioFile({ id: 'gas-spike-outage', title: 'Gas spike outage' })),
    };
    renderApp({ catalog: buildCatalog(files) });
    const cards = screen.getAllByRole('article').map((a) => within(a).getAllByRole('button')[0]);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveAccessibleName('Gas spike outage');
    expect(cards[1]).toHaveAccessibleName('A bridge halt');
  });

  it('opens the briefing of the chosen scenario', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiny outage' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Start meeting' })).toBeInTheDocument();
  });

  it('keeps live hints off by default, says why, and remembers the settings', async () => {
    const user = userEvent.setup();
    const { storage } = renderApp();
    const hints = screen.getByRole('checkbox', { name: 'Live hints during the meeting' });
    expect(hints).not.toBeChecked();
    expect(hints).toHaveAccessibleDescription(/coaching after the meeting teaches better/i);

    await user.click(hints);
    await user.click(screen.getByRole('radio', { name: 'Hard' }));
    await user.click(screen.getByRole('radio', { name: 'Pick' }));
    await user.click(screen.getByRole('checkbox', { name: /^Sound/ }));
    await user.click(screen.getByRole('radio', { name: 'Reduced' }));

    const saved = createStore(storage).getSettings();
    expect(saved).toEqual({ replyMode: 'pick', difficulty: 'hard', hints: true, sound: false, reducedMotion: 'on' });
    expect(document.documentElement.dataset.motion).toBe('on');
  });

  it('reads saved settings back on the next visit', () => {
    const storage = createMemoryStorage();
    createStore(storage).saveSettings({ difficulty: 'easy', replyMode: 'type' });
    renderApp({ storage });
    expect(screen.getByRole('radio', { name: 'Easy' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Type' })).toBeChecked();
  });

  it('shows a dismissible notice when saved settings were corrupted', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    storage.setItem(SETTINGS_KEY, '{not json');
    renderApp({ storage });
    const notices = screen.getByRole('region', { name: 'Notices' });
    expect(within(notices).getByText(/settings could not be read/i)).toBeInTheDocument();
    await user.click(within(notices).getByRole('button', { name: 'Dismiss notice' }));
    expect(within(notices).queryByText(/settings could not be read/i)).not.toBeInTheDocument();
  });

  it('offers "Resume meeting" when a meeting is in progress for a scenario', () => {
    const storage = createMemoryStorage();
    const store = createStore(storage);
    const catalog = tinyCatalog();
    const entry = catalog[0]!;
    if (!entry.ok) throw new Error('fixture');
    const session = createMeetingSession({ scenario: entry.scenario, scorer: keywordScorer, store });
    session.dispose();
    expect(storage.getItem(inProgressKey('tiny'))).not.toBeNull();

    renderApp({ storage, catalog });
    expect(screen.getByRole('button', { name: 'Resume meeting' })).toHaveAccessibleDescription('Tiny outage');
  });

  it('shows a broken bundled scenario as a message card instead of crashing', () => {
    const catalog = [
      ...tinyCatalog(),
      ...buildCatalog({ '/scenarios/broken.json': '{ "format": 1, "id": "broken", "title": "Half written" }' }),
    ];
    renderApp({ catalog });
    const card = screen.getByRole('article', { name: /Half written cannot be played/ });
    expect(within(card).getByText('/scenarios/broken.json')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tiny outage' })).toBeInTheDocument();
  });
});
