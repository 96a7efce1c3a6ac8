import { useMediaQuery } from '../lib/useMediaQuery';

/**
 * True on phone-width screens (the grid becomes one card per profile so nothing scrolls
 * sideways). Chosen in script, not only in CSS, so only one of the two layouts is in the page:
 * each cell then exists once for assistive technology and tests.
 */
export function useNarrow(): boolean {
  return useMediaQuery('(max-width: 600px)');
}
