export type DurationUnit = 'seconds' | 'minutes' | 'hours';

/** "How long offline", rounded down to the largest whole unit. */
export function durationParts(ms: number): { unit: DurationUnit; count: number } {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  if (seconds < 3600) return { unit: 'minutes', count: Math.floor(seconds / 60) };
  return { unit: 'hours', count: Math.floor(seconds / 3600) };
}
