/**
 * Small inline icons (decorative: always next to a text label, hidden from assistive technology). Drawn in SVG so
 * they look the same on machines without an emoji font.
 */
import type { ReactNode } from 'react';

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function ChartIcon() {
  return (
    <Svg>
      <path d="M2 2v12h12" />
      <path d="M4.5 10.5l3-3.5 2.5 2 3.5-5" />
    </Svg>
  );
}

export function LogIcon() {
  return (
    <Svg>
      <rect x="2" y="2" width="12" height="12" rx="2" />
      <path d="M5 5.5h6M5 8h6M5 10.5h4" />
    </Svg>
  );
}

export function TableIcon() {
  return (
    <Svg>
      <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
      <path d="M2 6h12M2 9.5h12M6.5 6v7.5" />
    </Svg>
  );
}

export function SoundIcon({ on }: { on: boolean }) {
  return (
    <Svg>
      <path d="M2.5 6h2.5l3.5-3v10l-3.5-3H2.5z" />
      {on ? <path d="M11 5.5a3.5 3.5 0 0 1 0 5M12.8 3.8a6 6 0 0 1 0 8.4" /> : <path d="M11 6l3.5 4M14.5 6L11 10" />}
    </Svg>
  );
}

export function PauseIcon({ paused }: { paused: boolean }) {
  return <Svg>{paused ? <path d="M5 3l8 5-8 5z" /> : <path d="M5.5 3v10M10.5 3v10" />}</Svg>;
}

export function LeaveIcon() {
  return (
    <Svg>
      <path d="M9.5 2.5h-6v11h6M7 8h7M11.5 5.5L14 8l-2.5 2.5" />
    </Svg>
  );
}
