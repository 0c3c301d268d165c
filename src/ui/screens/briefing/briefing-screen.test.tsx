// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MotionGlobalConfig } from 'motion/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyScenario } from '../../../../tests/fixtures/engine-fixtures';
import { controlledLoader, renderApp } from '../../app/test-kit';
import { DEFAULT_SETTINGS } from '../../storage/store';
import { BriefingScreen, DEFAULT_CHECKLIST } from './briefing-screen';

// A silent howler: __mocks__/howler.ts.
vi.mock('howler');

beforeAll(() => {
  MotionGlobalConfig.skipAnimations = true;
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function openBriefing(loader = controlledLoader()) {
  const user = userEvent.setup();
  const app = renderApp({ loader: loader.loader });
  await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
  await screen.findByRole('button', { name: 'Start meeting' });
  return { user, loader, ...app };
}

describe('Briefing', () => {
  it('shows the incident, the timeline as a table, the exhibits, the people and a checklist', () => {
    const scenario = tinyScenario({
      brief: { summary: 'The claim contract ran out of gas.', oneLine: 'It broke.', domain: 'EVM', difficulty: 'easy', minutes: 5, impact: '1,843 failed claims.' },
    });
    render(
      <BriefingScreen scenario={scenario} settings={DEFAULT_SETTINGS} scorer={{ status: 'idle' }} onStart={() => {}} onRetryScorer={() => {}} onBack={() => {}} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Tiny outage' })).toBeInTheDocument();
    expect(screen.getByText('The claim contract ran out of gas.')).toBeInTheDocument();
    expect(screen.getByText('1,843 failed claims.')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /incident timeline/i });
    const [header, row] = within(table).getAllByRole('row');
    expect(within(header!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Time', 'Event', 'Source']);
    expect(within(row!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '14:00',
      'Alert fired Backed by: Error rate',
      'PagerDuty',
    ]);

    const exhibits = screen.getByRole('region', { name: 'Exhibits you can put on screen' });
    expect(within(exhibits).getByText('Error rate')).toBeInTheDocument();

    const people = screen.getByRole('region', { name: 'Who will be in the room' });
    expect(within(people).getByText('Ann')).toBeInTheDocument();
    expect(within(people).getByText('Accusatory')).toBeInTheDocument();
    expect(within(people).getByText('Defensive')).toBeInTheDocument();

    // No checklist in the scenario: the seed's preparation list.
    const checks = within(screen.getByRole('region', { name: 'Prepare' })).getAllByRole('checkbox');
    expect(checks).toHaveLength(DEFAULT_CHECKLIST.length);
    expect(checks[0]).toHaveAccessibleName(/Agenda ready/);
    expect(checks[2]).toHaveAccessibleName(/Blameless opening line drafted/);
  });

  it('uses the scenario’s own checklist when it has one', () => {
    const scenario = tinyScenario({
      brief: { summary: 'x', oneLine: 'y', domain: 'z', difficulty: 'easy', minutes: 5, checklist: ['Pull the gas graph'] },
    });
    render(
      <BriefingScreen scenario={scenario} settings={DEFAULT_SETTINGS} scorer={{ status: 'idle' }} onStart={() => {}} onRetryScorer={() => {}} onBack={() => {}} />,
    );
    expect(screen.getByRole('checkbox', { name: 'Pull the gas graph' })).toBeInTheDocument();
  });

  it('keeps "Start meeting" disabled with a visible status until the scorer has loaded', async () => {
    const { user, loader } = await openBriefing();
    expect(loader.calls()).toBe(1);
    const start = screen.getByRole('button', { name: 'Start meeting' });
    expect(start).toBeDisabled();
    expect(screen.getByText(/Preparing the scorer…/)).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Preparing the scorer' })).toBeInTheDocument();

    loader.resolve();
    expect(await screen.findByText(/The scorer is ready/)).toBeInTheDocument();
    expect(start).toBeEnabled();
    await user.click(start);
    expect(await screen.findByRole('textbox', { name: 'Your reply' })).toBeInTheDocument();
  });

  it('loads the scorer once, even when the briefing is opened again', async () => {
    const { user, loader } = await openBriefing();
    loader.resolve();
    await screen.findByText(/The scorer is ready/);
    await user.click(screen.getByRole('button', { name: /Back to scenarios/ }));
    await user.click(screen.getByRole('button', { name: 'Tiny outage' }));
    expect(await screen.findByRole('button', { name: 'Start meeting' })).toBeEnabled();
    expect(loader.calls()).toBe(1);
  });

  it('says so when the scorer fails, and offers the meeting in pick mode', async () => {
    const { user, loader } = await openBriefing();
    loader.reject(new Error('network down'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not load \(network down\).*picking your lines/);
    expect(screen.getByText(/you pick from prepared lines/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start meeting' }));
    // Pick mode: the options are buttons, and there is no reply box.
    expect(await screen.findByRole('button', { name: /I hear you\. The logs at 14:02/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).not.toBeInTheDocument();
  });

  it('goes back to the scenarios', async () => {
    const { user } = await openBriefing();
    await user.click(screen.getByRole('button', { name: /Back to scenarios/ }));
    expect(screen.getByRole('button', { name: 'Tiny outage' })).toBeInTheDocument();
  });
});
