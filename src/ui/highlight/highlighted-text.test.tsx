// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { HighlightedText, HighlightLegend } from './highlighted-text';

afterEach(cleanup);

describe('HighlightedText', () => {
  it('marks each highlighted run with its move, named in text for screen readers', () => {
    const text = 'I hear you, but the front-end team should have caught it.';
    const blame = text.indexOf('the front-end team should');
    const { container } = render(
      <p>
        <HighlightedText
          text={text}
          highlights={[
            { move: 'acknowledge', start: 0, end: 10 },
            { move: 'blame', start: blame, end: blame + 'the front-end team should'.length },
          ]}
        />
      </p>,
    );
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(2);
    expect(marks[0]).toHaveTextContent('[acknowledge: I hear you]');
    expect(marks[0]).toHaveClass('hl--good', 'hl--acknowledge');
    expect(marks[1]).toHaveTextContent('[blame (trap): the front-end team should]');
    expect(marks[1]).toHaveClass('hl--trap', 'hl--blame');
    expect(marks[1]).toHaveAttribute('data-moves', 'blame');
    // The reply itself is intact around the marks.
    expect(container.querySelector('p')!.textContent!.replace(/\[[^:\]]*: |\]/g, '')).toBe(
      'I hear you, but the front-end team should have caught it.',
    );
  });

  it("puts the learned model's marks in a dashed box and says so in words", () => {
    const { container } = render(
      <HighlightedText
        text="the infra folks, thanks for the trace"
        highlights={[
          { move: 'blame', start: 0, end: 15, source: 'learned' },
          { move: 'acknowledge', start: 17, end: 37 },
        ]}
      />,
    );
    const marks = container.querySelectorAll('mark');
    expect(marks[0]).toHaveTextContent('[blame (trap, learned): the infra folks]');
    expect(marks[0]).toHaveClass('hl--trap', 'hl--learned');
    expect(marks[0]).toHaveAttribute('title', 'blame (trap, learned)');
    expect(marks[1]).toHaveTextContent('[acknowledge: thanks for the trace]');
    expect(marks[1]).not.toHaveClass('hl--learned');
  });

  it('shows a run covered by a good move and a trap as a trap naming both', () => {
    const { container } = render(
      <HighlightedText
        text="roll back the logs"
        highlights={[
          { move: 'prematureFix', start: 0, end: 9 },
          { move: 'evidence', start: 5, end: 18 },
        ]}
      />,
    );
    const both = [...container.querySelectorAll('mark')].find((m) => m.dataset.moves === 'prematureFix evidence');
    expect(both).toBeDefined();
    expect(both).toHaveClass('hl--trap');
    expect(both).toHaveTextContent('premature fix (trap), evidence: back');
  });

  it('renders text with broken offsets and emoji without crashing', () => {
    render(<HighlightedText text="🔥🔥 fine" highlights={[{ move: 'hostility', start: 1, end: 3 }, { move: 'x', start: 99, end: -1 }]} />);
    const mark = document.querySelector('mark')!;
    expect(mark).toHaveTextContent('🔥🔥');
  });

  it('never renders reply text as HTML', () => {
    const { container } = render(<HighlightedText text={'<img src=x onerror="alert(1)">'} highlights={[]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">');
  });
});

describe('HighlightLegend', () => {
  it('lists good moves and traps separately, with descriptions on request', () => {
    render(<HighlightLegend describe />);
    const good = screen.getByRole('list', { name: 'Good moves' });
    const traps = screen.getByRole('list', { name: 'Traps' });
    expect(within(good).getByText('acknowledge')).toBeInTheDocument();
    expect(within(good).queryByText('blame')).toBeNull();
    expect(within(traps).getByText('premature fix')).toBeInTheDocument();
    expect(within(traps).getByText(/Jumps to a fix before the analysis/)).toBeInTheDocument();
    expect(screen.queryByText(/Learned/)).toBeNull();
  });

  it("explains the learned model's dashed box when asked to", () => {
    render(<HighlightLegend learned />);
    expect(screen.getByText('Learned (dashed box)')).toBeInTheDocument();
    expect(screen.getByText('words like these')).toHaveClass('hl--learned');
  });
});
