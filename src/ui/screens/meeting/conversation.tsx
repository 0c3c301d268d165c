/**
 * The conversation at the table: stakeholders' lines as speech bubbles (a challenge leans in, an interruption cuts
 * in with a shake, a walk-out is a red line), your replies on the other side, and quiet notes for phases, exhibits
 * and parked topics. Earlier exchanges dim; the newest scrolls into view. A polite live region reads each
 * stakeholder line aloud.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { m, type TargetAndTransition } from 'motion/react';
import type { Grade, TranscriptEntry } from '../../../engine/types';
import type { CompiledScenario } from '../../../scenario/compile';
import { Avatar } from '../../app/people';
import { announcement, exchangeStart, isSpoken, type SpokenEntry } from './room-view';

const GRADE_WORDS: Record<Grade, string> = { strong: 'Landed well', mixed: 'Mixed', poor: 'Landed badly' };

interface Motion {
  initial: TargetAndTransition;
  animate: TargetAndTransition;
}

function motionFor(entry: TranscriptEntry): Motion {
  switch (entry.kind) {
    case 'challenge':
      // Leaning in across the table.
      return {
        initial: { opacity: 0, y: 18, scale: 0.96 },
        animate: { opacity: 1, y: 0, scale: 1, transition: { type: 'spring', stiffness: 260, damping: 22 } },
      };
    case 'interrupt':
      // Cutting in: arrives fast and shakes.
      return {
        initial: { opacity: 0, x: -28 },
        animate: { opacity: 1, x: [-28, 12, -8, 5, -2, 0], transition: { duration: 0.45 } },
      };
    case 'reply':
      return { initial: { opacity: 0, x: 20 }, animate: { opacity: 1, x: 0, transition: { duration: 0.25 } } };
    default:
      return { initial: { opacity: 0, y: 8 }, animate: { opacity: 1, y: 0, transition: { duration: 0.3 } } };
  }
}

interface ConversationProps {
  scenario: CompiledScenario;
  transcript: readonly TranscriptEntry[];
  /** Live hints are on: show how each reply landed. */
  hints: boolean;
  reducedMotion: boolean;
  /** Entries before this index appear without animation (a resumed meeting's history). */
  animateFrom: number;
}

export function Conversation({ scenario, transcript, hints, reducedMotion, animateFrom }: ConversationProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const current = exchangeStart(transcript);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTo?.({ top: el.scrollHeight, behavior: reducedMotion ? 'auto' : 'smooth' });
  }, [transcript.length, reducedMotion]);

  return (
    <div ref={scroller} className="stream" tabIndex={0} role="region" aria-label="Conversation">
      <ol className="stream__list">
        {transcript.map((entry, i) => {
          const item = renderEntry(scenario, entry, hints);
          if (!item) return null;
          const motion = motionFor(entry);
          return (
            <m.li
              key={i}
              className={`stream__item stream__item--${entry.kind}${i < current ? ' is-past' : ''}`}
              initial={i < animateFrom ? false : motion.initial}
              animate={motion.animate}
            >
              {item}
            </m.li>
          );
        })}
      </ol>
    </div>
  );
}

function Speaker({ scenario, entry }: { scenario: CompiledScenario; entry: SpokenEntry }) {
  const who = scenario.stakeholderIndex[entry.speaker];
  return (
    <span className="bubble__who">
      {who ? <Avatar person={who} size="small" /> : null}
      <span className="bubble__name">{who?.name ?? entry.speaker}</span>
      {who ? <span className="bubble__role">{who.role}</span> : null}
      {entry.kind === 'interrupt' ? <span className="bubble__tag bubble__tag--interrupt">cuts in</span> : null}
    </span>
  );
}

function renderEntry(scenario: CompiledScenario, entry: TranscriptEntry, hints: boolean) {
  switch (entry.kind) {
    case 'phase':
      return (
        <p className="stream__phase">
          <span>{entry.title}</span>
        </p>
      );
    case 'challenge':
    case 'interrupt':
    case 'reaction':
      return (
        <div className={`bubble bubble--${entry.kind}${entry.kind === 'reaction' ? ` bubble--${entry.grade}` : ''}`}>
          <Speaker scenario={scenario} entry={entry} />
          <p className="bubble__text">{entry.text}</p>
        </div>
      );
    case 'walkout':
      return (
        <p className="stream__note stream__note--walkout">{entry.text}</p>
      );
    case 'reply':
      return (
        <div className={`bubble bubble--you${hints ? ` bubble--${entry.grade}` : ''}`}>
          <span className="bubble__who">
            <span className="bubble__name">You</span>
            {entry.exhibits.length > 0 ? (
              <span className="bubble__role">
                with {entry.exhibits.map((id) => scenario.exhibitIndex[id]?.title ?? id).join(', ')} on screen
              </span>
            ) : null}
            {hints ? <span className={`bubble__tag bubble__tag--${entry.grade}`}>{GRADE_WORDS[entry.grade]}</span> : null}
          </span>
          <p className="bubble__text">{entry.text}</p>
        </div>
      );
    case 'park':
      return (
        <p className="stream__note">
          <span className="stream__park" aria-hidden="true">
            P
          </span>
          Parked for the action items: {entry.label}
        </p>
      );
    case 'exhibit':
      return (
        <p className="stream__note">
          {entry.shown ? 'You put' : 'You took'} “{entry.title}” {entry.shown ? 'on screen' : 'off screen'}.
        </p>
      );
    case 'end':
      return <p className="stream__note stream__note--end">{entry.reason}</p>;
    case 'pause':
    case 'resume':
      return null;
  }
}

/**
 * Reads each new stakeholder line aloud, politely, once ("Maya Chen, Head of Product: …"). Lines are added after
 * the region is in the page, since screen readers only announce changes to a live region that already exists.
 */
export function Announcer({ scenario, transcript, from }: { scenario: CompiledScenario; transcript: readonly TranscriptEntry[]; from: number }) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const lines: { key: number; text: string }[] = [];
  if (live) {
    transcript.forEach((entry, i) => {
      if (i >= from && isSpoken(entry)) lines.push({ key: i, text: announcement(scenario, entry) });
    });
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-relevant="additions" data-testid="announcer">
      {lines.slice(-4).map((line) => (
        <p key={line.key}>{line.text}</p>
      ))}
    </div>
  );
}
