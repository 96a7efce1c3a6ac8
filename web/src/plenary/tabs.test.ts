import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tabs';

describe('tab keys', () => {
  it('moves with the arrows, wrapping around, and jumps with Home and End', () => {
    expect(tabAfterKey(0, 3, 'ArrowRight')).toBe(1);
    expect(tabAfterKey(2, 3, 'ArrowRight')).toBe(0);
    expect(tabAfterKey(0, 3, 'ArrowLeft')).toBe(2);
    expect(tabAfterKey(1, 3, 'Home')).toBe(0);
    expect(tabAfterKey(1, 3, 'End')).toBe(2);
  });

  it('ignores other keys', () => {
    expect(tabAfterKey(1, 3, 'Enter')).toBeNull();
    expect(tabAfterKey(0, 0, 'ArrowRight')).toBeNull();
  });
});
