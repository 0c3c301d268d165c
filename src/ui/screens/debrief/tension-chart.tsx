/** Tension of each stakeholder over meeting time (lazy chunk). The Debrief shows a start/peak/end table beside it. */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { clockLabel } from '../../../engine/selectors';
import { AXIS_COLOR, clockTicks, GRID_COLOR, SERIES_COLORS, SERIES_DASHES, THRESHOLD_COLOR } from '../../exhibits/metric-data';
import type { TensionChartData } from './debrief-data';

export interface TensionChartProps {
  data: TensionChartData;
  reducedMotion: boolean;
}

export default function TensionChart({ data, reducedMotion }: TensionChartProps) {
  const height = 260;
  const end = data.rows.at(-1)?.at ?? 0;
  // Round meeting-time ticks (every 5 s, 10 s, 30 s, 1 min...), computed in seconds.
  const ticks = clockTicks(0, end / 1000, 7, 5).map((s) => s * 1000);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <LineChart data={data.rows} margin={{ top: 16, right: 24, bottom: 20, left: 8 }} title="Tension over the meeting" accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          domain={['dataMin', 'dataMax']}
          ticks={ticks}
          tickFormatter={(ms: number) => clockLabel(ms)}
          tick={{ fill: AXIS_COLOR, fontSize: 12 }}
          stroke={AXIS_COLOR}
          label={{ value: 'Meeting time (m:ss)', position: 'insideBottom', offset: -12, fill: AXIS_COLOR, fontSize: 12 }}
        />
        <YAxis
          domain={[0, 100]}
          tick={{ fill: AXIS_COLOR, fontSize: 12 }}
          stroke={AXIS_COLOR}
          width={48}
          label={{ value: 'Tension', angle: -90, position: 'insideLeft', offset: 4, fill: AXIS_COLOR, fontSize: 12 }}
        />
        <Tooltip
          isAnimationActive={!reducedMotion}
          labelFormatter={(ms) => (typeof ms === 'number' ? clockLabel(ms) : String(ms))}
          contentStyle={{ background: '#1a2029', border: `1px solid ${GRID_COLOR}`, borderRadius: 6, color: '#e8edf3' }}
          labelStyle={{ color: '#e8edf3' }}
        />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12, color: AXIS_COLOR }} />
        <ReferenceLine
          y={data.limit}
          stroke={THRESHOLD_COLOR}
          strokeDasharray="5 4"
          ifOverflow="extendDomain"
          label={{ value: `walks out (${data.limit})`, position: 'insideTopRight', fill: THRESHOLD_COLOR, fontSize: 12 }}
        />
        {data.people.map((p, i) => (
          <Line
            key={p.id}
            dataKey={p.id}
            name={p.name}
            type="stepAfter"
            stroke={p.color ?? SERIES_COLORS[i % SERIES_COLORS.length]}
            strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={!reducedMotion}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
