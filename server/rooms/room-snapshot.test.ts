import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_VERSION } from '../../shared/domain/events.js';
import { group4Template, ids, sysEvent, uuid } from '../../shared/domain/fixtures.test-util.js';
import type { Mutation } from '../../shared/domain/mutations.js';
import { fold } from '../../shared/domain/reducer.js';
import type { Actor, WorkshopState } from '../../shared/domain/state.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import type { EventStore, StateSnapshot } from '../store/event-store.js';
import { SqliteEventStore } from '../store/sqlite/sqlite-store.js';
import { RECENT_EVENTS, Room } from './room.js';
import { SNAPSHOT_EVERY } from './snapshots.js';

const facilitator: Actor = { role: 'facilitator', memberId: ids.facilitator };
/** More than one snapshot interval, so a room writes one and the next load has a tail to replay. */
const MUTATIONS = SNAPSHOT_EVERY + 250;

const opened: SqliteEventStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/** The store with some methods replaced; the rest still run on the store itself. */
function wrap(store: EventStore, over: Partial<EventStore>): EventStore {
  return new Proxy(store, {
    get(target, key) {
      if (Object.hasOwn(over, key)) return over[key as keyof EventStore];
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Records every readEvents call, so a test can tell where a load started folding. */
function counting(store: EventStore) {
  const reads: Array<{ afterSeq: number; count: number }> = [];
  const wrapped = wrap(store, {
    readEvents: async (workshopId, afterSeq, limit) => {
      const events = await store.readEvents(workshopId, afterSeq, limit);
      reads.push({ afterSeq, count: events.length });
      return events;
    },
  });
  return { store: wrapped, reads };
}

/** The i-th mutation: three adds, then an edit and a removal of items added just before. */
function mutation(i: number): Mutation {
  const texts = (n: number) => `Idea ${n}: ${'coordinación regional '.repeat(10)}`;
  if (i % 5 === 3) return { name: 'pestle.edit', args: { id: uuid(i - 3), text: texts(i), kind: 'challenge' } };
  if (i % 5 === 4) return { name: 'pestle.remove', args: { id: uuid(i - 3) } };
  const categories = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'] as const;
  return { name: 'pestle.add', args: { id: uuid(i), category: categories[i % 6] ?? 'social', kind: 'state', text: texts(i) } };
}

/** A workshop with MUTATIONS facilitator mutations submitted through a room over `wrapStore(store)`. */
async function longWorkshop(wrapStore: (store: EventStore) => EventStore = (s) => s, warn?: (message: string) => void) {
  const store = new SqliteEventStore({ filename: ':memory:' });
  opened.push(store);
  const id = randomUUID();
  await store.createWorkshop(
    { id, joinCode: id.slice(0, 8), title: 'Taller', templateId: 'crm-group4', createdAt: 1_000 },
    [
      sysEvent({
        type: 'workshop.created',
        data: { id, title: 'Taller', language: 'es', templateId: 'crm-group4', template: group4Template(), firstPhaseId: 'preliminary' },
      }),
      sysEvent({
        type: 'member.joined',
        data: { id: ids.facilitator, role: 'facilitator', name: 'Fa', institution: 'X', country: 'Panamá', sector: 'migration' },
      }),
    ],
    [],
  );
  const room = await Room.load(wrapStore(store), id, warn ? { warn } : {});
  if (!room) throw new Error('no room');
  // In groups of 50, so each group is one group commit.
  for (let i = 0; i < MUTATIONS; i += 50) {
    await Promise.all(Array.from({ length: 50 }, (_, j) => room.submit(facilitator, 'client-1', i + j + 1, mutation(i + j))));
  }
  await room.snapshotsWritten();
  const fullFold = stateHash(fold(await store.readEvents(id, 0)));
  return { store, id, room, head: room.seq, fullFold };
}

async function load(store: EventStore, id: string, warnings: string[] = []): Promise<Room> {
  const room = await Room.load(store, id, { warn: (message) => warnings.push(message) });
  if (!room) throw new Error('no room');
  return room;
}

describe('Room snapshots', () => {
  it('writes a snapshot after SNAPSHOT_EVERY events and reloads from it to the same state as a full fold', async () => {
    const { store, id, room, head, fullFold } = await longWorkshop();
    expect(head).toBe(MUTATIONS + 2);
    expect(room.hash).toBe(fullFold);
    const snapshot = await store.latestSnapshot(id);
    expect(snapshot).toMatchObject({ seq: SNAPSHOT_EVERY, eventVersion: EVENT_VERSION });
    expect(snapshot?.hash).toBe(stateHash(fold(await store.readEvents(id, 0, SNAPSHOT_EVERY))));

    const spy = counting(store);
    const warnings: string[] = [];
    const reloaded = await load(spy.store, id, warnings);
    // Only the events after the snapshot were read and folded.
    expect(spy.reads).toEqual([{ afterSeq: SNAPSHOT_EVERY, count: head - SNAPSHOT_EVERY }]);
    expect(reloaded.seq).toBe(head);
    expect(reloaded.hash).toBe(fullFold);
    expect(reloaded.state).toEqual(room.state);
    expect(warnings).toEqual([]);
    // The tail is shorter than SNAPSHOT_EVERY: loading writes nothing new.
    await reloaded.snapshotsWritten();
    expect((await store.latestSnapshot(id))?.seq).toBe(SNAPSHOT_EVERY);
  });

  it('ignores a damaged, foreign-version or ahead-of-head snapshot, replays the log, and writes a good one', async () => {
    const { store, id, head, fullFold } = await longWorkshop();
    const good = (await store.latestSnapshot(id)) as StateSnapshot;
    const state = good.state as WorkshopState;
    const cases: Array<{ name: string; snapshot: StateSnapshot; warns: boolean }> = [
      {
        name: 'state changed, hash kept',
        snapshot: { ...good, state: { ...state, title: 'tampered', pestle: { ...state.pestle, order: [], items: {} } } },
        warns: true,
      },
      { name: 'wrong hash', snapshot: { ...good, hash: '00000000000000' }, warns: true },
      { name: 'newer event version', snapshot: { ...good, eventVersion: EVENT_VERSION + 1 }, warns: false },
      { name: 'older event version', snapshot: { ...good, eventVersion: EVENT_VERSION - 1 }, warns: false },
      { name: 'ahead of the head', snapshot: { ...good, seq: head + 5 }, warns: true },
      { name: 'of another workshop', snapshot: { ...good, state: { ...state, id: 'other' } }, warns: true },
    ];
    for (const c of cases) {
      await store.saveSnapshot(id, c.snapshot);
      const spy = counting(store);
      const warnings: string[] = [];
      const room = await load(spy.store, id, warnings);
      expect(spy.reads, c.name).toEqual([{ afterSeq: 0, count: head }]);
      expect(room.hash, c.name).toBe(fullFold);
      expect(room.seq, c.name).toBe(head);
      expect(warnings.length, c.name).toBe(c.warns ? 1 : 0);
      // The whole log was replayed, so the room replaces the useless snapshot with one at the head.
      await room.snapshotsWritten();
      expect(await store.latestSnapshot(id), c.name).toMatchObject({ seq: head, eventVersion: EVENT_VERSION, hash: fullFold });
    }
  });

  it('replays the log when the snapshot cannot be read', async () => {
    const { store, id, head, fullFold } = await longWorkshop();
    const spy = counting(wrap(store, { latestSnapshot: () => Promise.reject(new Error('malformed JSON')) }));
    const warnings: string[] = [];
    const room = await load(spy.store, id, warnings);
    expect(spy.reads).toEqual([{ afterSeq: 0, count: head }]);
    expect(room.hash).toBe(fullFold);
    expect(warnings).toEqual([expect.stringContaining('unreadable')]);
    await room.snapshotsWritten();
  });

  it('writes snapshots after the commit, and a failing write breaks no mutation', async () => {
    const calls: number[] = [];
    const warnings: string[] = [];
    const failing = (store: EventStore) =>
      wrap(store, {
        saveSnapshot: (_id, snapshot) => {
          calls.push(snapshot.seq);
          return Promise.reject(new Error('disk full'));
        },
      });
    // Every mutation is still committed and the state is the full fold.
    const { store, id, room, head, fullFold } = await longWorkshop(failing, (m) => warnings.push(m));
    expect(head).toBe(MUTATIONS + 2);
    expect(room.hash).toBe(fullFold);
    // Tried once at SNAPSHOT_EVERY, not again after each following commit.
    expect(calls).toEqual([SNAPSHOT_EVERY]);
    expect(warnings).toEqual([expect.stringContaining(`snapshot at seq ${SNAPSHOT_EVERY} not written`)]);
    expect(await store.latestSnapshot(id)).toBeNull();

    // The write waits for the tick after the commit: the mutation that crosses the threshold
    // is acknowledged before the snapshot starts.
    for (let n = room.seq; n % SNAPSHOT_EVERY !== SNAPSHOT_EVERY - 1; n++) {
      await room.submit(facilitator, 'client-2', n, { name: 'phase.set', args: { phaseId: 'pestle' } });
    }
    expect(calls).toEqual([SNAPSHOT_EVERY]);
    await room.submit(facilitator, 'client-2', 1_000_000, { name: 'phase.set', args: { phaseId: 'preliminary' } });
    expect(room.seq).toBe(2 * SNAPSHOT_EVERY);
    expect(calls).toEqual([SNAPSHOT_EVERY]);
    await room.snapshotsWritten();
    expect(calls).toEqual([SNAPSHOT_EVERY, 2 * SNAPSHOT_EVERY]);
  });
});

describe('Room catch-ups from memory', () => {
  it('serves the latest events from memory, the same as the store, and says when it no longer holds them', async () => {
    const { store, id, room, head } = await longWorkshop();
    const fromStore = async (after: number, limit: number) => store.readEvents(id, after, limit);
    expect(room.eventsAfter(head, 10)).toEqual([]);
    expect(room.eventsAfter(head - 3, 10)).toEqual(await fromStore(head - 3, 10));
    expect(room.eventsAfter(head - RECENT_EVENTS, 500)).toEqual(await fromStore(head - RECENT_EVENTS, 500));
    // It keeps between RECENT_EVENTS and twice that (trimmed in steps): here all MUTATIONS + 2.
    expect(room.eventsAfter(0, 10)).toEqual(await fromStore(0, 10));

    // A freshly loaded room holds the events it folded after its snapshot.
    const reloaded = await load(store, id);
    const afterSnapshot = head - SNAPSHOT_EVERY;
    expect(reloaded.eventsAfter(head - afterSnapshot, 1000)).toEqual(await fromStore(head - afterSnapshot, 1000));
    expect(reloaded.eventsAfter(head - afterSnapshot - 1, 1000)).toBeNull();
  });
});
