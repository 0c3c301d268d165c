// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Debrief, type DebriefProps } from './debrief';
import type { DebriefReport, PreviousAttempt } from './debrief-data';
import { BLAME_REWRITE, playedMeeting } from './debrief-fixture';

afterEach(cleanup);

const report: DebriefReport = {
  score: 64,
  level: 'Practitioner',
  levelReasons: ['Kept the meeting blameless in most replies.', 'One reply blamed a team.'],
};

function setup(over: Partial<DebriefProps> = {}) {
  const props: DebriefProps = {
    context: playedMeeting(),
    report,
    onTryAgain: vi.fn(),
    onHome: vi.fn(),
    reducedMotion: true,
    download: vi.fn(),
    copyText: vi.fn(() => Promise.resolve()),
    now: () => new Date('2025-03-01T10:00:00Z'),
    ...over,
  };
  const user = userEvent.setup();
  const view = render(<Debrief {...props} />);
  return { props, user, ...view };
}

const section = (name: string | RegExp) => screen.getByRole('region', { name });

/** The text a sighted reader sees: the visually hidden move labels inside marks are left out. */
function seenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('mark > span[style]').forEach((s) => s.remove());
  return copy.textContent ?? '';
}

describe('Debrief', () => {
  it('opens on the "Debrief" heading, focused, with one h2 per section', () => {
    setup();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(/^Debrief$/);
    expect(h1).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Result',
      'What worked',
      'What to practise next',
      'Your moves',
      'Tension over time',
      'Compared with earlier attempts',
      'Transcript',
    ]);
  });

  it('shows the outcome with its reason, the score and the ladder level with reasons', () => {
    setup();
    const result = section('Result');
    expect(within(result).getByText('Completed')).toBeInTheDocument();
    expect(within(result).getByText(/agenda/i)).toBeInTheDocument();
    expect(within(result).getByText('64')).toBeInTheDocument();
    expect(within(result).getByText('Practitioner')).toBeInTheDocument();
    expect(within(result).getByText('One reply blamed a team.')).toBeInTheDocument();
  });

  it('quotes the strong moments and explains which moves made them work', () => {
    setup();
    const worked = section('What worked');
    const items = within(worked).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(seenText(items[0]!)).toContain('I hear you. The logs at 14:02 show the spike; let us park fixes for action items.');
    expect(items[0]!.querySelectorAll('mark')).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Why it worked: acknowledge, evidence, defer fixes.');
  });

  it('puts the blame first in what to practise, with "Instead of" and the rewrite to try', () => {
    setup();
    const practise = section('What to practise next');
    const items = within(practise).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Blame.');
    expect(items[0]).toHaveTextContent('Instead of: should have caught this');
    expect(items[0]).toHaveTextContent(`Try: ${BLAME_REWRITE}`);
    // The silence that drew an interruption, and the weak action item with the scenario's model reply.
    expect(items[1]).toHaveTextContent('Silence under pressure');
    expect(items[1]).toHaveTextContent('Try: Let us look at gas usage.');
    expect(items[2]).toHaveTextContent('Instead of: Lena owns the alerting fix, due Friday.');
    expect(items[2]).toHaveTextContent('Try: Lena owns alerting, due Dec 10.');
  });

  it('marks the words behind each move in the transcript, traps apart from good moves', () => {
    setup();
    const transcript = section('Transcript');
    const ack = transcript.querySelector('.db-turn mark[data-moves="acknowledge"]');
    expect(ack).toHaveTextContent('acknowledge: hear you');
    expect(ack).toHaveClass('hl--good');
    const blame = transcript.querySelector('.db-turn mark[data-moves="blame"]');
    expect(blame).toHaveTextContent('blame (trap): should have caught this');
    expect(blame).toHaveClass('hl--trap');
    // No learned marks in this meeting, so the legend does not explain them.
    expect(within(transcript).queryByText('Learned (dashed box)')).toBeNull();
  });

  it("tells the learned model's marks from the rules' in the transcript and its legend", () => {
    const context = playedMeeting();
    const reply = context.transcript.find((e) => e.kind === 'reply' && e.verdict.highlights.some((h) => h.move === 'blame'));
    if (reply?.kind !== 'reply') throw new Error('the fixture meeting has a blamed reply');
    const learned = { ...reply, verdict: { ...reply.verdict, highlights: reply.verdict.highlights.map((h) => (h.move === 'blame' ? { ...h, source: 'learned' as const } : h)) } };
    setup({ context: { ...context, transcript: context.transcript.map((e) => (e === reply ? learned : e)) } });
    const transcript = section('Transcript');
    const blame = transcript.querySelector('.db-turn mark[data-moves="blame"]');
    expect(blame).toHaveTextContent('blame (trap, learned): should have caught this');
    expect(blame).toHaveClass('hl--learned');
    expect(within(transcript).getByText('Learned (dashed box)')).toBeInTheDocument();
  });

  it('shows each reply\'s grade, reason, tips with rewrites, the author\'s note and the model replies', () => {
    setup();
    const transcript = section('Transcript');
    const poor = within(transcript)
      .getAllByRole('listitem')
      .find((li) => li.classList.contains('db-turn--poor'))!;
    expect(poor).toHaveTextContent('Poor');
    // The reason for a picked option is the author's note, shown once.
    expect(poor).not.toHaveTextContent('The scenario author rates this option poor');
    expect(poor).toHaveTextContent("Author's note (rated poor): Blame.");
    const tips = within(poor).getByRole('list', { name: 'Tips' });
    expect(tips).toHaveTextContent('Instead of: should have caught this');
    expect(tips).toHaveTextContent(`Try: ${BLAME_REWRITE}`);

    const typed = within(transcript)
      .getAllByRole('listitem')
      .find((li) => li.classList.contains('db-turn--mixed'))!;
    expect(typed).toHaveTextContent('Mixed');
    expect(typed).toHaveTextContent('(typed)');
    expect(typed).toHaveTextContent(/Met 1 of 1 expected moves/);

    const models = within(transcript).getAllByRole('heading', { level: 4, name: /Model repl/ });
    expect(models).toHaveLength(5);
    expect(within(transcript).getByText('Nobody here is at fault; we look at the system.')).toBeInTheDocument();
    expect(within(transcript).getByText('Nobody is to blame.')).toBeInTheDocument();
    expect(within(transcript).getByText(/interrupts:/)).toBeInTheDocument();
  });

  it('has text alternatives for both charts', () => {
    setup();
    const moves = screen.getByRole('table', { name: 'Moves: share of replies' });
    const rateOf = (label: string) =>
      within(within(moves).getByRole('rowheader', { name: label }).closest('tr')!).getAllByRole('cell')[1]!.textContent;
    // 5 replies: acknowledge in 3, blame in 1, ownership in 1.
    expect(rateOf('acknowledge')).toBe('60%');
    expect(rateOf('blame')).toBe('20%');
    expect(rateOf('ownership')).toBe('20%');
    const tension = screen.getByRole('table', { name: 'Tension per person: start, peak and end' });
    const ann = within(tension).getByRole('rowheader', { name: 'Ann' }).closest('tr')!;
    expect(within(ann).getAllByRole('cell').map((c) => c.textContent)).toEqual(['40', '53', '53']);
  });

  it('draws the move-rate and tension charts once their lazy chunk loads', async () => {
    const { container } = setup();
    await screen.findByText('blame (trap)', { selector: 'tspan' }, { timeout: 5000 });
    await screen.findByText('walks out (100)', {}, { timeout: 5000 });
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2);
  });

  it('prefers the report\'s move rates when it has them', () => {
    setup({ report: { ...report, moveRates: { acknowledge: 0.25 } } });
    const moves = screen.getByRole('table', { name: 'Moves: share of replies' });
    const row = within(moves).getByRole('rowheader', { name: 'acknowledge' }).closest('tr')!;
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('25%');
  });

  it('calls back on "Try again" and "Back to scenarios"', async () => {
    const { props, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onTryAgain).toHaveBeenCalledTimes(1);
    expect(props.onHome).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Back to scenarios' }));
    expect(props.onHome).toHaveBeenCalledTimes(1);
  });

  it('exports the transcript as JSON a mentor can read', async () => {
    const { props, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export transcript' }));
    const download = vi.mocked(props.download!);
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, json] = download.mock.calls[0]!;
    expect(fileName).toBe('hotseat-tiny-2025-03-01-10-00.json');
    const parsed = JSON.parse(json) as { outcome: string; transcript: unknown[]; report: DebriefReport };
    expect(parsed.outcome).toBe('completed');
    expect(parsed.transcript).toHaveLength(props.context.transcript.length);
    expect(parsed.report.level).toBe('Practitioner');
    expect(screen.getByRole('status')).toHaveTextContent('Transcript exported');
  });

  it('copies a plain-text summary, and shows it to copy by hand when the browser refuses', async () => {
    const { props, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    const text = vi.mocked(props.copyText!).mock.calls[0]![0];
    expect(text).toContain('Hotseat debrief: Tiny outage');
    expect(text).toContain('Score: 64/100 · Level: Practitioner');
    expect(text).toContain(`Try: "${BLAME_REWRITE}"`);
    expect(await screen.findByText('Summary copied to the clipboard.')).toBeInTheDocument();
    cleanup();

    setup({ copyText: () => Promise.reject(new Error('denied')) });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Copy summary' }));
    const box = await screen.findByRole('textbox', { name: 'Summary' });
    expect((box as HTMLTextAreaElement).value).toContain('Hotseat debrief: Tiny outage');
  });

  it('compares with the best and the last earlier attempt, leaving the current one out', () => {
    const previous: PreviousAttempt[] = [
      { id: 'now', startedAt: '2025-03-01T09:50:00Z', outcome: 'completed', score: 64, level: 'Practitioner', moveRates: {} },
      { id: 'a1', startedAt: '2025-02-01T10:00:00Z', outcome: 'completed', score: 80, level: 'Practitioner', moveRates: { blame: 0 } },
      { id: 'a2', startedAt: '2025-02-20T10:00:00Z', outcome: 'derailed', score: 30, level: 'Novice', moveRates: { blame: 0.5 } },
    ];
    setup({ previousAttempts: previous, currentAttemptId: 'now' });
    const compare = section('Compared with earlier attempts');
    expect(within(compare).getByText('Scores, oldest to newest: 80, 30, 64 (this attempt last).')).toBeInTheDocument();
    const table = within(compare).getByRole('table', { name: 'This attempt against your 2 earlier attempts' });
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells('Score')).toEqual(['64', '80', '30', '+34 (better)', '80 → 30 → 64']);
    expect(cells('blame (trap)')).toEqual(['20%', '0%', '50%', '−30 pts (better)', '0% → 50% → 20%']);
  });

  it('says so on a first attempt', () => {
    setup({ previousAttempts: [] });
    expect(within(section('Compared with earlier attempts')).getByText(/first attempt/)).toBeInTheDocument();
  });

  it('shows a derailed meeting with who walked out', () => {
    // Poor replies until Ann walks out.
    const context = playedMeeting([
      { type: 'choose', optionId: 'open-poor' },
      { type: 'choose', optionId: 'fe-poor' },
      { type: 'choose', optionId: 'esc-poor' },
      { type: 'choose', optionId: 'infra-poor' },
      { type: 'choose', optionId: 'ai-poor' },
    ]);
    expect(context.outcome).toBe('derailed');
    setup({ context });
    const result = section('Result');
    expect(within(result).getByText('Derailed')).toBeInTheDocument();
    expect(within(result).getByText('Ann walked out:')).toBeInTheDocument();
    expect(within(result).getByText('Ann stands up and leaves the meeting.')).toBeInTheDocument();
    expect(within(section('What worked')).getByText(/No strong replies this time/)).toBeInTheDocument();
  });
});
