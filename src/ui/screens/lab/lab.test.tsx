// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keywordScorer } from '../../../../tests/fixtures/engine-fixtures';
import MINIMAL_TEXT from '../../../../tests/fixtures/scenarios/minimal.json?raw';
import type { CompiledScenario } from '../../../scenario/compile';
import type { ScenarioFile } from '../../../scenario/schema';
import type { ReplyScorer } from '../../../engine/scorer-seam';
import { Lab } from './lab';
import { offsetOf } from './lab-model';

// tests/fixtures/scenarios/helpers.ts reads files through node:url, which jsdom's URL does not allow: the same
// helpers, computed independently of the loader, here.
const minimal = () => JSON.parse(MINIMAL_TEXT) as ScenarioFile;
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const POSTMORTEM = `# Postmortem: Login outage after the session store upgrade

## Summary

For 25 minutes nobody could log in: the session store rejected every write after an upgrade.

## Timeline

- 09:00 UTC Session store upgrade starts
- 09:03 UTC Login error rate 45%
- 09:20 UTC Upgrade rolled back; login error rate 0.5%

## Action items

- Canary session store upgrades on one shard first
- Alert on login error rate above 5%
`;

function setup(props: { loadScorer?: () => Promise<ReplyScorer>; initialText?: string } = {}) {
  const onPlaytest = vi.fn<(scenario: CompiledScenario) => void>();
  const onBack = vi.fn();
  const user = userEvent.setup();
  render(<Lab onPlaytest={onPlaytest} onBack={onBack} loadScorer={props.loadScorer ?? (() => Promise.resolve(keywordScorer))} initialText={props.initialText} />);
  const editor = screen.getByLabelText('Scenario JSON') as HTMLTextAreaElement;
  const playtest = screen.getByRole('button', { name: 'Play-test' });
  return { user, editor, playtest, onPlaytest, onBack };
}

async function pasteInto(user: ReturnType<typeof userEvent.setup>, field: HTMLTextAreaElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

const diagnosticsList = () => within(screen.getByRole('region', { name: 'Diagnostics' }));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Scenario lab', () => {
  it('is a labelled screen with an h1, focused on arrival, and a back button', async () => {
    const { user, onBack, playtest } = setup();
    const heading = screen.getByRole('heading', { level: 1, name: 'Scenario lab' });
    expect(heading).toHaveFocus();
    expect(playtest).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /back/i }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('starts from the example scenario, which checks clean and can be play-tested', async () => {
    const { user, editor, playtest, onPlaytest } = setup();
    await user.click(screen.getByRole('button', { name: 'Start from the example scenario' }));
    await waitFor(() => expect(editor.value).toContain('"id": "gas-spike-outage"'));
    await waitFor(() => expect(playtest).toBeEnabled(), { timeout: 5000 });
    await user.click(playtest);
    expect(onPlaytest.mock.calls[0]?.[0].id).toBe('gas-spike-outage');
  });

  it('shows the diagnostics of a broken scenario with their line numbers, and moves the caret to a line on click', async () => {
    const { user, editor, playtest } = setup();
    const broken = MINIMAL_TEXT.replace('"archetype": "accusatory"', '"archetype": "angry"').replace('"speaker": "marco"', '"speaker": "marko"');
    await pasteInto(user, editor, broken);
    const angry = positionOf(broken, '"angry"');
    const marko = positionOf(broken, '"marko"');
    const first = await diagnosticsList().findByRole('button', { name: new RegExp(`^Line ${angry.line}:${angry.column} error`) });
    expect(first).toHaveTextContent('expected one of accusatory, defensive, demanding, executive, ally, neutral but got "angry"');
    // The schema error and the graph's unknown speaker show in the same round.
    expect(screen.getByRole('status')).toHaveTextContent('2 errors, 0 warnings');
    expect(playtest).toBeDisabled();
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(diagnosticsList().getByRole('button', { name: new RegExp(`^Line ${marko.line}:${marko.column} error`) })).toHaveTextContent(
      'unknown stakeholder "marko"; did you mean "marco"?',
    );

    // Fix the schema error: the unknown speaker is still there, and clicking it moves the caret to its line.
    await pasteInto(user, editor, broken.replace('"angry"', '"accusatory"'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 error,/));
    const speaker = diagnosticsList().getByRole('button', { name: new RegExp(`^Line ${marko.line}:${marko.column} error`) });
    expect(speaker).toHaveTextContent('unknown stakeholder "marko"; did you mean "marco"?');
    await user.click(speaker);
    expect(editor).toHaveFocus();
    const fixedText = broken.replace('"angry"', '"accusatory"');
    expect(editor.selectionStart).toBe(offsetOf(fixedText, marko.line, marko.column));
    expect(editor.selectionStart).toBe(fixedText.indexOf('"marko"'));
  });

  it('reports a JSON syntax error at its line, then enables play-test once fixed', async () => {
    const { user, editor, playtest, onPlaytest } = setup();
    const trailing = MINIMAL_TEXT.replace('"minutes": 5', '"minutes": 5,');
    await pasteInto(user, editor, trailing);
    const at = positionOf(trailing, '5,');
    await diagnosticsList().findByRole('button', { name: new RegExp(`^Line ${at.line}:${at.column + 1} error trailing comma`) });
    expect(playtest).toBeDisabled();

    await pasteInto(user, editor, MINIMAL_TEXT);
    await waitFor(() => expect(playtest).toBeEnabled());
    expect(screen.getByRole('status')).toHaveTextContent(/0 errors, \d+ warnings?: ready to play-test/);
    await user.click(playtest);
    expect(onPlaytest).toHaveBeenCalledOnce();
    expect(onPlaytest.mock.calls[0]![0].id).toBe('minimal-gas-outage');
    expect(onPlaytest.mock.calls[0]![0].beats).toHaveLength(6);
  });

  it('draws the meeting: beats per phase, where each option leads, and the scorer verdict beside the author\'s', async () => {
    const { user, editor } = setup();
    await pasteInto(user, editor, MINIMAL_TEXT);
    const graph = await screen.findByRole('list', { name: 'Phases and beats' });
    const timeline = within(graph).getByRole('list', { name: 'Beats of Timeline' });
    const beats = within(timeline).getAllByRole('listitem').filter((li) => li.parentElement === timeline);
    expect(beats.map((b) => b.querySelector('strong')?.textContent)).toEqual(['front-end-blame', 'names-please']);
    expect(within(beats[1]!).getByText('follow-up')).toBeInTheDocument();
    expect(within(graph).getByRole('list', { name: 'Beats of Opening' })).toHaveTextContent('who-broke-it');

    const options = within(graph).getByRole('list', { name: 'Options of front-end-blame' });
    const [symptom, agree] = within(options).getAllByRole('listitem');
    // The good option goes on with the agenda; the poor one jumps to the follow-up through the reaction's next.
    expect(symptom).toHaveTextContent(/good\s*symptom\s*→\s*leads to\s*contract-vs-infra/);
    expect(agree).toHaveTextContent(/poor\s*agree\s*→\s*leads to\s*names-please\s*\(by the reaction's next\)/);
    const wrap = within(graph).getByRole('list', { name: 'Options of wrap-up' });
    expect(within(wrap).getAllByRole('listitem')[0]).toHaveTextContent('end of meeting');

    // keywordScorer: "I understand ... 14:02 ... park" = acknowledge + evidence + deferral: 100, strong.
    await waitFor(() => expect(symptom).toHaveTextContent('Scorer: 100, good · acknowledge, evidence, deferral'));
    expect(within(symptom!).queryByText('disagrees')).toBeNull();
    // "You're right, the front-end team dropped the ball." makes no move: 10, poor: agrees with the author.
    expect(agree).toHaveTextContent('Scorer: 10, poor · no moves');
    // The weak "No, we're done." scores 10 and would be graded poor: the scorer disagrees with the author.
    const done = within(wrap).getAllByRole('listitem')[1]!;
    expect(done).toHaveTextContent('Scorer: 10, poor');
    expect(within(done).getByText('disagrees')).toBeInTheDocument();

    // Following a link moves focus to the beat it leads to.
    await user.click(within(agree!).getByRole('link', { name: 'names-please' }));
    expect(beats[1]).toHaveFocus();
  });

  it('imports a pasted Markdown post-mortem into a skeleton that loads and can be play-tested', async () => {
    const { user, editor, playtest, onPlaytest } = setup();
    await user.click(screen.getByLabelText('Post-mortem (Markdown)'));
    await user.paste(POSTMORTEM);
    await user.click(screen.getByRole('button', { name: 'Import post-mortem' }));
    expect(editor.value).toContain('"title": "Postmortem: Login outage after the session store upgrade"');
    expect(screen.getByText('login-outage-after-the-session-store-upgrade.json')).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'What to fill in' });
    expect(notes).toHaveTextContent('The voices are yours to write');
    await waitFor(() => expect(playtest).toBeEnabled());
    const graph = screen.getByRole('list', { name: 'Phases and beats' });
    expect(within(graph).getByRole('list', { name: 'Beats of Timeline' })).toHaveTextContent('timeline-todo');
    await user.click(playtest);
    const compiled = onPlaytest.mock.calls[0]![0];
    expect(compiled.timeline.map((e) => e.time)).toEqual(['09:00', '09:03', '09:20']);
    expect(compiled.exhibits.map((e) => e.id)).toEqual(['timeline-table', 'login-error-rate']);
    expect(compiled.topics).toHaveLength(2);

    // The import replaced the editor's text; it can be undone.
    await user.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(editor.value).toBe('');
  });

  it('opens a scenario file or a Markdown file from the file input', async () => {
    const { user, editor, playtest } = setup();
    const input = screen.getByLabelText(/open a scenario file/i);
    await user.upload(input, new File([MINIMAL_TEXT], 'minimal.json', { type: 'application/json' }));
    await waitFor(() => expect(editor.value).toBe(MINIMAL_TEXT));
    expect(screen.getByText('minimal.json')).toBeInTheDocument();
    await waitFor(() => expect(playtest).toBeEnabled());

    await user.upload(input, new File([POSTMORTEM], 'login.md', { type: 'text/markdown' }));
    await waitFor(() => expect(editor.value).toContain('"id": "login-outage-after-the-session-store-upgrade"'));
  });

  it('never renders scenario text as HTML', async () => {
    const file = minimal();
    file.title = '<img src=x onerror="alert(1)">';
    file.phases[0]!.beats[0]!.lines = ['<script>window.hacked = true</script> Who broke it?'];
    const { user, editor } = setup();
    await pasteInto(user, editor, pretty(file));
    const graph = await screen.findByRole('list', { name: 'Phases and beats' });
    expect(graph).toHaveTextContent('<script>window.hacked = true</script> Who broke it?');
    expect(document.querySelector('main img, main script')).toBeNull();
  });

  it('downloads the current text as JSON named after the scenario', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:lab';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, editor } = setup({ initialText: MINIMAL_TEXT });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Play-test' })).toBeEnabled());
    await user.type(editor, ' ');
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(click).toHaveBeenCalledOnce();
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('minimal-gas-outage.json');
    expect(await created[0]!.text()).toBe(editor.value);
  });

  it('works without the scorer when it fails to load', async () => {
    const { user, editor, playtest } = setup({ loadScorer: () => Promise.reject(new Error('offline')) });
    await act(async () => {});
    expect(screen.getByText(/reply scorer did not load/)).toBeInTheDocument();
    await pasteInto(user, editor, MINIMAL_TEXT);
    await waitFor(() => expect(playtest).toBeEnabled());
    expect(screen.queryByText(/^Scorer:/)).toBeNull();
  });
});
