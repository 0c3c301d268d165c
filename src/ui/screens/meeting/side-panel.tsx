/**
 * The meeting room's side panel: the agenda (current phase marked), the exhibit drawer (put data on screen), and
 * the parking lot (topics parked for the action items, ticked when revisited) with the "Park topic" control.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ParkedTopic } from '../../../engine/types';
import type { CompiledScenario } from '../../../scenario/compile';
import { ChartIcon, LogIcon, TableIcon } from '../../app/icons';

interface AgendaProps {
  scenario: CompiledScenario;
  /** Index of the phase in play, -1 before the meeting. */
  current: number;
  ended: boolean;
}

export function Agenda({ scenario, current, ended }: AgendaProps) {
  return (
    <section className="panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title" className="panel__title">
        Agenda
      </h2>
      <ol className="agenda">
        {scenario.phases.map((phase, i) => {
          const state = ended || i < current ? 'done' : i === current ? 'current' : 'todo';
          return (
            <li
              key={phase.id}
              className={`agenda__step agenda__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="agenda__marker" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span className="agenda__text">
                <span className="agenda__title">{phase.title}</span>
                {state === 'current' ? <span className="agenda__goal">{phase.goal}</span> : null}
                {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

interface ExhibitDrawerProps {
  scenario: CompiledScenario;
  shown: string[];
  disabled: boolean;
  onToggle: (exhibitId: string, show: boolean) => void;
}

export function ExhibitDrawer({ scenario, shown, disabled, onToggle }: ExhibitDrawerProps) {
  if (scenario.exhibits.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="exhibits-title">
      <h2 id="exhibits-title" className="panel__title">
        Exhibits
      </h2>
      <p className="panel__note">Put data on screen to back your next reply.</p>
      <ul className="exhibit-toggles">
        {scenario.exhibits.map((exhibit) => {
          const on = shown.includes(exhibit.id);
          return (
            <li key={exhibit.id}>
              <button
                type="button"
                className={`toggle${on ? ' toggle--on' : ''}`}
                aria-pressed={on}
                disabled={disabled}
                onClick={() => onToggle(exhibit.id, !on)}
              >
                <span className="toggle__icon">
                  {exhibit.kind === 'metric' ? <ChartIcon /> : exhibit.kind === 'log' ? <LogIcon /> : <TableIcon />}
                </span>
                <span className="toggle__label">Show {exhibit.title}</span>
                <span className="toggle__state" aria-hidden="true">
                  {on ? 'On screen' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface ParkingLotProps {
  parked: ParkedTopic[];
  /** The topic the current beat would park, if any and not parked yet. */
  suggestion: { topicId: string; label: string } | null;
  canPark: boolean;
  onPark: (request: { topicId?: string; label?: string }) => void;
}

export function ParkingLot({ parked, suggestion, canPark, onPark }: ParkingLotProps) {
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();
  const opener = useRef<HTMLButtonElement>(null);

  const openForm = () => {
    setLabel(suggestion?.label ?? '');
    setProblem(null);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = label.trim();
    if (!text) {
      setProblem('Name the topic to park.');
      return;
    }
    if (suggestion && text === suggestion.label) onPark({ topicId: suggestion.topicId });
    else onPark({ label: text });
    close();
  };

  return (
    <section className="panel" aria-labelledby="parking-title">
      <h2 id="parking-title" className="panel__title">
        Parking lot
      </h2>
      {parked.length === 0 ? (
        <p className="panel__note">Park fixes and side topics here; bring them back at the action items.</p>
      ) : (
        <ul className="parking">
          {parked.map((topic) => {
            const revisited = topic.revisitedAt !== undefined;
            return (
              <li key={topic.topicId} className={`parking__item${revisited ? ' parking__item--revisited' : ''}`}>
                <span className="parking__box" aria-hidden="true">
                  {revisited ? '✓' : ''}
                </span>
                <span className="parking__label">{topic.label}</span>
                <span className="visually-hidden">{revisited ? ' (revisited)' : ' (still parked)'}</span>
              </li>
            );
          })}
        </ul>
      )}
      {open ? (
        <form className="park-form" onSubmit={submit}>
          <label htmlFor={inputId}>Topic to park</label>
          <input
            id={inputId}
            type="text"
            value={label}
            maxLength={120}
            autoFocus
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              setLabel(e.currentTarget.value);
              setProblem(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                close();
              }
            }}
          />
          {problem ? (
            <p id={problemId} className="field-error">
              {problem}
            </p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button--primary button--small" disabled={!canPark}>
              Park it
            </button>
            <button type="button" className="button button--small" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button ref={opener} type="button" className="button button--small" disabled={!canPark} onClick={openForm}>
          Park topic
        </button>
      )}
    </section>
  );
}
