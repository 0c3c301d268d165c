export { ExhibitView, LogView, MetricView, TableView, type ExhibitViewProps } from './exhibit-view';
export { describeMetric, formatClock, formatValue, metricRows, parseClock, type MetricData, type MetricRow } from './metric-data';
export { ReducedMotionContext, useReducedMotion } from './reduced-motion';
