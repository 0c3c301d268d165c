/**
 * Shows one exhibit: a metric as a line chart (recharts, loaded lazily) with a data table as its text alternative,
 * a log as a monospaced scrollable list, a table as a real <table>. All text is rendered as React text.
 */
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { Exhibit, LogExhibit, MetricExhibit, TableExhibit } from '../../scenario/schema';
import { visuallyHiddenStyle } from '../highlight/visually-hidden';
import { describeMetric, formatValue, metricRows } from './metric-data';
import { useReducedMotion } from './reduced-motion';
import './exhibits.css';

const MetricChart = lazy(() => import('./metric-chart'));

export interface ExhibitViewProps {
  exhibit: Exhibit;
  /** Smaller, for the meeting room's side panel. */
  compact?: boolean;
  /** Forces animations off (true) or on (false); by default the app's setting or the system preference. */
  reducedMotion?: boolean;
}

export function ExhibitView({ exhibit, compact = false, reducedMotion }: ExhibitViewProps) {
  switch (exhibit.kind) {
    case 'metric':
      return <MetricView exhibit={exhibit} compact={compact} reducedMotion={reducedMotion} />;
    case 'log':
      return <LogView exhibit={exhibit} compact={compact} />;
    case 'table':
      return <TableView exhibit={exhibit} compact={compact} />;
  }
}

function Caption({ title, caption, extra }: { title: string; caption?: string | undefined; extra?: string }) {
  return (
    <figcaption className="ex-caption">
      <span className="ex-caption__title">{title}</span>
      {caption ? <span className="ex-caption__text">{caption}</span> : null}
      {extra ? <span className="ex-caption__text ex-caption__summary">{extra}</span> : null}
    </figcaption>
  );
}

function ChartLoading({ compact }: { compact: boolean }) {
  return (
    <div className="ex-chart-loading" style={{ height: compact ? 170 : 280 }} role="status">
      Loading chart…
    </div>
  );
}

export function MetricView({ exhibit, compact = false, reducedMotion }: { exhibit: MetricExhibit; compact?: boolean; reducedMotion?: boolean | undefined }) {
  const reduced = useReducedMotion(reducedMotion);
  const [showData, setShowData] = useState(false);
  const tableId = useId();
  const description = useMemo(() => describeMetric(exhibit), [exhibit]);
  const data = useMemo(() => metricRows(exhibit), [exhibit]);
  return (
    <figure className={`ex ex--metric${compact ? ' ex--compact' : ''}`} data-exhibit={exhibit.id}>
      <Caption title={exhibit.title} caption={exhibit.caption} extra={compact ? undefined : description} />
      {compact ? <span style={visuallyHiddenStyle}>{description}</span> : null}
      <div className="ex-chart">
        <Suspense fallback={<ChartLoading compact={compact} />}>
          <MetricChart exhibit={exhibit} compact={compact} reducedMotion={reduced} description={description} />
        </Suspense>
      </div>
      <button
        type="button"
        className="ex-toggle"
        aria-expanded={showData}
        aria-controls={tableId}
        onClick={() => setShowData((v) => !v)}
      >
        {showData ? 'Hide data' : 'Show data'}
      </button>
      <div id={tableId} className="ex-table-wrap" style={showData ? undefined : visuallyHiddenStyle}>
        <table className="ex-table">
          <caption>{`${exhibit.title}: data points (${exhibit.unit})`}</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              {data.series.map((s) => (
                <th scope="col" key={s.key}>{`${s.name} (${exhibit.unit})`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.t}>
                <th scope="row">{row.label}</th>
                {data.series.map((s) => {
                  const v = row[s.key];
                  return (
                    <td key={s.key} className="ex-num">
                      {typeof v === 'number' ? formatValue(v, exhibit.unit) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export function LogView({ exhibit, compact = false }: { exhibit: LogExhibit; compact?: boolean }) {
  const captionId = useId();
  return (
    <figure className={`ex ex--log${compact ? ' ex--compact' : ''}`} data-exhibit={exhibit.id} aria-labelledby={captionId}>
      <figcaption id={captionId} className="ex-caption">
        <span className="ex-caption__title">{exhibit.title}</span>
        {exhibit.caption ? <span className="ex-caption__text">{exhibit.caption}</span> : null}
      </figcaption>
      {/* Scrollable, so focusable: keyboard users can scroll it with the arrow keys. */}
      <div className="ex-log" role="region" aria-label={`${exhibit.title}: log lines`} tabIndex={0}>
        <ol className="ex-log__lines">
          {exhibit.lines.map((line, i) => (
            <li key={i} className={`ex-log__line ex-log__line--${line.level.toLowerCase()}`}>
              <time className="ex-log__time">{line.time}</time>{' '}
              <span className={`ex-log__level ex-log__level--${line.level.toLowerCase()}`}>{line.level}</span>{' '}
              {line.source ? (
                <>
                  <span className="ex-log__source">{`[${line.source}]`}</span>{' '}
                </>
              ) : null}
              <span className="ex-log__text">{line.text}</span>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}

export function TableView({ exhibit, compact = false }: { exhibit: TableExhibit; compact?: boolean }) {
  const width = Math.max(exhibit.columns.length, ...exhibit.rows.map((r) => r.length));
  const numeric = Array.from({ length: width }, (_, c) => exhibit.rows.every((r) => r[c] === undefined || typeof r[c] === 'number'));
  const captionId = useId();
  return (
    <div
      className={`ex ex--table${compact ? ' ex--compact' : ''}`}
      data-exhibit={exhibit.id}
    >
      {/* The scrolling wrapper is the one focusable region, so a keyboard user can scroll a wide table. */}
      <div className="ex-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="ex-table">
          <caption id={captionId} className="ex-table__caption">
            <span className="ex-caption__title">{exhibit.title}</span>
            {exhibit.caption ? <span className="ex-caption__text">{exhibit.caption}</span> : null}
          </caption>
          <thead>
            <tr>
              {Array.from({ length: width }, (_, c) => (
                <th scope="col" key={c} className={numeric[c] ? 'ex-num' : undefined}>
                  {exhibit.columns[c] ?? ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {exhibit.rows.map((row, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, c) => {
                  const cell = row[c];
                  return (
                    <td key={c} className={numeric[c] ? 'ex-num' : undefined}>
                      {cell === undefined ? '' : typeof cell === 'number' ? cell.toLocaleString('en') : cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
