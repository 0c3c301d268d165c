/**
 * How stakeholders are shown on every screen: coloured initials avatars, archetype labels and mood words.
 */
import type { Archetype, Stakeholder } from '../../scenario/schema';

export const ARCHETYPE_LABELS: Record<Archetype, string> = {
  accusatory: 'Accusatory',
  defensive: 'Defensive',
  demanding: 'Demanding',
  executive: 'Executive',
  ally: 'Ally',
  neutral: 'Neutral',
};

/** What each archetype tends to do in the room, for the briefing. */
export const ARCHETYPE_HINTS: Record<Archetype, string> = {
  accusatory: 'Points at a person or team.',
  defensive: 'Protects their team, may counter-blame.',
  demanding: 'Wants a fix now.',
  executive: 'Wants accountability and a short answer.',
  ally: 'Supports you, if you keep it fair.',
  neutral: 'Listens, asks for facts.',
};

/** Fallback avatar colours by archetype, used when the scenario gives none. */
const ARCHETYPE_COLORS: Record<Archetype, string> = {
  accusatory: '#d9534f',
  defensive: '#c8893a',
  demanding: '#b15fd6',
  executive: '#4f7fd9',
  ally: '#3fa66b',
  neutral: '#6b7a8c',
};

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function avatarColor(person: Pick<Stakeholder, 'archetype' | 'color'>): string {
  return person.color ?? ARCHETYPE_COLORS[person.archetype];
}

/** Black or white initials, whichever contrasts more with the background (WCAG relative luminance). */
export function inkFor(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05. Pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#0b1220';
}

/** A mood word for a tension level, relative to the walk-out limit. */
export function moodWord(tension: number, limit: number): string {
  const share = limit > 0 ? tension / limit : 1;
  if (share >= 1) return 'Walked out';
  if (share >= 0.85) return 'Furious';
  if (share >= 0.7) return 'Agitated';
  if (share >= 0.5) return 'Tense';
  if (share >= 0.3) return 'Uneasy';
  return 'Calm';
}

/** The tension level's band, for colour: low, mid or high. */
export function tensionBand(tension: number, limit: number): 'low' | 'mid' | 'high' {
  const share = limit > 0 ? tension / limit : 1;
  if (share >= 0.7) return 'high';
  if (share >= 0.3) return 'mid';
  return 'low';
}

interface AvatarProps {
  person: Pick<Stakeholder, 'name' | 'archetype' | 'color'>;
  size?: 'small' | 'medium' | 'large';
  /** Decorative by default (the name is written next to it); set to label it for screen readers. */
  labelled?: boolean;
}

export function Avatar({ person, size = 'medium', labelled = false }: AvatarProps) {
  const background = avatarColor(person);
  return (
    <span
      className={`avatar avatar--${size}`}
      style={{ background, color: inkFor(background) }}
      {...(labelled ? { role: 'img', 'aria-label': person.name } : { 'aria-hidden': true })}
      title={labelled ? person.name : undefined}
    >
      {initials(person.name)}
    </span>
  );
}
