import { describe, expect, it } from 'vitest';
import { hashToken, JOIN_CODE_LENGTH, newJoinCode, newToken, normalizeJoinCode } from './tokens.js';

describe('tokens', () => {
  it('are long, random and stored only as a hash', () => {
    const a = newToken();
    const b = newToken();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url').length).toBe(32);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
  });

  it('join codes avoid look-alike characters and normalise what people type', () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(new RegExp(`^[A-HJKMNP-Z2-9]{${JOIN_CODE_LENGTH}}$`));
    expect(normalizeJoinCode(' ab-c d2 ')).toBe('ABCD2');
  });
});
