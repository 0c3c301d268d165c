/**
 * The Start screen: the bundled scenarios as cards (the default first), "Resume meeting" where one is in progress,
 * and the settings (reply mode, difficulty, live hints, sound, motion, text size), which persist via the store.
 * Cards are drawn from summaries made at build time; the full scenario is fetched only when one is opened.
 */
import { useId } from 'react';
import { useFocusOnMount } from '../../app/focus';
import { Avatar } from '../../app/people';
import type { BrokenEntry, CatalogEntry, ScenarioSummary } from '../../scenario-catalog';
import type { Settings } from '../../storage/store';
import './start.css';

export interface StartScreenProps {
  catalog: CatalogEntry[];
  settings: Settings;
  largeText: boolean;
  /** Ids of scenarios with a meeting in progress. */
  resumable: string[];
  onOpen: (scenarioId: string) => void;
  onResume: (scenarioId: string) => void;
  /** The pointer is over a card, or it has focus: a hint to start fetching that scenario. */
  onWarm?: (scenarioId: string) => void;
  onSettingsChange: (patch: Partial<Settings>) => void;
  onLargeTextChange: (large: boolean) => void;
  /** Opens the scenario lab (for authors); the button is hidden when absent. */
  onOpenLab?: () => void;
  /** Opens a transcript someone exported from a debrief (for mentors); the control is hidden when absent. */
  onReviewFile?: (file: File) => void;
}

export const DIFFICULTY_LABELS = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

export function StartScreen(props: StartScreenProps) {
  const { catalog, resumable } = props;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const playable = catalog.filter((e) => e.ok);
  return (
    <main className="screen start">
      <header className="start__hero">
        <p className="start__brand" aria-hidden="true">
          <span className="start__logo">●</span> Hotseat
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          Lead the post-mortem. Keep it blameless.
        </h1>
        <p className="start__lede">
          A major outage, a tense room, fingers pointing. Rehearse steering the conversation back to the timeline,
          the data and owned action items — then see what worked in the debrief.
        </p>
      </header>

      <div className="start__layout">
        <section className="start__scenarios" aria-labelledby="scenarios-title">
          <h2 id="scenarios-title">Choose a scenario</h2>
          {playable.length === 0 ? (
            <p className="muted">No playable scenario was bundled with this build.</p>
          ) : null}
          <ul className="scenario-list">
            {catalog.map((entry) =>
              entry.ok ? (
                <li key={entry.file}>
                  <ScenarioCard
                    summary={entry}
                    resumable={resumable.includes(entry.id)}
                    onOpen={() => props.onOpen(entry.id)}
                    onResume={() => props.onResume(entry.id)}
                    onWarm={() => props.onWarm?.(entry.id)}
                  />
                </li>
              ) : (
                <li key={entry.file}>
                  <BrokenCard entry={entry} />
                </li>
              ),
            )}
          </ul>
        </section>

        <SettingsPanel {...props} />
      </div>
      {props.onOpenLab ? (
        <footer className="start__footer">
          <p className="muted">Writing a scenario from a real post-mortem, or coaching someone through their transcript?</p>
          <button type="button" className="button" onClick={props.onOpenLab}>
            Open the scenario lab
          </button>
          {props.onReviewFile ? (
            <label className="button start__review">
              Review an exported transcript
              <input
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) props.onReviewFile?.(file);
                }}
              />
            </label>
          ) : null}
        </footer>
      ) : null}
    </main>
  );
}

interface CardProps {
  summary: ScenarioSummary;
  resumable: boolean;
  onOpen: () => void;
  onResume: () => void;
  onWarm: () => void;
}

function ScenarioCard({ summary, resumable, onOpen, onResume, onWarm }: CardProps) {
  const id = useId();
  const people = summary.stakeholders.map((s) => `${s.name} (${s.role})`).join(', ');
  return (
    <article className={`scenario-card${resumable ? ' scenario-card--resumable' : ''}`}>
      <button
        type="button"
        className="scenario-card__main"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc ${id}-meta ${id}-people`}
        onClick={onOpen}
        onPointerEnter={onWarm}
        onFocus={onWarm}
      >
        <span className="scenario-card__top">
          <span id={`${id}-title`} className="scenario-card__title">
            {summary.title}
          </span>
          <span className="scenario-card__go" aria-hidden="true">
            →
          </span>
        </span>
        <span id={`${id}-desc`} className="scenario-card__line">
          {summary.oneLine}
        </span>
        <span id={`${id}-meta`} className="scenario-card__meta">
          <span className={`badge badge--${summary.difficulty}`}>{DIFFICULTY_LABELS[summary.difficulty]}</span>
          <span className="badge badge--plain">About {summary.minutes} min</span>
          <span className="badge badge--plain">{summary.domain}</span>
        </span>
        <span className="scenario-card__people">
          <span className="avatar-stack" aria-hidden="true">
            {summary.stakeholders.map((s) => (
              <Avatar key={s.id} person={s} size="small" />
            ))}
          </span>
          <span id={`${id}-people`} className="visually-hidden">
            In the room: {people}.
          </span>
          <span className="scenario-card__count" aria-hidden="true">
            {summary.stakeholders.length} in the room
          </span>
        </span>
      </button>
      {resumable ? (
        <div className="scenario-card__resume">
          <span className="scenario-card__resume-note">A meeting is in progress.</span>
          <button type="button" className="button button--primary" onClick={onResume} aria-describedby={`${id}-title`}>
            Resume meeting
          </button>
        </div>
      ) : null}
    </article>
  );
}

function BrokenCard({ entry }: { entry: BrokenEntry }) {
  const id = useId();
  return (
    <article className="scenario-card scenario-card--broken" aria-labelledby={id}>
      <h3 id={id} className="scenario-card__title">
        {entry.title ?? entry.id} cannot be played
      </h3>
      <p>
        The scenario file <code>{entry.file}</code> has {entry.errorCount === 1 ? 'a problem' : `${entry.errorCount} problems`}. An
        author can run <code>npm run scenarios:check</code> to see them all:
      </p>
      <ul className="problem-list">
        {entry.problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </article>
  );
}

function SettingsPanel({ settings, largeText, onSettingsChange, onLargeTextChange }: StartScreenProps) {
  const hintsId = useId();
  return (
    <section className="start__settings card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>

      <fieldset className="field">
        <legend>How you reply</legend>
        <RadioRow
          name="reply-mode"
          value={settings.replyMode}
          onChange={(replyMode) => onSettingsChange({ replyMode })}
          options={[
            { value: 'type', label: 'Type', note: 'Write every reply in your own words.' },
            { value: 'pick', label: 'Pick', note: 'Choose from prepared lines.' },
            { value: 'both', label: 'Both', note: 'Write, or pick a line when stuck.' },
          ]}
        />
      </fieldset>

      <fieldset className="field">
        <legend>Difficulty</legend>
        <RadioRow
          name="difficulty"
          value={settings.difficulty}
          onChange={(difficulty) => onSettingsChange({ difficulty })}
          options={[
            { value: 'easy', label: 'Easy', note: 'About a minute to answer; tempers rise slowly.' },
            { value: 'medium', label: 'Medium', note: 'About 40 seconds; the room pushes back.' },
            { value: 'hard', label: 'Hard', note: 'About 25 seconds; short fuses, little patience.' },
          ]}
        />
      </fieldset>

      <fieldset className="field">
        <legend>Feedback</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.hints}
            aria-describedby={hintsId}
            onChange={(e) => onSettingsChange({ hints: e.currentTarget.checked })}
          />
          <span>Live hints during the meeting</span>
        </label>
        <p id={hintsId} className="field__note">
          Off by default: coaching after the meeting teaches better than tips during it.
        </p>
      </fieldset>

      <fieldset className="field">
        <legend>Sound and display</legend>
        <label className="check">
          <input type="checkbox" checked={settings.sound} onChange={(e) => onSettingsChange({ sound: e.currentTarget.checked })} />
          <span>Sound (room tone, interruptions, the ticking clock)</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={largeText} onChange={(e) => onLargeTextChange(e.currentTarget.checked)} />
          <span>Large text, for a projector</span>
        </label>
      </fieldset>

      <fieldset className="field">
        <legend>Motion</legend>
        <RadioRow
          name="motion"
          value={settings.reducedMotion}
          onChange={(reducedMotion) => onSettingsChange({ reducedMotion })}
          options={[
            { value: 'system', label: 'System', note: 'Follow your device’s setting.' },
            { value: 'on', label: 'Reduced', note: 'Fades only, nothing moves.' },
            { value: 'off', label: 'Full', note: 'Stakeholders lean in, shake, walk out.' },
          ]}
        />
      </fieldset>
    </section>
  );
}

interface RadioRowProps<V extends string> {
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: { value: V; label: string; note: string }[];
}

function RadioRow<V extends string>({ name, value, onChange, options }: RadioRowProps<V>) {
  const id = useId();
  return (
    <div className="segmented">
      {options.map((o) => (
        <label key={o.value} className="segmented__option">
          <input
            type="radio"
            name={`${id}-${name}`}
            value={o.value}
            checked={value === o.value}
            aria-describedby={`${id}-${o.value}`}
            onChange={() => onChange(o.value)}
          />
          <span className="segmented__label">{o.label}</span>
        </label>
      ))}
      {options.map((o) => (
        <span key={o.value} id={`${id}-${o.value}`} className="visually-hidden">
          {o.note}
        </span>
      ))}
      <p className="field__note segmented__note" aria-hidden="true">
        {options.find((o) => o.value === value)?.note}
      </p>
    </div>
  );
}
