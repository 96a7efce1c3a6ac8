import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type CryptoLike, randomId, uuidv4 } from './random';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Web Crypto as an insecure (plain http) page sees it: no randomUUID. */
const insecure: CryptoLike = { getRandomValues: (a) => webcrypto.getRandomValues(a) };

describe('uuidv4', () => {
  it('uses crypto.randomUUID when the context is secure', () => {
    expect(uuidv4({ ...insecure, randomUUID: () => 'from-native' })).toBe('from-native');
  });

  it('falls back to getRandomValues without randomUUID, with version and variant bits set', () => {
    const ids = new Set(Array.from({ length: 500 }, () => uuidv4(insecure)));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(UUID);
  });

  it('sets the bits even when the random bytes are all ones or all zeros', () => {
    const fill = (v: number): CryptoLike => ({ getRandomValues: (a) => a.fill(v) });
    expect(uuidv4(fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidv4(fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('matches the UUID pattern the server checks (shared/domain/fields.ts)', () => {
    expect(uuidv4(insecure)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });
});

describe('randomId', () => {
  it('makes ids of [A-Za-z0-9_-] long enough for a client id', () => {
    const id = randomId(22, insecure);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomId(22, insecure)).not.toBe(id);
  });
});
