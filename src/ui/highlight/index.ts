export { HighlightedText, HighlightLegend, type HighlightedTextProps, type HighlightLegendProps } from './highlighted-text';
export { moveClass, moveDescription, moveKind, moveLabel, type MoveKind } from './moves';
export { normaliseSpan, segmentText, type HighlightSpan, type TextSegment } from './segments';
export { VisuallyHidden, visuallyHiddenStyle } from './visually-hidden';
