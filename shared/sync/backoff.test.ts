import { describe, expect, it } from 'vitest';
import { FAST_ATTEMPTS, reconnectDelay } from './backoff.js';

describe('reconnectDelay', () => {
  it('retries within a second during the first attempts, so a restarted server gets everyone back fast', () => {
    expect(reconnectDelay(1, () => 0)).toBe(250);
    expect(reconnectDelay(1, () => 1)).toBe(500);
    for (let attempt = 2; attempt <= FAST_ATTEMPTS; attempt++) {
      expect(reconnectDelay(attempt, () => 0)).toBe(500);
      expect(reconnectDelay(attempt, () => 1)).toBe(1000);
    }
  });

  it('backs off to at most 15 s in a long outage', () => {
    expect(reconnectDelay(FAST_ATTEMPTS + 1, () => 1)).toBe(2000);
    expect(reconnectDelay(FAST_ATTEMPTS + 2, () => 1)).toBe(4000);
    expect(reconnectDelay(FAST_ATTEMPTS + 50, () => 1)).toBe(15_000);
    expect(reconnectDelay(FAST_ATTEMPTS + 50, () => 0)).toBe(7500);
  });

  it('spreads a crowd: delays are uniform over the upper half of the ceiling', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const delays = Array.from({ length: 2000 }, () => reconnectDelay(5, random));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1000);
    const early = delays.filter((d) => d < 750).length;
    expect(early).toBeGreaterThan(800);
    expect(early).toBeLessThan(1200);
  });
});
