import { describe, expect, it } from 'vitest';
import { isUnconfirmed } from './pending';

describe('isUnconfirmed', () => {
  it('is true until the confirmed record is the very same object', () => {
    const a = { text: 'a' };
    expect(isUnconfirmed({ a }, undefined, 'a')).toBe(true);
    expect(isUnconfirmed({ a }, {}, 'a')).toBe(true);
    expect(isUnconfirmed({ a }, { a }, 'a')).toBe(false);
    expect(isUnconfirmed({ a: { text: 'b' } }, { a }, 'a')).toBe(true);
  });

  it('reads own keys only', () => {
    expect(isUnconfirmed({}, {}, 'constructor')).toBe(false);
  });
});
