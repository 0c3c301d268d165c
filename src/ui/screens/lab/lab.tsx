/**
 * The Scenario lab: where an author opens, pastes or imports a scenario, sees every diagnostic next to its line
 * (re-checked as they type), sees the meeting as a graph of phases and beats with where each reply leads and what the
 * scorer thinks of it, downloads the JSON, and play-tests it.
 *
 * Scenario text is only ever rendered as React text, never as HTML.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { CompiledScenario } from '../../../scenario/compile';
import type { Diagnostic } from '../../../scenario/diagnostics';
import { importPostmortem } from '../../../scenario/import-markdown';
import type { LoadResult } from '../../../scenario/load';
import type { ReplyScorer } from '../../../engine/scorer-seam';
import { useFocusOnMount } from '../../app/focus';
import { loadReplyScorer } from '../../app/scorer';
import {
  downloadName,
  meetingGraph,
  offsetOf,
  scorerOpinions,
  severityByLine,
  validateText,
  type GraphColumn,
  type GraphLink,
  type ScorerOpinion,
} from './lab-model';
import './lab.css';

export interface LabProps {
  /** Start a meeting on this scenario (the shell turns live hints on). */
  onPlaytest(scenario: CompiledScenario): void;
  onBack(): void;
  /** Loads the reply scorer; default: the lazily loaded `src/scoring` chunk. */
  loadScorer?: () => Promise<ReplyScorer>;
  /** Text to open with, e.g. a bundled scenario's JSON. */
  initialText?: string;
  /** Name used in diagnostics and downloads. Default `scenario.json`. */
  initialFileName?: string;
}

/** Re-check this long after the last keystroke. */
export const LAB_DEBOUNCE_MS = 300;

/** The default scenario's source, fetched only when an author asks for it. */
function loadExample(): Promise<string> {
  return import('../../../../scenarios/gas-spike-outage.json?raw').then((m: { default: string }) => m.default);
}

type ScorerState = 'loading' | 'ready' | 'failed';

const isMarkdownName = (name: string) => /\.(md|markdown|mdown|txt)$/i.test(name);

async function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}

export function Lab({ onPlaytest, onBack, loadScorer = loadReplyScorer, initialText = '', initialFileName = 'scenario.json' }: LabProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const ids = useId();
  const editorId = `${ids}-editor`;
  const [text, setText] = useState(initialText);
  const [fileName, setFileName] = useState(initialFileName);
  const [scorer, setScorer] = useState<ReplyScorer | undefined>(undefined);
  const [scorerState, setScorerState] = useState<ScorerState>('loading');
  const [result, setResult] = useState<LoadResult>(() => validateText(initialText, initialFileName));
  const [checkedText, setCheckedText] = useState(initialText);
  const [lastGood, setLastGood] = useState<CompiledScenario | undefined>(() => result.scenario);
  const [markdown, setMarkdown] = useState('');
  const [importNotes, setImportNotes] = useState<string[]>([]);
  const [beforeImport, setBeforeImport] = useState<{ text: string; fileName: string } | undefined>(undefined);
  const [openError, setOpenError] = useState<string | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);

  // The scorer loads once, in the background; the lab works without it.
  const scorerLoader = useRef(loadScorer);
  useEffect(() => {
    let live = true;
    scorerLoader.current().then(
      (loaded) => {
        if (!live) return;
        setScorer(() => loaded);
        setScorerState('ready');
      },
      () => {
        if (live) setScorerState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, []);

  // Debounced re-check of the text (and again once the scorer arrives).
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = validateText(text, fileName, scorer);
      setResult(next);
      setCheckedText(text);
      if (next.scenario) setLastGood(next.scenario);
    }, LAB_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, fileName, scorer]);

  const pending = checkedText !== text;
  const diagnostics = result.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const canPlay = !pending && result.ok && result.scenario !== undefined;
  const shown = result.scenario ?? lastGood;
  const stale = shown !== undefined && shown !== result.scenario;
  const graph = useMemo(() => (shown ? meetingGraph(shown) : []), [shown]);
  const opinions = useMemo(() => (shown && scorer ? scorerOpinions(shown, scorer) : undefined), [shown, scorer]);
  const lineSeverity = useMemo(() => severityByLine(diagnostics), [diagnostics]);
  const lineCount = useMemo(() => text.split(/\r\n|\r|\n/).length, [text]);

  const replaceText = (next: string, name: string) => {
    setText(next);
    setFileName(name);
    setOpenError(undefined);
  };

  const importMarkdown = (md: string) => {
    const imported = importPostmortem(md);
    setBeforeImport({ text, fileName });
    replaceText(`${JSON.stringify(imported.scenario, null, 2)}\n`, `${imported.scenario.id}.json`);
    setImportNotes(imported.notes);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const content = await readText(file);
      if (isMarkdownName(file.name)) importMarkdown(content);
      else {
        replaceText(content, file.name);
        setImportNotes([]);
        setBeforeImport(undefined);
      }
    } catch (err) {
      setOpenError(`Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  };

  const syncGutter = () => {
    if (gutterRef.current && editorRef.current) gutterRef.current.scrollTop = editorRef.current.scrollTop;
  };

  /** Puts the caret on a diagnostic's line and column, and scrolls the editor to it. */
  const goTo = useCallback(
    (d: Diagnostic) => {
      const editor = editorRef.current;
      if (!editor) return;
      const offset = offsetOf(editor.value, d.line, d.column);
      editor.focus();
      editor.setSelectionRange(offset, offset);
      const lineHeight = Number.parseFloat(getComputedStyle(editor).lineHeight) || 20;
      editor.scrollTop = Math.max(0, (d.line - 4) * lineHeight);
      syncGutter();
    },
    [],
  );

  const download = () => {
    const blob = new Blob([text], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = shown && !stale ? `${shown.id}.json` : downloadName(text, fileName.replace(/\.[^.]*$/, '') || 'scenario');
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const status = text.trim() === ''
    ? 'Open a scenario file, paste its JSON, or import a post-mortem.'
    : pending
      ? 'Checking…'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${result.ok ? ': ready to play-test.' : '.'}`;

  return (
    <main className="screen lab">
      <header className="lab__header">
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← Back
        </button>
        <h1 ref={headingRef} tabIndex={-1}>
          Scenario lab
        </h1>
        <div className="button-row lab__actions">
          <button type="button" className="button" onClick={download} disabled={text.trim() === ''}>
            Download JSON
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canPlay}
            aria-describedby={`${ids}-status`}
            onClick={() => {
              if (canPlay && result.scenario) onPlaytest(result.scenario);
            }}
          >
            Play-test
          </button>
        </div>
      </header>
      <p id={`${ids}-status`} className={`lab__status lab__status--${errors > 0 ? 'bad' : pending ? 'pending' : 'ok'}`} role="status">
        {status}
        {errors > 0 && !pending ? ' Fix the errors to play-test.' : ''}
      </p>

      <div className="lab__sources">
        <section
          className={`card lab__open${dragging ? ' lab__open--dragging' : ''}`}
          aria-labelledby={`${ids}-open-title`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <h2 id={`${ids}-open-title`}>Open</h2>
          <label className="lab__file">
            <span>Open a scenario file (.json) or a post-mortem (.md)</span>
            <input
              type="file"
              accept=".json,.md,.markdown,.txt,application/json,text/markdown,text/plain"
              onChange={(e) => {
                void openFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <p className="muted">…or drop a file here, or paste the JSON into the editor below.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              void loadExample().then(
                (example) => replaceText(example, 'gas-spike-outage.json'),
                () => setOpenError('The example scenario could not be loaded; check the connection and try again.'),
              );
            }}
          >
            Start from the example scenario
          </button>
          {openError ? <p className="field-error" role="alert">{openError}</p> : null}
        </section>

        <section className="card lab__import" aria-labelledby={`${ids}-import-title`}>
          <h2 id={`${ids}-import-title`}>Import a post-mortem</h2>
          <label htmlFor={`${ids}-markdown`}>Post-mortem (Markdown)</label>
          <textarea
            id={`${ids}-markdown`}
            className="lab__markdown"
            value={markdown}
            rows={5}
            spellCheck={false}
            aria-describedby={`${ids}-import-hint`}
            onChange={(e) => setMarkdown(e.currentTarget.value)}
          />
          <p id={`${ids}-import-hint`} className="muted">
            Title, summary, impact, a timeline with times, root causes and action items become a scenario skeleton; it
            replaces the editor&apos;s text.
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={markdown.trim() === ''} onClick={() => importMarkdown(markdown)}>
              Import post-mortem
            </button>
            {beforeImport ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  replaceText(beforeImport.text, beforeImport.fileName);
                  setBeforeImport(undefined);
                  setImportNotes([]);
                }}
              >
                Undo import
              </button>
            ) : null}
          </div>
          {importNotes.length > 0 ? (
            <div className="lab__notes" role="region" aria-label="What to fill in">
              <h3>What to fill in</h3>
              <ul>
                {importNotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      </div>

      <div className="lab__workbench">
        <section className="lab__editor" aria-labelledby={`${ids}-editor-title`} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <h2 id={`${ids}-editor-title`}>
            <label htmlFor={editorId}>Scenario JSON</label> <span className="muted lab__file-name">{fileName}</span>
          </h2>
          <div className="lab__code">
            <div ref={gutterRef} className="lab__gutter" aria-hidden="true">
              {Array.from({ length: lineCount }, (_, i) => {
                const severity = lineSeverity.get(i + 1);
                return (
                  <div key={i} className={severity ? `lab__line-no lab__line-no--${severity}` : 'lab__line-no'}>
                    {severity ? <span className="lab__marker">{severity === 'error' ? '●' : '▲'}</span> : null}
                    {i + 1}
                  </div>
                );
              })}
            </div>
            <textarea
              ref={editorRef}
              id={editorId}
              className="lab__textarea"
              value={text}
              wrap="off"
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              aria-describedby={`${ids}-status`}
              aria-invalid={errors > 0}
              onChange={(e) => setText(e.currentTarget.value)}
              onScroll={syncGutter}
            />
          </div>
        </section>

        <section className="card lab__diagnostics" aria-labelledby={`${ids}-diag-title`}>
          <h2 id={`${ids}-diag-title`}>Diagnostics</h2>
          {diagnostics.length === 0 ? (
            <p className="muted">{text.trim() === '' ? 'Nothing to check yet.' : pending ? 'Checking…' : 'No problems found.'}</p>
          ) : (
            <ol className="lab__diag-list">
              {diagnostics.map((d, i) => (
                <li key={`${d.line}:${d.column}:${d.code}:${i}`}>
                  <button type="button" className={`lab__diag lab__diag--${d.severity}`} onClick={() => goTo(d)}>
                    <span className="lab__diag-where">
                      Line {d.line}:{d.column}
                    </span>{' '}
                    <span className="lab__diag-severity">{d.severity}</span>{' '}
                    <span className="lab__diag-message">{d.message}</span>{' '}
                    <code className="lab__diag-pointer">{d.pointer === '' ? '(root)' : d.pointer}</code>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <p className="muted lab__scorer-state">
            {scorerState === 'loading'
              ? 'Loading the reply scorer…'
              : scorerState === 'failed'
                ? 'The reply scorer did not load: its verdicts and the scorer-disagrees check are off.'
                : 'The reply scorer checks every option against its verdict.'}
          </p>
        </section>
      </div>

      <section className="lab__graph-section" aria-labelledby={`${ids}-graph-title`}>
        <h2 id={`${ids}-graph-title`}>The meeting</h2>
        {shown === undefined ? (
          <p className="muted">The graph appears once the scenario has no errors.</p>
        ) : (
          <>
            {stale ? <p className="muted">Showing the last version without errors.</p> : null}
            <MeetingGraph columns={graph} opinions={opinions} idPrefix={ids} />
          </>
        )}
      </section>
    </main>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface GraphProps {
  columns: GraphColumn[];
  opinions: Record<string, Record<string, ScorerOpinion>> | undefined;
  idPrefix: string;
}

/** Phases as columns, beats as nodes, each option with the beat it leads to (a link that moves focus there). */
function MeetingGraph({ columns, opinions, idPrefix }: GraphProps) {
  const nodeId = (beatId: string) => `${idPrefix}-beat-${beatId}`;
  return (
    <ol className="lab-graph" aria-label="Phases and beats">
      {columns.map((column) => (
        <li key={column.phaseId} className="lab-graph__phase" aria-labelledby={`${idPrefix}-phase-${column.phaseId}`}>
          <h3 id={`${idPrefix}-phase-${column.phaseId}`}>
            {column.title} <span className="muted">({column.kind})</span>
          </h3>
          <ol className="lab-graph__beats" aria-label={`Beats of ${column.title}`}>
            {column.beats.map((beat) => (
              <li key={beat.id} id={nodeId(beat.id)} tabIndex={-1} className={`lab-node${beat.followUp ? ' lab-node--follow-up' : ''}`}>
                <p className="lab-node__title">
                  <strong>{beat.id}</strong> {beat.followUp ? <span className="badge">follow-up</span> : null}
                </p>
                <p className="lab-node__speaker muted">{beat.speakerName}</p>
                <p className="lab-node__line">{beat.line}</p>
                <ul className="lab-node__links" aria-label={`Options of ${beat.id}`}>
                  {beat.links.map((link) => (
                    <OptionLink key={link.optionId} link={link} opinion={opinions?.[beat.id]?.[link.optionId]} nodeId={nodeId} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

function OptionLink({ link, opinion, nodeId }: { link: GraphLink; opinion: ScorerOpinion | undefined; nodeId: (id: string) => string }) {
  let target: ReactNode = <span className="lab-link__end">end of meeting</span>;
  if (link.to !== null) {
    const to = link.to;
    target = (
      <a
        href={`#${nodeId(to)}`}
        onClick={(e) => {
          const node = document.getElementById(nodeId(to));
          if (!node) return;
          e.preventDefault();
          node.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
          node.focus();
        }}
      >
        {to}
      </a>
    );
  }
  return (
    <li className="lab-link">
      <span className="lab-link__head">
        <span className={`lab-verdict lab-verdict--${link.verdict}`}>{link.verdict}</span> <span className="lab-link__option">{link.optionId}</span>{' '}
        <span aria-hidden="true">→</span>
        <span className="visually-hidden"> leads to </span> {target}
        {link.via !== 'agenda' ? <span className="muted lab-link__via"> (by the {link.via}&apos;s next)</span> : null}
      </span>
      <span className="lab-link__text">{link.text}</span>
      {opinion ? (
        <span className="lab-link__scorer">
          Scorer: {opinion.score}, {opinion.verdict}
          {opinion.moves.length > 0 ? ` · ${opinion.moves.join(', ')}` : ' · no moves'}
          {opinion.disagrees ? (
            <>
              {' '}
              <span className="badge lab-badge--disagrees">disagrees</span>
            </>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}
