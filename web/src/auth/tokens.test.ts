import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../lib/storage';
import { captureFragmentToken, loadToken, parseFragment, saveToken, tokenKey } from './tokens';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const TOKEN = 'Xy_-0123456789abcdefABCDEF0123456789abcdefg';
const ID = '6f1c2a0e-7d55-4d43-9e0b-9a2b2f6f1a11';

describe('parseFragment', () => {
  it('reads the token and keeps other parameters', () => {
    expect(parseFragment(`#token=${TOKEN}&x=1`)).toEqual({ token: TOKEN, rest: '#x=1' });
    expect(parseFragment(`#token=${TOKEN}`)).toEqual({ token: TOKEN, rest: '' });
  });

  it('ignores malformed tokens', () => {
    expect(parseFragment('#token=short').token).toBeNull();
    expect(parseFragment('#token=<script>alert(1)</script>aaaaaaaaaaaa').token).toBeNull();
    expect(parseFragment('').token).toBeNull();
  });
});

describe('captureFragmentToken', () => {
  it('stores a workshop token and returns the clean address', () => {
    const s = memory();
    expect(captureFragmentToken({ pathname: `/w/${ID}`, search: '', hash: `#token=${TOKEN}` }, s)).toBe(`/w/${ID}`);
    expect(s.data.get(`mesa.token.${ID}`)).toBe(TOKEN);
  });

  it('keeps a projector token apart from the facilitator token', () => {
    const s = memory();
    saveToken(s, ID, 'facilitator-token-0123456789');
    expect(captureFragmentToken({ pathname: `/w/${ID}/projector`, search: '?a=1', hash: `#token=${TOKEN}` }, s)).toBe(
      `/w/${ID}/projector?a=1`,
    );
    expect(s.data.get(tokenKey(ID, 'workshop'))).toBe('facilitator-token-0123456789');
    expect(s.data.get(tokenKey(ID, 'projector'))).toBe(TOKEN);
  });

  it('does nothing on other pages or without a token', () => {
    const s = memory();
    expect(captureFragmentToken({ pathname: '/', search: '', hash: `#token=${TOKEN}` }, s)).toBeNull();
    expect(captureFragmentToken({ pathname: `/w/${ID}`, search: '', hash: '#section' }, s)).toBeNull();
    expect(captureFragmentToken({ pathname: `/w/${ID}`, search: '', hash: '' }, s)).toBeNull();
    expect(s.data.size).toBe(0);
  });
});

describe('loadToken', () => {
  it('resumes with a stored token, and the projector falls back to it', () => {
    const s = memory();
    expect(loadToken(s, ID)).toBeNull();
    saveToken(s, ID, TOKEN);
    expect(loadToken(s, ID)).toBe(TOKEN);
    expect(loadToken(s, ID, 'projector')).toBe(TOKEN);
    saveToken(s, ID, 'projector-token-0123456789', 'projector');
    expect(loadToken(s, ID, 'projector')).toBe('projector-token-0123456789');
    expect(loadToken(s, ID)).toBe(TOKEN);
  });
});
