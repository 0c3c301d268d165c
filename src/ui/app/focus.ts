/**
 * Focus helpers: each screen moves focus to its h1 when it appears, so keyboard and screen reader users start at
 * the top of the new screen instead of on a button that no longer exists.
 */
import { useEffect, useRef } from 'react';

export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return ref;
}
