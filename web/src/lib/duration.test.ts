import { describe, expect, it } from 'vitest';
import { durationParts } from './duration';

describe('durationParts', () => {
  it('rounds down to the largest whole unit', () => {
    expect(durationParts(-5)).toEqual({ unit: 'seconds', count: 0 });
    expect(durationParts(59_999)).toEqual({ unit: 'seconds', count: 59 });
    expect(durationParts(60_000)).toEqual({ unit: 'minutes', count: 1 });
    expect(durationParts(3_599_000)).toEqual({ unit: 'minutes', count: 59 });
    expect(durationParts(7_200_000)).toEqual({ unit: 'hours', count: 2 });
  });
});
