import { describe, expect, it } from 'vitest';
import { type KeyValueStorage, safeStorage } from '../lib/storage';
import { type Conflict, ConflictStore, conflictKey, conflictOf } from './conflictStore';

const key = conflictKey('w1', 'tk1');

function conflict(n: number, text = `texto ${n}`): Conflict {
  return {
    id: `client-1:${n}`,
    name: 'pestle.add',
    args: { id: `item-${n}`, category: 'social', kind: 'challenge', text },
    code: 'board_locked',
    message: 'En este momento solo la facilitación y la relatoría escriben en el tablero.',
    madeAt: 1_000 + n,
    rejectedAt: 2_000 + n,
  };
}

/** A browser's localStorage: shared by every store made on it, as by every page load and tab. */
const memory = (): KeyValueStorage => safeStorage(() => undefined);

describe('ConflictStore', () => {
  it('adds entries in order, once each, and tells its listeners', () => {
    const store = new ConflictStore(memory(), key);
    let told = 0;
    store.subscribe(() => told++);
    store.add(conflict(1));
    store.add(conflict(2));
    store.add(conflict(1));
    expect(store.list().map((c) => c.id)).toEqual(['client-1:1', 'client-1:2']);
    expect(told).toBe(2);
  });

  it('keeps the list across a reload, with everything needed to show it', () => {
    const storage = memory();
    new ConflictStore(storage, key).add(conflict(1, 'Línea uno\nLínea dos «con comillas»'));
    const reloaded = new ConflictStore(storage, key);
    expect(reloaded.list()).toEqual([conflict(1, 'Línea uno\nLínea dos «con comillas»')]);
    // Another workshop or another member's token has its own list.
    expect(new ConflictStore(storage, conflictKey('w1', 'tk2')).list()).toEqual([]);
    expect(new ConflictStore(storage, conflictKey('w2', 'tk1')).list()).toEqual([]);
  });

  it('dismisses one entry, or all, for good', () => {
    const storage = memory();
    const store = new ConflictStore(storage, key);
    for (const n of [1, 2, 3]) store.add(conflict(n));
    store.dismiss('client-1:2');
    expect(store.list().map((c) => c.id)).toEqual(['client-1:1', 'client-1:3']);
    expect(new ConflictStore(storage, key).list().map((c) => c.id)).toEqual(['client-1:1', 'client-1:3']);
    store.dismissAll();
    expect(store.list()).toEqual([]);
    expect(storage.getItem(key)).toBeNull();
  });

  it('does not overwrite what another tab of the same member added or dismissed', () => {
    const storage = memory();
    const one = new ConflictStore(storage, key);
    const two = new ConflictStore(storage, key);
    one.add(conflict(1));
    two.add(conflict(2));
    expect(two.list().map((c) => c.id)).toEqual(['client-1:1', 'client-1:2']);
    one.refresh();
    expect(one.list().map((c) => c.id)).toEqual(['client-1:1', 'client-1:2']);
    two.dismiss('client-1:1');
    one.add(conflict(3));
    expect(one.list().map((c) => c.id)).toEqual(['client-1:2', 'client-1:3']);
  });

  it('skips stored entries it cannot read, and survives a corrupt value', () => {
    const storage = memory();
    storage.setItem(key, JSON.stringify([conflict(1), { id: 7 }, null, { ...conflict(2), params: { nested: {} } }]));
    expect(new ConflictStore(storage, key).list().map((c) => c.id)).toEqual(['client-1:1']);
    storage.setItem(key, '{not json');
    const store = new ConflictStore(storage, key);
    expect(store.list()).toEqual([]);
    store.add(conflict(3));
    expect(new ConflictStore(storage, key).list().map((c) => c.id)).toEqual(['client-1:3']);
  });

  it('when storage refuses a write, keeps the list in this tab and says so', () => {
    const stale = JSON.stringify([conflict(1)]);
    // Full quota: writes are lost, reads return what was there.
    const full: KeyValueStorage = { getItem: () => stale, setItem: () => {}, removeItem: () => {} };
    const warnings: string[] = [];
    const store = new ConflictStore(full, key, (m) => warnings.push(m));
    store.add(conflict(2));
    store.add(conflict(3));
    expect(store.list().map((c) => c.id)).toEqual(['client-1:1', 'client-1:2', 'client-1:3']);
    expect(warnings).toHaveLength(1);
  });
});

describe('conflictOf', () => {
  const notice = {
    mutationId: 4,
    name: 'pestle.edit',
    args: { id: 'i', text: 'nuevo' },
    createdAt: 5,
    code: 'item_missing' as const,
    message: 'm',
  };

  it('keeps the mutation, the code and both times', () => {
    expect(conflictOf('c', notice, 9)).toEqual({
      id: 'c:4',
      name: 'pestle.edit',
      args: { id: 'i', text: 'nuevo' },
      code: 'item_missing',
      message: 'm',
      madeAt: 5,
      rejectedAt: 9,
    });
  });

  it('skips a refusal of nothing pending here, and removing what is already gone', () => {
    expect(conflictOf('c', { mutationId: 4, name: '', code: 'item_missing', message: 'm' }, 9)).toBeNull();
    expect(conflictOf('c', { ...notice, name: 'pestle.remove', args: { id: 'i' } }, 9)).toBeNull();
    expect(conflictOf('c', { ...notice, name: 'pestle.remove', args: { id: 'i' }, code: 'not_author' }, 9)).not.toBeNull();
  });
});
