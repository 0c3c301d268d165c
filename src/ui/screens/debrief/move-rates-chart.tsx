/** Bar chart of how often each move was made (lazy chunk). Its text alternative is the table in the Debrief. */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { moveKind, moveLabel } from '../../highlight/moves';
import { AXIS_COLOR, GRID_COLOR } from '../../exhibits/metric-data';

export interface MoveRatesChartProps {
  moves: readonly string[];
  rates: Record<string, number>;
  reducedMotion: boolean;
}

const GOOD = '#5fd38d';
const TRAP = '#ff7a7a';

export default function MoveRatesChart({ moves, rates, reducedMotion }: MoveRatesChartProps) {
  const data = moves.map((m) => ({
    move: m,
    label: moveKind(m) === 'trap' ? `${moveLabel(m)} (trap)` : moveLabel(m),
    rate: Math.round((rates[m] ?? 0) * 100),
    trap: moveKind(m) === 'trap',
  }));
  const height = 40 + data.length * 34;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 560, height }}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
        title="Share of replies that made each move"
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fill: AXIS_COLOR, fontSize: 12 }} stroke={AXIS_COLOR} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fill: AXIS_COLOR, fontSize: 12 }} stroke={AXIS_COLOR} />
        <Tooltip
          isAnimationActive={!reducedMotion}
          formatter={(v) => `${String(v)}% of replies`}
          cursor={{ fill: 'rgb(255 255 255 / 0.05)' }}
          contentStyle={{ background: '#1a2029', border: `1px solid ${GRID_COLOR}`, borderRadius: 6, color: '#e8edf3' }}
          labelStyle={{ color: '#e8edf3' }}
        />
        <Bar dataKey="rate" name="Share of replies" isAnimationActive={!reducedMotion} radius={[0, 4, 4, 0]}>
          {data.map((d) => (
            <Cell key={d.move} fill={d.trap ? TRAP : GOOD} fillOpacity={d.trap ? 0.85 : 1} />
          ))}
          <LabelList dataKey="rate" position="right" formatter={(v) => `${String(v)}%`} fill="#e8edf3" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
