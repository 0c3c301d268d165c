import { describe, expect, it } from 'vitest';
import type { MetricExhibit } from '../../scenario/schema';
import { clockTicks, describeMetric, formatClock, formatValue, metricRows, parseClock } from './metric-data';

const gas: MetricExhibit = {
  id: 'gas',
  kind: 'metric',
  title: 'Gas used per block',
  unit: 'Mgas',
  series: [
    { name: 'gas used', points: [['14:00', 12], ['14:02', 29.5], ['14:04', 30], ['14:06', 14]] },
    { name: 'gas limit', points: [['14:00', 30], ['14:06', 30]] },
  ],
  threshold: { value: 30, label: 'Block gas limit' },
};

describe('metric data', () => {
  it('parses and formats clock times, with seconds when asked', () => {
    expect(parseClock('14:02')).toBe(14 * 3600 + 120);
    expect(parseClock('09:05:30')).toBe(9 * 3600 + 330);
    expect(parseClock('nope')).toBeNaN();
    expect(formatClock(parseClock('09:05:30'), true)).toBe('09:05:30');
    expect(formatClock(25 * 3600)).toBe('01:00');
  });

  it('formats values with their unit', () => {
    expect(formatValue(30, '%')).toBe('30%');
    expect(formatValue(1.256, 'Mgas')).toBe('1.26 Mgas');
  });

  it('merges series into one sorted row per time, leaving gaps empty', () => {
    const { rows, series } = metricRows(gas);
    expect(series.map((s) => s.name)).toEqual(['gas used', 'gas limit']);
    expect(rows.map((r) => r.label)).toEqual(['14:00', '14:02', '14:04', '14:06']);
    expect(rows[1]).toMatchObject({ s0: 29.5 });
    expect(rows[1]!.s1).toBeUndefined();
    expect(rows[3]).toMatchObject({ s0: 14, s1: 30 });
  });

  it('keeps an incident that crosses midnight in order', () => {
    const { rows } = metricRows({ series: [{ name: 'x', points: [['23:50', 1], ['23:58', 2], ['00:04', 3]] }] });
    expect(rows.map((r) => r.label)).toEqual(['23:50', '23:58', '00:04']);
    expect(rows.map((r) => r.s0)).toEqual([1, 2, 3]);
  });

  it('describes each series with times, peak and threshold in words', () => {
    const text = describeMetric(gas);
    expect(text).toContain('gas used rose from 12 Mgas at 14:00 to 14 Mgas at 14:06, peaking at 30 Mgas at 14:04');
    expect(text).toContain('it reached the threshold at 14:04');
    expect(text).toContain('gas limit stayed at 30 Mgas from 14:00 to 14:06');
    expect(text).toContain('Threshold: Block gas limit at 30 Mgas.');
  });
});

describe('clockTicks', () => {
  it('puts ticks on round minutes, at most the asked number', () => {
    const t = (s: string) => parseClock(s);
    expect(clockTicks(t('14:00'), t('14:08'), 7).map((x) => formatClock(x))).toEqual(['14:00', '14:02', '14:04', '14:06', '14:08']);
    expect(clockTicks(t('14:00'), t('14:04'), 4).map((x) => formatClock(x))).toEqual(['14:00', '14:02', '14:04']);
    expect(clockTicks(t('13:55'), t('15:10'), 7).map((x) => formatClock(x))).toEqual(['14:00', '14:15', '14:30', '14:45', '15:00']);
    expect(clockTicks(0, 43, 7, 5)).toEqual([0, 10, 20, 30, 40]);
    expect(clockTicks(5, 5, 7)).toEqual([5]);
    expect(clockTicks(Number.NaN, 5, 7)).toEqual([]);
  });
});
