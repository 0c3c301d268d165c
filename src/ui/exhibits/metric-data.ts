/**
 * Pure helpers behind the metric chart and its text alternative: clock parsing, one row per time across all series,
 * value formatting with the unit, and a one-paragraph description of what the chart shows.
 */
import type { MetricExhibit } from '../../scenario/schema';

const DAY = 24 * 3600;

/** "14:02" or "14:02:30" -> seconds since midnight; NaN if malformed. */
export function parseClock(time: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!m) return Number.NaN;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** Seconds (possibly past midnight into the next day) -> "HH:MM" or "HH:MM:SS". */
export function formatClock(seconds: number, withSeconds = false): string {
  const s = ((Math.round(seconds) % DAY) + DAY) % DAY;
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return withSeconds ? `${hh}:${mm}:${ss}` : `${hh}:${mm}`;
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** 30 and "%" -> "30%"; 1.5 and "Mgas" -> "1.5 Mgas". */
export function formatValue(value: number, unit: string): string {
  const n = numberFormat.format(value);
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** 30 and "%" -> "30%"; 30 and "Mgas" -> "30": axis ticks carry "%" only, other units go on the axis label. */
export function formatTick(value: number, unit: string): string {
  const n = numberFormat.format(value);
  return unit === '%' ? `${n}%` : n;
}

const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/**
 * Tick positions (seconds) on round clock values between `min` and `max`: every 1, 2, 5, 10, 15 or 30 minutes and so
 * on, at most `maxTicks` of them, never finer than `minStep` seconds.
 */
export function clockTicks(min: number, max: number, maxTicks: number, minStep = 60): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  if (max === min) return [min];
  const span = max - min;
  const step = TICK_STEPS.find((s) => s >= minStep && span / s <= Math.max(1, maxTicks - 1)) ?? Math.ceil(span / Math.max(1, maxTicks - 1));
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t);
  return ticks;
}

export interface MetricSeriesKey {
  /** Data key in each row ("s0", "s1", ...), so series names never clash with "t". */
  key: string;
  name: string;
}

export interface MetricRow {
  /** Seconds since midnight of the incident day (past 24 h when the incident crosses midnight). */
  t: number;
  label: string;
  [key: string]: number | string | undefined;
}

export interface MetricData {
  rows: MetricRow[];
  series: MetricSeriesKey[];
  withSeconds: boolean;
}

/**
 * One row per distinct time, sorted, with each series' value (or undefined). A series whose times go backwards by
 * more than 12 hours is taken to cross midnight, so 23:50 -> 00:10 stays in order.
 */
export function metricRows(exhibit: Pick<MetricExhibit, 'series'>): MetricData {
  const byTime = new Map<number, MetricRow>();
  let withSeconds = false;
  const series = exhibit.series.map((s, i) => ({ key: `s${i}`, name: s.name }));
  exhibit.series.forEach((s, i) => {
    let day = 0;
    let previous = Number.NEGATIVE_INFINITY;
    for (const [time, value] of s.points) {
      const raw = parseClock(time);
      if (Number.isNaN(raw) || !Number.isFinite(value)) continue;
      if (time.length > 5) withSeconds = true;
      if (raw + day * DAY < previous - DAY / 2) day += 1;
      const t = raw + day * DAY;
      previous = t;
      const row = byTime.get(t) ?? { t, label: '' };
      row[`s${i}`] = value;
      byTime.set(t, row);
    }
  });
  const rows = [...byTime.values()].sort((a, b) => a.t - b.t);
  for (const row of rows) row.label = formatClock(row.t, withSeconds);
  return { rows, series, withSeconds };
}

/** What the chart shows, in words: each series' first, peak and last value with times, and the threshold. */
export function describeMetric(exhibit: MetricExhibit): string {
  const { rows, series } = metricRows(exhibit);
  const parts: string[] = [];
  for (const s of series) {
    const points = rows.filter((r) => typeof r[s.key] === 'number');
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) continue;
    let peak = first;
    for (const p of points) if ((p[s.key] as number) > (peak[s.key] as number)) peak = p;
    const v = (r: MetricRow) => formatValue(r[s.key] as number, exhibit.unit);
    const trend = (last[s.key] as number) > (first[s.key] as number) ? 'rose' : (last[s.key] as number) < (first[s.key] as number) ? 'fell' : 'stayed';
    let sentence =
      trend === 'stayed'
        ? `${s.name} stayed at ${v(first)} from ${first.label} to ${last.label}`
        : `${s.name} ${trend} from ${v(first)} at ${first.label} to ${v(last)} at ${last.label}`;
    if (peak !== first && peak !== last) sentence += `, peaking at ${v(peak)} at ${peak.label}`;
    if (exhibit.threshold) {
      const crossing = points.find((p) => (p[s.key] as number) >= exhibit.threshold!.value);
      if (crossing) sentence += `; it reached the threshold at ${crossing.label}`;
    }
    parts.push(`${sentence}.`);
  }
  if (exhibit.threshold) {
    parts.push(`Threshold: ${exhibit.threshold.label} at ${formatValue(exhibit.threshold.value, exhibit.unit)}.`);
  }
  return parts.join(' ');
}

/** Line colours (the design tokens' hues) and dash patterns, so series differ without colour too. */
export const SERIES_COLORS = ['#6cb6ff', '#f2c14e', '#5fd38d', '#ba94ff', '#5fd3c8', '#ff9ec7'] as const;
export const SERIES_DASHES = [undefined, '6 3', '2 3', '10 4 2 4', '1 2', '12 3'] as const;
export const THRESHOLD_COLOR = '#ff7a7a';
export const AXIS_COLOR = '#a7b2c0';
export const GRID_COLOR = '#344050';
