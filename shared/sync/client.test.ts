import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkshopEvent } from '../domain/events.js';
import { ids, uuid, workshopState } from '../domain/fixtures.test-util.js';
import { SyncClient } from './client.js';
import { stateHash } from '../domain/state-hash.js';
import { MemoryOutbox } from './memory-outbox.js';
import { FakeSocket } from './fake-socket.test-util.js';

let sockets: FakeSocket[];
const latest = () => sockets.at(-1) as FakeSocket;

function makeClient(storage = new MemoryOutbox()) {
  return new SyncClient({
    url: 'ws://test/ws',
    workshopId: 'w1',
    token: 't',
    createSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    storage,
    newClientId: () => 'client-test-1',
    random: () => 0.5,
  });
}

const event = (seq: number, e: Omit<WorkshopEvent, 'seq' | 'v' | 'at'> & { at?: number }): WorkshopEvent =>
  ({ at: 1, ...e, seq, v: 1 }) as WorkshopEvent;

function welcome(socket: FakeSocket, extra: Record<string, unknown> = {}) {
  socket.receive({
    t: 'welcome',
    protocol: 1,
    role: 'participant',
    memberId: ids.ana,
    joinCode: 'ABCDEF',
    seq: 10,
    snapshot: workshopState(),
    ...extra,
  });
}

beforeEach(() => {
  sockets = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('SyncClient', () => {
  it("learns the server's clock from the welcome, so timers agree across devices", () => {
    vi.setSystemTime(1_000_000);
    const client = makeClient();
    client.start();
    latest().open();
    welcome(latest(), { now: 1_250_000 });
    expect(client.serverOffsetMs).toBe(250_000);
    vi.setSystemTime(1_010_000);
    expect(client.serverNow()).toBe(1_260_000);
  });

  it('says hello with its clientId and last seq, then goes online', () => {
    const client = makeClient();
    client.start();
    latest().open();
    expect(latest().sent[0]).toMatchObject({
      t: 'hello',
      protocol: 1,
      workshopId: 'w1',
      token: 't',
      clientId: 'client-test-1',
      lastSeq: 0,
    });
    welcome(latest());
    expect(client.status).toBe('online');
    expect(client.seq).toBe(10);
    expect(client.joinCode).toBe('ABCDEF');
  });

  it('applies its own mutation at once, sends it, and drops it when its event comes back', () => {
    const client = makeClient();
    client.start();
    latest().open();
    welcome(latest());
    const result = client.mutate('pestle.add', { id: uuid(1), category: 'social', kind: 'challenge', text: 'x' });
    expect(result).toEqual({ ok: true, mutationId: 1 });
    expect(client.view?.pestle.items[uuid(1)]?.authorId).toBe(ids.ana);
    expect(client.confirmed?.pestle.items[uuid(1)]).toBeUndefined();
    expect(latest().sent.at(-1)).toMatchObject({ t: 'mutate', mutationId: 1, name: 'pestle.add' });
    latest().receive({
      t: 'event',
      e: event(11, {
        type: 'pestle.added',
        data: { id: uuid(1), category: 'social', kind: 'challenge', text: 'x' },
        actorId: ids.ana,
        clientId: 'client-test-1',
        mutationId: 1,
      }),
    });
    expect(client.pending).toHaveLength(0);
    expect(client.confirmed?.pestle.items[uuid(1)]?.text).toBe('x');
  });

  it('refuses input that can never be valid without queueing it', () => {
    const client = makeClient();
    expect(client.mutate('pestle.add', { id: 'nope', category: 'social', kind: 'challenge', text: 'x' })).toMatchObject({
      ok: false,
      code: 'invalid_args',
    });
    expect(client.pending).toHaveLength(0);
  });

  it('rebases pending work on events from others, and reports a rejection', () => {
    const client = makeClient();
    const rejections: string[] = [];
    client.onRejection((r) => rejections.push(r.code));
    client.start();
    latest().open();
    welcome(latest());
    latest().receive({
      t: 'event',
      e: event(11, {
        type: 'pestle.added',
        data: { id: uuid(5), category: 'legal', kind: 'state', text: 'mine' },
        actorId: ids.ana,
        clientId: 'other-device',
        mutationId: 1,
      }),
    });
    client.mutate('pestle.edit', { id: uuid(5), text: 'edited offline' });
    expect(client.view?.pestle.items[uuid(5)]?.text).toBe('edited offline');
    // Someone (the facilitator) removes the item before the edit reaches the server.
    latest().receive({
      t: 'event',
      e: event(12, { type: 'pestle.removed', data: { id: uuid(5) }, actorId: ids.facilitator, clientId: 'fac-device', mutationId: 3 }),
    });
    expect(client.view?.pestle.items[uuid(5)]).toBeUndefined();
    expect(client.pending).toHaveLength(1);
    latest().receive({ t: 'reject', mutationId: 1, code: 'item_missing', message: 'Ese aporte ya no existe' });
    expect(client.pending).toHaveLength(0);
    expect(rejections).toEqual(['item_missing']);
  });

  it('keeps pending work across a dropped connection, reconnects with backoff and resends what the server lacks', () => {
    const storage = new MemoryOutbox();
    const client = makeClient(storage);
    client.start();
    latest().open();
    welcome(latest());
    latest().drop();
    expect(client.status).toBe('reconnecting');
    client.mutate('pestle.add', { id: uuid(1), category: 'social', kind: 'state', text: 'a' });
    client.mutate('pestle.add', { id: uuid(2), category: 'social', kind: 'state', text: 'b' });
    expect(storage.load()?.pending.map((p) => p.mutationId)).toEqual([1, 2]);
    vi.advanceTimersByTime(20_000);
    expect(sockets).toHaveLength(2);
    latest().open();
    expect(latest().sent[0]).toMatchObject({ t: 'hello', lastSeq: 10 });
    // The server already has mutation 1 (its ack was lost with the connection): its event
    // is in the catch-up, so only mutation 2 is sent again.
    welcome(latest(), {
      seq: 11,
      snapshot: undefined,
      events: [
        event(11, {
          type: 'pestle.added',
          data: { id: uuid(1), category: 'social', kind: 'state', text: 'a' },
          actorId: ids.ana,
          clientId: 'client-test-1',
          mutationId: 1,
        }),
      ],
    });
    expect(
      latest()
        .sent.filter((m) => m.t === 'mutate')
        .map((m) => m.mutationId),
    ).toEqual([2]);
    expect(client.pending.map((p) => p.mutationId)).toEqual([2]);
    expect(client.view?.pestle.order).toEqual([uuid(1), uuid(2)]);
  });

  it('goes offline after repeated failures and keeps counting unsent changes', () => {
    const client = makeClient();
    client.start();
    for (let i = 0; i < 5; i++) {
      latest().drop();
      vi.advanceTimersByTime(20_000);
    }
    expect(client.status).toBe('offline');
    client.mutate('pestle.add', { id: uuid(1), category: 'social', kind: 'state', text: 'a' });
    expect(client.pending).toHaveLength(1);
    expect(client.disconnectedAt).not.toBeNull();
  });

  it('keeps a mutation refused for load and sends it again', () => {
    const client = makeClient();
    client.start();
    latest().open();
    welcome(latest());
    client.mutate('pestle.add', { id: uuid(1), category: 'social', kind: 'state', text: 'a' });
    latest().receive({ t: 'reject', mutationId: 1, code: 'rate_limited', message: 'slow down' });
    expect(client.pending).toHaveLength(1);
    vi.advanceTimersByTime(5000);
    expect(latest().sent.filter((m) => m.t === 'mutate')).toHaveLength(2);
  });

  it('checks the state hash after catching up and starts over from a snapshot when it differs', () => {
    const client = makeClient();
    client.start();
    latest().open();
    welcome(latest(), { hash: stateHash(workshopState()) });
    expect(client.status).toBe('online');
    expect(client.resyncs).toBe(0);
    latest().drop();
    vi.advanceTimersByTime(20_000);
    latest().open();
    // The server says its state at seq 10 is something else: this client drifted.
    welcome(latest(), { snapshot: undefined, events: [], hash: 'ffffffffffffff' });
    expect(client.resyncs).toBe(1);
    expect(client.confirmed).toBeNull();
    expect(latest().readyState).toBe(3);
  });

  it('stops for good on an unauthorized token', () => {
    const client = makeClient();
    client.start();
    latest().open();
    latest().receive({ t: 'error', code: 'unauthorized', message: 'no' });
    expect(client.fatal?.code).toBe('unauthorized');
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });
});
