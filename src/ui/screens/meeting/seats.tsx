/**
 * The stakeholders around the table: avatar, name, role, archetype, mood word and a tension meter each. The one
 * challenging you leans in; whoever cuts in shakes; someone who walks out leaves their seat.
 */
import { m } from 'motion/react';
import type { TensionMap } from '../../../engine/types';
import type { Stakeholder } from '../../../scenario/schema';
import { ARCHETYPE_LABELS, Avatar, moodWord, tensionBand } from '../../app/people';

interface SeatsProps {
  stakeholders: Stakeholder[];
  tension: TensionMap;
  limit: number;
  /** Who is waiting for your answer (leans in). */
  speaker: string | null;
  /** Who spoke last, and a key that changes with each new line (replays the shake of an interruption). */
  lastSpeaker: { id: string; key: number; interrupting: boolean } | null;
  walkedOut: string[];
  paused: boolean;
}

export function Seats({ stakeholders, tension, limit, speaker, lastSpeaker, walkedOut, paused }: SeatsProps) {
  return (
    <section className={`table${paused ? ' table--paused' : ''}`} aria-label="Around the table">
      <ul className="seats">
        {stakeholders.map((person) => {
          const value = tension[person.id] ?? 0;
          const left = walkedOut.includes(person.id);
          const leaning = !left && speaker === person.id;
          const speaking = !left && lastSpeaker?.id === person.id;
          const shaking = speaking && lastSpeaker?.interrupting === true;
          const mood = left ? 'Walked out' : moodWord(value, limit);
          const band = tensionBand(value, limit);
          return (
            <m.li
              key={person.id}
              className={`seat seat--${band}${leaning ? ' seat--leaning' : ''}${speaking ? ' seat--speaking' : ''}${left ? ' seat--left' : ''}`}
              animate={left ? { opacity: 0.35, y: -26, scale: 0.9 } : leaning ? { opacity: 1, y: 6, scale: 1.03 } : { opacity: 1, y: 0, scale: 1 }}
              transition={{ type: 'spring', stiffness: 200, damping: 20 }}
              aria-label={`${person.name}, ${person.role}`}
            >
              <m.div
                key={shaking ? `shake-${lastSpeaker?.key}` : 'still'}
                className="seat__avatar"
                initial={shaking ? { x: 0 } : false}
                animate={shaking ? { x: [0, -7, 7, -5, 5, -2, 0], transition: { duration: 0.5 } } : { x: 0 }}
              >
                <Avatar person={person} size="large" />
                {speaking ? <span className="seat__speaking" aria-hidden="true" /> : null}
              </m.div>
              <p className="seat__name">{person.name}</p>
              <p className="seat__role" title={person.role}>
                {person.role}
              </p>
              <p className="seat__tags">
                <span className={`tag tag--${person.archetype}`}>{ARCHETYPE_LABELS[person.archetype]}</span>
              </p>
              <p className={`mood mood--${left ? 'left' : band}`}>{mood}</p>
              <div
                className="meter"
                role="meter"
                aria-label={`${person.name}'s tension`}
                aria-valuemin={0}
                aria-valuemax={limit}
                aria-valuenow={value}
                aria-valuetext={`${value} of ${limit}: ${mood.toLowerCase()}`}
              >
                <div className="meter__fill" style={{ width: `${Math.min(100, (value / limit) * 100)}%` }} />
              </div>
            </m.li>
          );
        })}
      </ul>
    </section>
  );
}
