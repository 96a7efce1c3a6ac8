import { useSyncExternalStore } from 'react';

/** Phones: the grid becomes one card per profile so nothing scrolls sideways. */
const NARROW = '(max-width: 600px)';

const query = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null);

function subscribe(onChange: () => void) {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/**
 * True on phone-width screens. Chosen in script, not only in CSS, so only one of the two
 * layouts is in the page: each cell then exists once for assistive technology and tests.
 */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
