/**
 * Whether charts animate. A `ReducedMotionContext` value from the app (the user's setting) wins; with none
 * (null), the operating system's `prefers-reduced-motion` decides.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';

/** true: never animate; false: animate; null: follow the system preference. */
export const ReducedMotionContext = createContext<boolean | null>(null);

const QUERY = '(prefers-reduced-motion: reduce)';

function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const mq = mediaQuery();
  if (!mq) return () => {};
  mq.addEventListener?.('change', onChange);
  return () => mq.removeEventListener?.('change', onChange);
}

const systemPrefersReduced = () => mediaQuery()?.matches ?? false;

/** True when animations should be off: the prop, else the context, else the system setting. */
export function useReducedMotion(override?: boolean): boolean {
  const fromContext = useContext(ReducedMotionContext);
  const system = useSyncExternalStore(subscribe, systemPrefersReduced, () => false);
  return override ?? fromContext ?? system;
}
