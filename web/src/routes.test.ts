import { describe, expect, it } from 'vitest';
import { normalizeJoinCode, parseRoute, paths } from './routes';

describe('parseRoute', () => {
  it('knows the home page', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
  });

  it('reads workshop and projector ids', () => {
    const id = '0b7f4c1e-1c1a-4d6e-9a55-3f2d1e0c9b8a';
    expect(parseRoute(`/w/${id}`)).toEqual({ name: 'workshop', workshopId: id });
    expect(parseRoute(`/w/${id}/`)).toEqual({ name: 'workshop', workshopId: id });
    expect(parseRoute(`/w/${id}/projector`)).toEqual({ name: 'projector', workshopId: id });
  });

  it('normalizes join codes as people type them', () => {
    expect(parseRoute('/join/abc234')).toEqual({ name: 'join', code: 'ABC234' });
    expect(parseRoute('/join/abc-234')).toEqual({ name: 'join', code: 'ABC234' });
    expect(parseRoute('/join/ab%20c234')).toEqual({ name: 'join', code: 'ABC234' });
  });

  it('sends anything else to not found', () => {
    for (const p of ['/w', '/w/', '/w/a/b', '/join/', '/join/%E0%A4%A', '/join/<script>', '/api/health', '/w/../x']) {
      expect(parseRoute(p)).toEqual({ name: 'notFound' });
    }
  });

  it('round-trips the paths it builds', () => {
    expect(parseRoute(paths.workshop('abc'))).toEqual({ name: 'workshop', workshopId: 'abc' });
    expect(parseRoute(paths.projector('abc'))).toEqual({ name: 'projector', workshopId: 'abc' });
    expect(parseRoute(paths.join(' xy 7 '))).toEqual({ name: 'join', code: 'XY7' });
  });
});

describe('normalizeJoinCode', () => {
  it('upper-cases and drops spaces and dashes', () => {
    expect(normalizeJoinCode(' ab-c 2 ')).toBe('ABC2');
  });
});
