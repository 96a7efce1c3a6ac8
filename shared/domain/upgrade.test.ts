import { describe, expect, it } from 'vitest';
import { EVENT_VERSION } from './events.js';
import { upgradeEvent } from './upgrade.js';

const stored = (v: number, type: string, data: unknown) =>
  ({ seq: 1, v, type, data, actorId: 'p1', clientId: 'c', mutationId: 1, at: 5 }) as Parameters<typeof upgradeEvent>[0];

describe('upgradeEvent', () => {
  it('reads a PESTLE item written before attribution existed as written by name', () => {
    const old = stored(1, 'pestle.added', { id: 'x', category: 'legal', kind: 'state', text: 't' });
    expect(upgradeEvent(old)).toEqual({
      ...old,
      v: EVENT_VERSION,
      data: { id: 'x', category: 'legal', kind: 'state', text: 't', attribution: 'name' },
    });
  });

  it('leaves other events as they were, at the current version', () => {
    const old = stored(2, 'timer.started', { seconds: 60 });
    expect(upgradeEvent(old)).toEqual({ ...old, v: EVENT_VERSION });
  });

  it('refuses an event from a newer Mesa rather than misreading it', () => {
    expect(() => upgradeEvent(stored(EVENT_VERSION + 1, 'pestle.added', {}))).toThrow(/newer than this Mesa/);
  });
});
