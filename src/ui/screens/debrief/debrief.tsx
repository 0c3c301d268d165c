/**
 * The Debrief screen: how the meeting went and what to say differently next time.
 *
 * Top: the result (outcome, score, ladder level), what worked (three strong moments, quoted) and what to practise
 * next (three problems, each with "Instead of: ... Try: ..."). Then the move rates and tension charts (recharts,
 * loaded lazily, each with a text alternative), a comparison with earlier attempts, and the full transcript with
 * every reply's highlighted words, grade, tips, the author's feedback and the scenario's model replies.
 */
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Grade, TranscriptEntry } from '../../../engine/types';
import { clockLabel } from '../../../engine/selectors';
import { HighlightedText, HighlightLegend } from '../../highlight/highlighted-text';
import { moveDescription, moveKind, moveLabel } from '../../highlight/moves';
import { useReducedMotion } from '../../exhibits/reduced-motion';
import {
  compareAttempts,
  DEBRIEF_MOVES,
  direction,
  exportFileName,
  exportPayload,
  GRADE_LABELS,
  groupTranscript,
  isUnscored,
  meetingOutcome,
  moveRatesFor,
  OUTCOME_LABELS,
  percent,
  practiceItems,
  replyEntries,
  speakerName,
  strongMoments,
  summaryText,
  tensionChartData,
  tensionSummaries,
  type BeatGroup,
  type Comparison,
  type DebriefMeeting,
  type DebriefReport,
  type PreviousAttempt,
  type ReplyEntry,
} from './debrief-data';
import './debrief.css';

const MoveRatesChart = lazy(() => import('./move-rates-chart'));
const TensionChart = lazy(() => import('./tension-chart'));

export interface DebriefProps {
  /** The finished meeting: its final `MeetingContext`, or just its scenario and transcript. */
  context: DebriefMeeting;
  /** The meeting-level report (`scoreMeeting`): score, ladder level and its reasons, move rates. */
  report: DebriefReport;
  /** Earlier attempts of this scenario (stored `Attempt`s); the current one, if listed, is left out by id. */
  previousAttempts?: readonly PreviousAttempt[];
  /** The id this attempt was stored under, so it is not compared with itself. */
  currentAttemptId?: string;
  onTryAgain: () => void;
  onHome: () => void;
  /** Forces chart animations off (true) or on (false); by default the app's setting or the system preference. */
  reducedMotion?: boolean;
  /** Replaces the browser download of "Export transcript" (tests, embedding). */
  download?: (fileName: string, json: string) => void;
  /** Replaces `navigator.clipboard.writeText` for "Copy summary". */
  copyText?: (text: string) => Promise<void>;
  /** The clock for the export's time stamp; defaults to now. */
  now?: () => Date;
}

function browserDownload(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function browserCopy(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
  await navigator.clipboard.writeText(text);
}

export function Debrief({
  context,
  report,
  previousAttempts = [],
  currentAttemptId,
  onTryAgain,
  onHome,
  reducedMotion,
  download = browserDownload,
  copyText = browserCopy,
  now = () => new Date(),
}: DebriefProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const reduced = useReducedMotion(reducedMotion);
  const ids = {
    result: useId(),
    worked: useId(),
    practise: useId(),
    moves: useId(),
    tension: useId(),
    compare: useId(),
    transcript: useId(),
  };

  const outcome = useMemo(() => meetingOutcome(context), [context]);
  const moveRates = useMemo(() => moveRatesFor(context, report), [context, report]);
  const moments = useMemo(() => strongMoments(context), [context]);
  const practice = useMemo(() => practiceItems(context), [context]);
  const comparison = useMemo(
    () => compareAttempts({ score: report.score, moveRates }, previousAttempts, currentAttemptId),
    [report.score, moveRates, previousAttempts, currentAttemptId],
  );
  const replies = useMemo(() => replyEntries(context), [context]);
  const allUnscored = replies.length > 0 && replies.every(isUnscored);

  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  const onExport = () => {
    const at = now();
    try {
      download(exportFileName(context.scenario.id, at), exportPayload(context, report, at));
      setStatus('Transcript exported as a JSON file.');
    } catch {
      setStatus('The transcript could not be exported: the browser refused the download.');
    }
  };
  const onCopy = () => {
    const text = summaryText({ meeting: context, report, moveRates });
    copyText(text).then(
      () => {
        setManualCopy(null);
        setStatus('Summary copied to the clipboard.');
      },
      () => {
        setManualCopy(text);
        setStatus('The browser blocked copying; the summary is shown below to copy by hand.');
      },
    );
  };

  return (
    <main className="db">
      <header className="db-header">
        <h1 ref={headingRef} tabIndex={-1} className="db-title">
          Debrief
        </h1>
        <p className="db-subtitle">{context.scenario.title}</p>
      </header>

      <section aria-labelledby={ids.result} className="db-section db-result">
        <h2 id={ids.result}>Result</h2>
        <dl className="db-facts">
          <div>
            <dt>Outcome</dt>
            <dd>
              <span className={`db-outcome db-outcome--${outcome.outcome ?? 'unknown'}`}>
                {outcome.outcome ? OUTCOME_LABELS[outcome.outcome] : 'Not finished'}
              </span>
              {outcome.reason ? <span className="db-outcome__reason"> {outcome.reason}</span> : null}
            </dd>
          </div>
          <div>
            <dt>Score</dt>
            <dd>
              <span className="db-score">{Math.round(report.score)}</span>
              <span className="db-muted">/100</span>
            </dd>
          </div>
          <div>
            <dt>Level</dt>
            <dd className="db-level">{report.level}</dd>
          </div>
        </dl>
        {outcome.walkouts.length > 0 ? (
          <ul className="db-walkouts">
            {outcome.walkouts.map((w, i) => (
              <li key={i}>
                <strong>{w.name} walked out:</strong> <q>{w.text}</q>
              </li>
            ))}
          </ul>
        ) : null}
        {report.levelReasons && report.levelReasons.length > 0 ? (
          <div className="db-level-reasons">
            <p className="db-muted">{`Why ${report.level}:`}</p>
            <ul>
              {report.levelReasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {context.options?.hints ? <p className="db-muted">Live hints were on for this attempt.</p> : null}
        <div className="db-actions" role="group" aria-label="Debrief actions">
          <button type="button" className="db-button db-button--primary" onClick={onTryAgain}>
            Try again
          </button>
          <button type="button" className="db-button" onClick={onHome}>
            Back to scenarios
          </button>
          <button type="button" className="db-button" onClick={onExport}>
            Export transcript
          </button>
          <button type="button" className="db-button" onClick={onCopy}>
            Copy summary
          </button>
        </div>
        <p role="status" className="db-status">
          {status}
        </p>
        {manualCopy !== null ? (
          <label className="db-manual-copy">
            Summary
            <textarea readOnly value={manualCopy} rows={10} onFocus={(e) => e.currentTarget.select()} />
          </label>
        ) : null}
      </section>

      <nav aria-label="On this page" className="db-toc">
        <ul>
          <li><a href={`#${ids.worked}`}>What worked</a></li>
          <li><a href={`#${ids.practise}`}>What to practise next</a></li>
          <li><a href={`#${ids.moves}`}>Your moves</a></li>
          <li><a href={`#${ids.tension}`}>Tension</a></li>
          <li><a href={`#${ids.compare}`}>Earlier attempts</a></li>
          <li><a href={`#${ids.transcript}`}>Transcript</a></li>
        </ul>
      </nav>

      <section aria-labelledby={ids.worked} className="db-section">
        <h2 id={ids.worked} tabIndex={-1}>What worked</h2>
        {moments.length === 0 ? (
          <p>No strong replies this time. The model replies in the transcript below show what a strong answer sounds like.</p>
        ) : (
          <ol className="db-moments">
            {moments.map((m, i) => (
              <li key={i} className="db-card db-card--good">
                {m.prompt ? (
                  <p className="db-prompt">
                    {`${m.prompt.name}: `}
                    <q>{m.prompt.text}</q>
                  </p>
                ) : null}
                <blockquote className="db-quote">
                  <HighlightedText text={m.reply.text} highlights={m.reply.verdict.highlights} />
                </blockquote>
                <p>
                  {m.goodMoves.length > 0 ? `Why it worked: ${m.goodMoves.join(', ')}. ` : ''}
                  {m.reply.gradeReason}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={ids.practise} className="db-section">
        <h2 id={ids.practise} tabIndex={-1}>What to practise next</h2>
        {practice.length === 0 ? (
          <p>Nothing stood out to fix. Try a harder difficulty, or type your replies instead of picking them.</p>
        ) : (
          <ol className="db-practice">
            {practice.map((p, i) => (
              <li key={i} className="db-card db-card--trap">
                <p className="db-practice__title">
                  <strong>{capitalise(p.title)}.</strong> {p.message}
                </p>
                {p.prompt ? (
                  <p className="db-prompt">
                    {`When ${p.prompt.name} said `}
                    <q>{p.prompt.text}</q>
                  </p>
                ) : null}
                <InsteadTry instead={p.insteadOf} tryText={p.tryInstead} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={ids.moves} className="db-section">
        <h2 id={ids.moves} tabIndex={-1}>Your moves</h2>
        <p className="db-muted">
          The share of your replies that made each move. Good moves: higher is better. Traps: lower is better.
        </p>
        {allUnscored ? (
          <p className="db-note">
            The reply analyser did not load, so your words were not analysed; grades come from the scenario author's
            ratings of the options you chose.
          </p>
        ) : null}
        <div className="db-chart" aria-hidden="true">
          <Suspense fallback={<div className="db-chart-loading">Loading chart…</div>}>
            <MoveRatesChart moves={DEBRIEF_MOVES} rates={moveRates} reducedMotion={reduced} />
          </Suspense>
        </div>
        <table className="db-table">
          <caption>Moves: share of replies</caption>
          <thead>
            <tr>
              <th scope="col">Move</th>
              <th scope="col">Kind</th>
              <th scope="col" className="db-num">Share of replies</th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            {DEBRIEF_MOVES.map((m) => (
              <tr key={m}>
                <th scope="row">{moveLabel(m)}</th>
                <td className="db-nowrap">{moveKind(m) === 'trap' ? 'Trap' : 'Good move'}</td>
                <td className="db-num">{percent(moveRates[m] ?? 0)}</td>
                <td>{moveDescription(m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <TensionSection context={context} headingId={ids.tension} reducedMotion={reduced} />

      <section aria-labelledby={ids.compare} className="db-section">
        <h2 id={ids.compare} tabIndex={-1}>Compared with earlier attempts</h2>
        <ComparisonView comparison={comparison} />
      </section>

      <section aria-labelledby={ids.transcript} className="db-section">
        <h2 id={ids.transcript} tabIndex={-1}>Transcript</h2>
        <HighlightLegend className="db-legend" learned={hasLearnedMarks(context)} />
        <TranscriptView context={context} />
      </section>
    </main>
  );
}

/** Whether any reply's marks came from the learned model, so the legend explains the dashed box only when it shows. */
function hasLearnedMarks(context: DebriefMeeting): boolean {
  return context.transcript.some((e) => e.kind === 'reply' && e.verdict.highlights.some((h) => h.source === 'learned'));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function InsteadTry({ instead, tryText }: { instead: string; tryText?: string | undefined }) {
  return (
    <div className="db-instead-try">
      <p>
        <span className="db-instead">Instead of:</span> <q>{instead}</q>
      </p>
      {tryText ? (
        <p>
          <span className="db-try">Try:</span> <q>{tryText}</q>
        </p>
      ) : null}
    </div>
  );
}

const GRADE_MARK: Record<Grade, string> = { strong: '✓', mixed: '~', poor: '✕' };

function GradeBadge({ grade }: { grade: Grade }) {
  return (
    <span className={`db-grade db-grade--${grade}`}>
      <span aria-hidden="true">{GRADE_MARK[grade]} </span>
      {GRADE_LABELS[grade]}
    </span>
  );
}

function TensionSection({ context, headingId, reducedMotion }: { context: DebriefMeeting; headingId: string; reducedMotion: boolean }) {
  const data = useMemo(() => tensionChartData(context), [context]);
  const rows = useMemo(() => tensionSummaries(context), [context]);
  return (
    <section aria-labelledby={headingId} className="db-section">
      <h2 id={headingId} tabIndex={-1}>Tension over time</h2>
      <p className="db-muted">{`How tense each person was during the meeting, 0 to 100; at ${data.limit} they walk out.`}</p>
      <div className="db-chart" aria-hidden="true">
        <Suspense fallback={<div className="db-chart-loading">Loading chart…</div>}>
          <TensionChart data={data} reducedMotion={reducedMotion} />
        </Suspense>
      </div>
      <table className="db-table">
        <caption>Tension per person: start, peak and end</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col" className="db-num">Start</th>
            <th scope="col" className="db-num">Peak</th>
            <th scope="col" className="db-num">End</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.name}
                {r.walkedOut ? ' (walked out)' : ''}
              </th>
              <td className="db-num">{Math.round(r.start)}</td>
              <td className="db-num">{Math.round(r.peak)}</td>
              <td className="db-num">{Math.round(r.end)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function formatMeasure(key: string, value: number | null): string {
  if (value === null) return '—';
  return key === 'score' ? String(Math.round(value)) : percent(value);
}

function formatChange(key: string, now: number, before: number | null, higherIsBetter: boolean): string {
  const dir = direction(now, before, higherIsBetter);
  if (dir === null || before === null) return '—';
  if (dir === 'same') return 'no change';
  const delta = key === 'score' ? Math.round(now - before) : Math.round((now - before) * 100);
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${Math.abs(delta)}${key === 'score' ? '' : ' pts'} (${dir})`;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

function Sparkline({ values }: { values: number[] }) {
  if (values.length < 2) return null;
  const w = 160;
  const h = 36;
  const step = w / (values.length - 1);
  const y = (v: number) => h - 3 - (Math.max(0, Math.min(100, v)) / 100) * (h - 6);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.at(-1)!;
  return (
    <figure className="db-sparkline">
      <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
        <polyline points={points} fill="none" stroke="#6cb6ff" strokeWidth="2" />
        <circle cx={(values.length - 1) * step} cy={y(last)} r="3" fill="#5fd38d" />
      </svg>
      <figcaption>{`Scores, oldest to newest: ${values.map((v) => Math.round(v)).join(', ')} (this attempt last).`}</figcaption>
    </figure>
  );
}

/** A tiny line of one measure across attempts (0-100 scale); the text beside it carries the numbers. */
function TrendLine({ values, good }: { values: (number | null)[]; good: boolean }) {
  const known = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
  if (known.length < 2) return null;
  const w = 72;
  const h = 18;
  const step = w / Math.max(1, values.length - 1);
  const y = (v: number) => h - 2 - (Math.max(0, Math.min(100, v)) / 100) * (h - 4);
  const points = known.map(([i, v]) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <svg className="db-trend__line" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke={good ? '#6cb6ff' : '#ff7a7a'} strokeWidth="1.5" />
    </svg>
  );
}

function ComparisonView({ comparison }: { comparison: Comparison }) {
  if (comparison.previousCount === 0) {
    return <p>This is your first attempt at this scenario. Try it again to see how you improve.</p>;
  }
  const { best, last } = comparison;
  return (
    <>
      <Sparkline values={comparison.history} />
      <div className="db-table-wrap" role="region" aria-label="Comparison table" tabIndex={0}>
        <table className="db-table">
          <caption>{`This attempt against ${comparison.previousCount === 1 ? 'your earlier attempt' : `your ${comparison.previousCount} earlier attempts`}`}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="db-num">This attempt</th>
              <th scope="col" className="db-num">{best ? `Best earlier (${formatDate(best.startedAt)})` : 'Best earlier'}</th>
              <th scope="col" className="db-num">{last ? `Last earlier (${formatDate(last.startedAt)})` : 'Last earlier'}</th>
              <th scope="col">Change since last</th>
              <th scope="col">Every attempt, oldest first</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  {r.key === 'score' ? r.label : `${r.label}${r.higherIsBetter ? '' : ' (trap)'}`}
                </th>
                <td className="db-num">{formatMeasure(r.key, r.current)}</td>
                <td className="db-num">{formatMeasure(r.key, r.best)}</td>
                <td className="db-num">{formatMeasure(r.key, r.last)}</td>
                <td className={`db-change db-change--${direction(r.current, r.last, r.higherIsBetter) ?? 'none'}`}>
                  {formatChange(r.key, r.current, r.last, r.higherIsBetter)}
                </td>
                <td className="db-trend">
                  <TrendLine values={r.history.map((v) => (v === null ? null : r.key === 'score' ? v : v * 100))} good={r.higherIsBetter} />
                  <span className="db-trend__text">{r.history.map((v) => formatMeasure(r.key, v)).join(' → ')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function TranscriptView({ context }: { context: DebriefMeeting }) {
  const phases = useMemo(() => groupTranscript(context), [context]);
  if (phases.length === 0) return <p>The meeting ended before anything was said.</p>;
  return (
    <>
      {phases.map((phase, p) => (
        <section key={p} className="db-phase" aria-label={phase.title}>
          <h3>{phase.title}</h3>
          {phase.beats.map((group, g) => (
            <BeatView key={g} context={context} group={group} />
          ))}
        </section>
      ))}
    </>
  );
}

function BeatView({ context, group }: { context: DebriefMeeting; group: BeatGroup }) {
  const model = group.beat?.model ?? [];
  const answered = group.entries.some((e) => e.kind === 'challenge' || e.kind === 'reply');
  return (
    <div className="db-beat">
      <ol className="db-turns">
        {group.entries.map((entry, i) => (
          <EntryView key={i} context={context} entry={entry} />
        ))}
      </ol>
      {answered && model.length > 0 ? (
        <div className="db-model">
          <h4>{model.length === 1 ? 'Model reply for this moment' : 'Model replies for this moment'}</h4>
          <ul>
            {model.map((m, i) => (
              <li key={i}>
                <q>{m}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Turn({ at, kind, children }: { at: number; kind: string; children: ReactNode }) {
  return (
    <li className={`db-turn db-turn--${kind}`}>
      <span className="db-time">{clockLabel(at)}</span>
      <div className="db-turn__body">{children}</div>
    </li>
  );
}

function EntryView({ context, entry }: { context: DebriefMeeting; entry: TranscriptEntry }) {
  const name = (id: string) => speakerName(context.scenario, id);
  switch (entry.kind) {
    case 'phase':
      return null;
    case 'challenge':
      return (
        <Turn at={entry.at} kind="challenge">
          <strong>{name(entry.speaker)}:</strong> {entry.text}
        </Turn>
      );
    case 'interrupt':
      return (
        <Turn at={entry.at} kind="interrupt">
          <strong>{`${name(entry.speaker)} interrupts${entry.count > 1 ? ` (${entry.count})` : ''}:`}</strong> {entry.text}
        </Turn>
      );
    case 'reaction':
      return (
        <Turn at={entry.at} kind="reaction">
          <strong>{name(entry.speaker)}:</strong> {entry.text}
        </Turn>
      );
    case 'walkout':
      return (
        <Turn at={entry.at} kind="walkout">
          <strong>{`${name(entry.speaker)} walks out:`}</strong> {entry.text}
        </Turn>
      );
    case 'exhibit': {
      const title = context.scenario.exhibitIndex[entry.exhibitId]?.title ?? entry.title;
      return (
        <Turn at={entry.at} kind="note">
          {entry.shown ? `You put “${title}” on screen.` : `You took “${title}” off the screen.`}
        </Turn>
      );
    }
    case 'park':
      return (
        <Turn at={entry.at} kind="note">
          {`Parked for action items: “${entry.label}”${entry.by === 'reply' ? ' (by your reply)' : ''}.`}
        </Turn>
      );
    case 'pause':
      return <Turn at={entry.at} kind="note">Paused.</Turn>;
    case 'resume':
      return <Turn at={entry.at} kind="note">Resumed.</Turn>;
    case 'end':
      return (
        <Turn at={entry.at} kind="end">
          <strong>{`Meeting ${OUTCOME_LABELS[entry.outcome].toLowerCase()}:`}</strong> {entry.reason}
        </Turn>
      );
    case 'reply':
      return <ReplyView context={context} reply={entry} />;
  }
}

function ReplyView({ context, reply }: { context: DebriefMeeting; reply: ReplyEntry }) {
  const unscored = isUnscored(reply);
  const good = [
    ...DEBRIEF_MOVES.filter((m) => moveKind(m) === 'good' && (reply.verdict.moves as Record<string, boolean>)[m]),
    ...reply.verdict.flags.filter((f) => moveKind(f) === 'good'),
  ];
  const traps = [
    ...DEBRIEF_MOVES.filter((m) => moveKind(m) === 'trap' && (reply.verdict.moves as Record<string, boolean>)[m]),
    ...reply.verdict.flags.filter((f) => moveKind(f) === 'trap'),
  ];
  const exhibits = reply.exhibits.map((id) => context.scenario.exhibitIndex[id]?.title ?? id);
  return (
    <li className={`db-turn db-turn--reply db-turn--${reply.grade}`}>
      <span className="db-time">{clockLabel(reply.at)}</span>
      <div className="db-turn__body">
        <p className="db-reply__head">
          <strong>You</strong> <span className="db-muted">{reply.mode === 'choice' ? '(chose an option)' : '(typed)'}</span>{' '}
          <GradeBadge grade={reply.grade} />{' '}
          {unscored ? null : <span className="db-muted">{`score ${Math.round(reply.verdict.score)}/100`}</span>}
        </p>
        <blockquote className="db-quote">
          <HighlightedText text={reply.text} highlights={reply.verdict.highlights} />
        </blockquote>
        {reply.feedback && reply.gradeReason.includes(reply.feedback) ? null : (
          <p className="db-grade-reason">{reply.gradeReason}</p>
        )}
        {unscored ? (
          <p className="db-muted">The words of this reply were not analysed.</p>
        ) : (
          <p className="db-moves">
            {good.length > 0 ? <span>{`Good moves: ${good.map(moveLabel).join(', ')}. `}</span> : null}
            {traps.length > 0 ? <span className="db-moves__traps">{`Traps: ${traps.map(moveLabel).join(', ')}.`}</span> : null}
            {good.length === 0 && traps.length === 0 ? <span>No moves recognised.</span> : null}
          </p>
        )}
        {exhibits.length > 0 ? <p className="db-muted">{`With on screen: ${exhibits.join(', ')}.`}</p> : null}
        {reply.feedback ? (
          <p className="db-feedback">
            <strong>{`Author's note${reply.authorVerdict ? ` (rated ${reply.authorVerdict})` : ''}:`}</strong> {reply.feedback}
          </p>
        ) : null}
        {reply.verdict.tips.length > 0 ? (
          <ul className="db-tips" aria-label="Tips">
            {reply.verdict.tips.map((tip, i) => (
              <li key={i} className="db-tip">
                <p>
                  <strong>{`${capitalise(moveLabel(tip.about))}:`}</strong> {tip.message}
                </p>
                {tip.rewrite ? (
                  <InsteadTry instead={tip.quote && tip.quote.trim() ? tip.quote : reply.text} tryText={tip.rewrite} />
                ) : tip.quote ? (
                  <p>
                    <span className="db-instead">Watch:</span> <q>{tip.quote}</q>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
