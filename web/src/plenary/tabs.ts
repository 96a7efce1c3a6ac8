/**
 * Where the arrow keys, Home and End move the focus in a tab list of `count` tabs (the
 * WAI-ARIA tabs pattern, wrapping around); null for any other key.
 */
export function tabAfterKey(index: number, count: number, key: string): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
