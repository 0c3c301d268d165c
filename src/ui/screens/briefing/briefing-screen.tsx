/**
 * The Briefing: what happened, the impact, the timeline, the exhibits, who will be in the room, and a preparation
 * checklist. The reply scorer loads meanwhile; "Start meeting" waits for it (or, if it fails, offers pick mode).
 */
import { useId, useState } from 'react';
import type { CompiledScenario } from '../../../scenario/compile';
import type { ScorerState } from '../../app/scorer-state';
import { useFocusOnMount } from '../../app/focus';
import { ARCHETYPE_HINTS, ARCHETYPE_LABELS, Avatar } from '../../app/people';
import { ExhibitView } from '../../exhibits';
import type { Settings } from '../../storage/store';
import './briefing.css';

/** The seed's preparation advice, used when a scenario brings no checklist of its own. */
export const DEFAULT_CHECKLIST = [
  'Agenda ready: opening, timeline, root cause(s), action items, close.',
  'Timeline ready: every entry pinned to a source you can put on screen.',
  'Blameless opening line drafted: “We are here to understand the system, not to find someone to blame.”',
];

const MODE_LABELS = { type: 'you type your replies', pick: 'you pick from prepared lines', both: 'you type or pick your replies' };
const DIFFICULTY_WORDS = { easy: 'easy', medium: 'medium', hard: 'hard' };

export interface BriefingScreenProps {
  scenario: CompiledScenario;
  settings: Settings;
  scorer: ScorerState;
  onStart: () => void;
  onRetryScorer: () => void;
  onBack: () => void;
}

export function BriefingScreen({ scenario, settings, scorer, onStart, onRetryScorer, onBack }: BriefingScreenProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { brief } = scenario;
  const checklist = brief.checklist && brief.checklist.length > 0 ? brief.checklist : DEFAULT_CHECKLIST;
  const [ticked, setTicked] = useState<boolean[]>(() => checklist.map(() => false));
  const statusId = useId();
  const ready = scorer.status === 'ready' || scorer.status === 'failed';
  const exhibitTitle = (id: string | undefined) => (id ? scenario.exhibitIndex[id]?.title : undefined);

  return (
    <main className="screen briefing">
      <nav className="briefing__nav" aria-label="Briefing">
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← Back to scenarios
        </button>
      </nav>

      <header className="briefing__header">
        <p className="eyebrow">Briefing · {brief.domain}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {scenario.title}
        </h1>
        <p className="briefing__lede">{brief.oneLine}</p>
      </header>

      {/* First in the tab order after the heading, shown as a bar fixed to the bottom of the window. */}
      <footer className="briefing__footer">
        <div className="briefing__footer-inner">
          <div className="briefing__status">
            <p className="briefing__settings">
              {DIFFICULTY_WORDS[settings.difficulty][0]!.toUpperCase() + DIFFICULTY_WORDS[settings.difficulty].slice(1)} ·{' '}
              {scorer.status === 'failed' ? MODE_LABELS.pick : MODE_LABELS[settings.replyMode]} · live hints{' '}
              {settings.hints ? 'on' : 'off'}
            </p>
            <ScorerStatus id={statusId} scorer={scorer} onRetry={onRetryScorer} />
          </div>
          <button
            type="button"
            className="button button--primary button--large"
            disabled={!ready}
            aria-describedby={statusId}
            onClick={onStart}
          >
            Start meeting
          </button>
        </div>
      </footer>

      <div className="briefing__grid">
        <div className="briefing__main">
          <section className="card" aria-labelledby="what-happened">
            <h2 id="what-happened">What happened</h2>
            <p className="prose">{brief.summary}</p>
            {brief.impact ? (
              <>
                <h3>Impact</h3>
                <p className="prose">{brief.impact}</p>
              </>
            ) : null}
          </section>

          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <div className="table-wrap">
              <table className="timeline-table">
                <caption className="visually-hidden">The incident timeline: time, event and where each fact comes from</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Event</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {scenario.timeline.map((entry, i) => (
                    <tr key={`${entry.time}-${i}`}>
                      <td className="timeline-table__time">{entry.time}</td>
                      <td>
                        {entry.event}
                        {exhibitTitle(entry.exhibit) ? (
                          <span className="timeline-table__exhibit"> Backed by: {exhibitTitle(entry.exhibit)}</span>
                        ) : null}
                      </td>
                      <td className="timeline-table__source">{entry.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

        </div>

        <aside className="briefing__side" aria-label="People and preparation">
          <section className="card" aria-labelledby="people-title">
            <h2 id="people-title">Who will be in the room</h2>
            <ul className="people-list">
              {scenario.stakeholders.map((s) => (
                <li key={s.id} className="person">
                  <Avatar person={s} size="medium" />
                  <div className="person__text">
                    <p className="person__name">
                      {s.name} <span className="person__role">{s.role}</span>
                    </p>
                    <p className="person__archetype">
                      <span className={`tag tag--${s.archetype}`}>{ARCHETYPE_LABELS[s.archetype]}</span>{' '}
                      <span className="muted">{ARCHETYPE_HINTS[s.archetype]}</span>
                    </p>
                    {s.bio ? <p className="person__bio">Cares about: {s.bio}</p> : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section className="card" aria-labelledby="prepare-title">
            <h2 id="prepare-title">Prepare</h2>
            <ul className="checklist">
              {checklist.map((item, i) => (
                <li key={item}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={ticked[i] ?? false}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setTicked((t) => t.map((v, j) => (j === i ? on : v)));
                      }}
                    />
                    <span>{item}</span>
                  </label>
                </li>
              ))}
            </ul>
            <h3>The agenda</h3>
            <ol className="agenda-preview">
              {scenario.phases.map((p) => (
                <li key={p.id}>
                  <strong>{p.title}</strong> <span className="muted">— {p.goal}</span>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>

      {scenario.exhibits.length > 0 ? (
        <section className="card briefing__exhibits" aria-labelledby="exhibits-title">
          <h2 id="exhibits-title">Exhibits you can put on screen</h2>
          <p className="muted">In the meeting, showing the right exhibit backs your reply with data.</p>
          <div className="exhibit-grid">
            {scenario.exhibits.map((exhibit) => (
              <div key={exhibit.id} className="exhibit-grid__item">
                <ExhibitView exhibit={exhibit} />
              </div>
            ))}
          </div>
        </section>
      ) : null}

    </main>
  );
}

function ScorerStatus({ id, scorer, onRetry }: { id: string; scorer: ScorerState; onRetry: () => void }) {
  switch (scorer.status) {
    case 'idle':
    case 'loading': {
      const step = scorer.status === 'loading' && scorer.stage === 'initialise' ? 2 : 1;
      return (
        <div className="scorer-status">
          <p id={id} role="status" className="status-line">
            <span className="spinner" aria-hidden="true" /> Preparing the scorer…{' '}
            <span className="muted">{step === 1 ? 'loading the language model' : 'warming it up'}</span>
          </p>
          <div
            className="progress"
            role="progressbar"
            aria-label="Preparing the scorer"
            aria-valuemin={0}
            aria-valuemax={2}
            aria-valuenow={step - 1}
            aria-valuetext={`Step ${step} of 2`}
          >
            <div className="progress__bar" style={{ width: step === 1 ? '35%' : '80%' }} />
          </div>
        </div>
      );
    }
    case 'ready':
      return (
        <p id={id} role="status" className="status-line status-line--good">
          <span aria-hidden="true">✓</span> The scorer is ready.
        </p>
      );
    case 'failed':
      return (
        <div id={id} className="scorer-status scorer-status--failed" role="alert">
          <p>
            The reply scorer could not load ({scorer.message}). You can still rehearse by picking your lines from the
            options; typed replies need the scorer.
          </p>
          <button type="button" className="button button--quiet" onClick={onRetry}>
            Try loading it again
          </button>
        </div>
      );
  }
}
