import { describe, expect, it } from 'vitest';
import { formatRemaining } from './formatRemaining';

describe('formatRemaining', () => {
  it.each([
    [300_000, '5:00'],
    [299_001, '5:00'],
    [299_000, '4:59'],
    [59_000, '0:59'],
    [0, '0:00'],
    [3_725_000, '1:02:05'],
    [-42_500, '+0:42'],
    [-3_600_000, '+1:00:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });
});
