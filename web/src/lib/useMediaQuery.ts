import { useSyncExternalStore } from 'react';

const list = (query: string) =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;

/**
 * Whether a CSS media query matches now, following changes (a window resized, a phone turned).
 * For layouts chosen in script rather than CSS; `fallback` is the answer where there is no window.
 */
export function useMediaQuery(query: string, fallback = false): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = list(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    () => list(query)?.matches ?? fallback,
    () => fallback,
  );
}
