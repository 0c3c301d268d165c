/**
 * A reply with the words that triggered each move marked: good moves with a solid underline and their own colour,
 * traps with a wavy underline on red. Each mark starts with visually hidden text naming its moves ("acknowledge:")
 * so the meaning does not rest on colour, and carries a `title` for a mouse hover. Words only the learned model
 * weighed (not a rule's match) sit in a dashed box and say so ("blame (trap, learned)").
 */
import { useMemo } from 'react';
import { moveClass, moveDescription, moveKind, moveLabel } from './moves';
import { segmentText } from './segments';
import { VisuallyHidden } from './visually-hidden';
import './highlight.css';

export interface HighlightedTextProps {
  text: string;
  /** `{ move, start, end }` spans, UTF-16 offsets, end exclusive; may overlap; bad spans are ignored. */
  highlights?: readonly { move: string; start: number; end: number; source?: string }[];
  className?: string;
}

export function HighlightedText({ text, highlights, className }: HighlightedTextProps) {
  const segments = useMemo(() => segmentText(text, highlights), [text, highlights]);
  return (
    <span className={['hl-text', className].filter(Boolean).join(' ')}>
      {segments.map((segment) => {
        if (segment.moves.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const trap = segment.moves.some((m) => moveKind(m) === 'trap');
        const label = segment.moves
          .map((m) => {
            const notes = [moveKind(m) === 'trap' ? 'trap' : '', segment.learned.includes(m) ? 'learned' : ''].filter(Boolean);
            return `${moveLabel(m)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
          })
          .join(', ');
        const classes = [
          'hl',
          trap ? 'hl--trap' : segment.moves.some((m) => moveKind(m) === 'good') ? 'hl--good' : 'hl--other',
          ...segment.moves.map((m) => `hl--${moveClass(m)}`),
          ...(segment.learned.length === segment.moves.length ? ['hl--learned'] : []),
        ];
        return (
          <mark key={segment.start} className={classes.join(' ')} data-moves={segment.moves.join(' ')} title={label}>
            <VisuallyHidden>{`[${label}: `}</VisuallyHidden>
            {segment.text}
            <VisuallyHidden>]</VisuallyHidden>
          </mark>
        );
      })}
    </span>
  );
}

const LEGEND_DEFAULT = ['acknowledge', 'evidence', 'deferral', 'ownership', 'blame', 'prematureFix', 'hostility'];

export interface HighlightLegendProps {
  /** Moves to explain; defaults to the seven moves. */
  moves?: readonly string[];
  /** Adds each move's one-sentence description. */
  describe?: boolean;
  /** Explains the dashed box of the learned model's marks. */
  learned?: boolean;
  className?: string;
}

/** A key to the highlight colours; the swatches are words set in the same marks as the text. */
export function HighlightLegend({ moves = LEGEND_DEFAULT, describe = false, learned = false, className }: HighlightLegendProps) {
  const unique = [...new Set(moves)];
  const good = unique.filter((m) => moveKind(m) !== 'trap');
  const traps = unique.filter((m) => moveKind(m) === 'trap');
  const item = (m: string) => {
    const kind = moveKind(m);
    const description = describe ? moveDescription(m) : '';
    return (
      <li key={m} className="hl-legend__item">
        <mark className={`hl hl--${kind} hl--${moveClass(m)}`} data-moves={m}>
          {moveLabel(m)}
        </mark>
        {description ? <span className="hl-legend__description"> {description}</span> : null}
      </li>
    );
  };
  return (
    <div className={['hl-legend', className].filter(Boolean).join(' ')}>
      {good.length > 0 ? (
        <div className="hl-legend__group">
          <p className="hl-legend__title">Good moves (solid underline)</p>
          <ul className="hl-legend__list" aria-label="Good moves">{good.map(item)}</ul>
        </div>
      ) : null}
      {traps.length > 0 ? (
        <div className="hl-legend__group">
          <p className="hl-legend__title">Traps (wavy underline)</p>
          <ul className="hl-legend__list" aria-label="Traps">{traps.map(item)}</ul>
        </div>
      ) : null}
      {learned ? (
        <div className="hl-legend__group">
          <p className="hl-legend__title">Learned (dashed box)</p>
          <p className="hl-legend__note">
            <mark className="hl hl--other hl--learned">words like these</mark> were weighed by the learned model, which
            has read thousands of labelled replies; it catches what the rules miss, and it can be wrong.
          </p>
        </div>
      ) : null}
    </div>
  );
}
