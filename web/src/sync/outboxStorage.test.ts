import { describe, expect, it } from 'vitest';
import type { OutboxState } from '../../../shared/sync/client';
import type { KeyValueStorage } from '../lib/storage';
import { outboxKey, parseOutbox, sessionOutboxStorage } from './outboxStorage';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const state: OutboxState = {
  clientId: 'abcDEF012_-xyzXYZ789',
  lastMutationId: 3,
  pending: [{ mutationId: 3, name: 'pestle.add', args: { id: 'x', category: 'legal', kind: 'state', text: 'hola' }, createdAt: 1 }],
};

describe('sessionOutboxStorage', () => {
  it('saves under mesa.outbox.<workshopId> and loads it back', () => {
    const s = memory();
    const outbox = sessionOutboxStorage(s, 'w1');
    expect(outbox.load()).toBeNull();
    outbox.save(state);
    expect([...s.data.keys()]).toEqual([outboxKey('w1')]);
    expect(outboxKey('w1')).toBe('mesa.outbox.w1');
    expect(outbox.load()).toEqual(state);
    expect(sessionOutboxStorage(s, 'w2').load()).toBeNull();
  });
});

describe('parseOutbox', () => {
  it('refuses what is not an outbox, so the client starts afresh', () => {
    for (const raw of [
      '',
      'not json',
      '[]',
      '{}',
      '{"clientId":"x","lastMutationId":0,"pending":[]}',
      '{"clientId":"abcdefgh12","lastMutationId":-1,"pending":[]}',
      '{"clientId":"abcdefgh12","lastMutationId":1,"pending":[{"mutationId":"1"}]}',
    ]) {
      expect(parseOutbox(raw)).toBeNull();
    }
  });

  it('accepts an empty outbox', () => {
    expect(parseOutbox('{"clientId":"abcdefgh12","lastMutationId":0,"pending":[]}')).toEqual({
      clientId: 'abcdefgh12',
      lastMutationId: 0,
      pending: [],
    });
  });
});
