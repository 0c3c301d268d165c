/**
 * The recharts line chart of a metric exhibit. Loaded lazily by `ExhibitView`, so recharts stays out of the first
 * screen's bundle. The text alternative (caption, description, data table) lives in `ExhibitView`, outside this
 * chunk, so it is there before (and without) the chart.
 */
import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MetricExhibit } from '../../scenario/schema';
import {
  AXIS_COLOR,
  clockTicks,
  formatClock,
  formatTick,
  formatValue,
  GRID_COLOR,
  metricRows,
  SERIES_COLORS,
  SERIES_DASHES,
  THRESHOLD_COLOR,
} from './metric-data';

export interface MetricChartProps {
  exhibit: MetricExhibit;
  compact?: boolean;
  /** Animations off. */
  reducedMotion: boolean;
  /** The chart in words, for the SVG's <desc>. */
  description?: string;
}

export default function MetricChart({ exhibit, compact = false, reducedMotion, description }: MetricChartProps) {
  const data = useMemo(() => metricRows(exhibit), [exhibit]);
  const height = compact ? 170 : 280;
  const fontSize = compact ? 11 : 12;
  const several = data.series.length > 1;
  const tick = { fill: AXIS_COLOR, fontSize };
  const first = data.rows[0]?.t ?? 0;
  const last = data.rows.at(-1)?.t ?? 0;
  const ticks = clockTicks(first, last, compact ? 4 : 7, data.withSeconds ? 1 : 60);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: compact ? 360 : 640, height }}>
      <LineChart
        data={data.rows}
        margin={{ top: 16, right: 24, bottom: compact ? 4 : 20, left: 8 }}
        title={exhibit.title}
        desc={description}
      >
        <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="linear"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(t: number) => formatClock(t, data.withSeconds)}
          tick={tick}
          stroke={AXIS_COLOR}
          ticks={ticks}
          label={compact ? undefined : { value: 'Time', position: 'insideBottom', offset: -12, fill: AXIS_COLOR, fontSize }}
        />
        <YAxis
          tick={tick}
          stroke={AXIS_COLOR}
          width={compact ? 52 : 64}
          tickFormatter={(v: number) => formatTick(v, exhibit.unit)}
          label={{ value: exhibit.unit, angle: -90, position: 'insideLeft', offset: compact ? 0 : 4, fill: AXIS_COLOR, fontSize }}
        />
        <Tooltip
          isAnimationActive={!reducedMotion}
          labelFormatter={(t) => (typeof t === 'number' ? formatClock(t, data.withSeconds) : String(t))}
          formatter={(value) => (typeof value === 'number' ? formatValue(value, exhibit.unit) : String(value))}
          contentStyle={{ background: '#1a2029', border: `1px solid ${GRID_COLOR}`, borderRadius: 6, color: '#e8edf3' }}
          labelStyle={{ color: '#e8edf3' }}
        />
        {several ? <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize, color: AXIS_COLOR }} /> : null}
        {exhibit.threshold ? (
          <ReferenceLine
            y={exhibit.threshold.value}
            stroke={THRESHOLD_COLOR}
            strokeDasharray="5 4"
            ifOverflow="extendDomain"
            label={{
              value: `${exhibit.threshold.label} (${formatValue(exhibit.threshold.value, exhibit.unit)})`,
              position: 'insideTopRight',
              fill: THRESHOLD_COLOR,
              fontSize,
            }}
          />
        ) : null}
        {data.series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            type="monotone"
            stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
            strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
            strokeWidth={2}
            dot={{ r: compact ? 2 : 3 }}
            connectNulls
            isAnimationActive={!reducedMotion}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
