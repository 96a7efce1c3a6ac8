import { afterEach, describe, expect, it, vi } from 'vitest';
import { ids, uuid, workshopState } from '../../../shared/domain/fixtures.test-util';
import type { OutboxState } from '../../../shared/sync/client';
import { MemoryOutbox } from '../../../shared/sync/memory-outbox';
import { safeStorage } from '../lib/storage';
import { ConflictStore, conflictKey } from './conflictStore';
import { MemoryOutboxDb } from './memoryOutboxDb';
import { LEASE_MS, type OutboxRecord } from './outboxRecord';
import { type SessionOptions, WorkshopSession } from './workshopSession';
import { FakeSocket } from '../../../shared/sync/fake-socket.test-util';

function welcome(socket: FakeSocket) {
  socket.receive({
    t: 'welcome',
    protocol: 1,
    role: 'participant',
    memberId: ids.ana,
    joinCode: 'ABCDEF',
    seq: 10,
    hash: '',
    snapshot: workshopState(),
  });
}

const sessions: WorkshopSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function setup() {
  const db = new MemoryOutboxDb();
  /** localStorage of the browser: outlives every session (page load) made here. */
  const storage = safeStorage(() => undefined);
  const sockets: FakeSocket[] = [];
  let n = 0;
  const make = (tabId: string, over: Partial<SessionOptions> = {}) => {
    const session = new WorkshopSession({
      url: 'ws://test/ws',
      workshopId: 'w1',
      token: 'token-1',
      tokenKey: 'tk1',
      createSocket: () => {
        const s = new FakeSocket();
        sockets.push(s);
        return s;
      },
      newClientId: () => `client-${tabId}-${++n}`,
      tabId,
      db,
      fallback: new MemoryOutbox(),
      conflicts: new ConflictStore(storage, conflictKey('w1', 'tk1')),
      legacy: { load: () => null, clear: () => {} },
      warn: () => {},
      events: null,
      ...over,
    });
    sessions.push(session);
    return session;
  };
  const socketOf = (clientId: string | null) => sockets.filter((s) => s.hello?.clientId === clientId);
  return { db, storage, sockets, make, socketOf };
}

const add = (session: WorkshopSession, n: number) =>
  session.getSnapshot()?.client.mutate('pestle.add', { id: uuid(n), category: 'social', kind: 'state', text: `item ${n}` });

/** Opens every socket not opened yet (the network came back). */
function connectAll(sockets: FakeSocket[]) {
  for (const s of sockets) if (s.readyState === 0) s.open();
}

describe('WorkshopSession', () => {
  it('a tab closed offline: the next tab takes its outbox over, counts it at once, and sends each mutation once', async () => {
    const { db, sockets, make, socketOf } = setup();
    const a = make('tabA');
    await a.open();
    const id = a.clientId!;
    for (const n of [1, 2, 3]) add(a, n);
    expect(a.getSnapshot()?.pendingCount).toBe(3);
    await vi.waitFor(() => expect(db.records.get(id)?.pending).toHaveLength(3));
    a.close();
    await vi.waitFor(() => expect(db.records.get(id)?.leaseOwner).toBeNull());

    const b = make('tabB');
    await b.open();
    expect(b.clientId).toBe(id);
    expect(b.getSnapshot()?.pendingCount).toBe(3);
    connectAll(sockets);
    const [socket] = socketOf(id);
    welcome(socket!);
    expect(socket!.mutations).toEqual([1, 2, 3]);
    for (const m of [1, 2, 3]) socket!.receive({ t: 'ack', mutationId: m, seq: 10 + m });
    expect(b.getSnapshot()?.pendingCount).toBe(0);
    await vi.waitFor(() => expect(db.records.get(id)?.pending).toEqual([]));
    // Nothing went out while offline, and nothing twice.
    expect(sockets.flatMap((s) => s.mutations)).toEqual([1, 2, 3]);
  });

  it('sends a mutation only once it is written to IndexedDB', async () => {
    const { db, sockets, make } = setup();
    const a = make('tabA');
    await a.open();
    connectAll(sockets);
    welcome(sockets[0]!);
    add(a, 1);
    expect(sockets[0]!.mutations).toEqual([]);
    await vi.waitFor(() => expect(sockets[0]!.mutations).toEqual([1]));
    expect(db.records.get(a.clientId!)?.lastMutationId).toBe(1);
  });

  it('a tab whose outbox another tab took over goes on under a new clientId and never reuses the old one', async () => {
    const { db, sockets, make, socketOf } = setup();
    const a = make('tabA');
    await a.open();
    const old = a.clientId!;
    connectAll(sockets);
    welcome(sockets[0]!);
    add(a, 1);
    await vi.waitFor(() => expect(sockets[0]!.mutations).toEqual([1]));
    // Tab A was frozen in the background, its lease ran out and tab B took the outbox over.
    const record = db.records.get(old)!;
    db.records.set(old, { ...record, leaseOwner: 'tabB', leaseUntil: Date.now() + 60_000 });
    add(a, 2);
    await vi.waitFor(() => expect(a.clientId).not.toBe(old));
    expect(sockets[0]!.mutations).toEqual([1]);
    expect(db.records.get(old)).toMatchObject({ leaseOwner: 'tabB', lastMutationId: 1 });
    // The unsaved mutation is made again under the new clientId, and the view still shows it.
    expect(a.getSnapshot()?.pendingCount).toBe(1);
    expect(a.getSnapshot()?.view?.pestle.items[uuid(2)]?.text).toBe('item 2');
    connectAll(sockets);
    const [fresh] = socketOf(a.clientId);
    welcome(fresh!);
    await vi.waitFor(() => expect(fresh!.sent.filter((f) => f.t === 'mutate')).toMatchObject([{ mutationId: 1, args: { id: uuid(2) } }]));
  });

  it('two tabs opened together use different clientIds', async () => {
    const { db, make } = setup();
    db.records.set('closed-tab-1', {
      clientId: 'closed-tab-1',
      lastMutationId: 0,
      pending: [],
      workshopId: 'w1',
      tokenKey: 'tk1',
      leaseOwner: null,
      leaseUntil: 0,
      updatedAt: Date.now() - 1000,
    });
    const a = make('tabA');
    const b = make('tabB');
    await Promise.all([a.open(), b.open()]);
    expect(a.clientId).not.toBe(b.clientId);
    expect([a.clientId, b.clientId]).toContain('closed-tab-1');
  });

  it('waits for a lease over unsent changes that nobody renews, then takes it', async () => {
    const { db, make } = setup();
    const ghost: OutboxRecord = {
      clientId: 'ghost-client',
      lastMutationId: 1,
      pending: [{ mutationId: 1, name: 'pestle.add', args: { id: uuid(1), category: 'social', kind: 'state', text: 'x' }, createdAt: 1 }],
      workshopId: 'w1',
      tokenKey: 'tk1',
      leaseOwner: 'closedTab',
      leaseUntil: Date.now() + 1200,
      updatedAt: Date.now(),
    };
    db.records.set(ghost.clientId, ghost);
    const b = make('tabB');
    const started = Date.now();
    await b.open();
    expect(b.clientId).toBe('ghost-client');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(b.getSnapshot()?.pendingCount).toBe(1);
  });

  it('does not take a live tab’s unsent changes: it sees the lease renewed and goes its own way', async () => {
    const { db, make } = setup();
    const a = make('tabA');
    await a.open();
    add(a, 1);
    await vi.waitFor(() => expect(db.records.get(a.clientId!)?.pending).toHaveLength(1));
    const b = make('tabB');
    const started = Date.now();
    await b.open();
    // It waited at most until tab A's next renewal, not for the lease to run out.
    expect(Date.now() - started).toBeLessThan(LEASE_MS);
    expect(b.clientId).not.toBe(a.clientId);
    expect(a.getSnapshot()?.pendingCount).toBe(1);
    expect(b.getSnapshot()?.pendingCount).toBe(0);
  });

  it('a running tab sends the outbox of a tab closed after it started', async () => {
    const { db, sockets, make, socketOf } = setup();
    const a = make('tabA');
    await a.open();
    add(a, 1);
    add(a, 2);
    const b = make('tabB');
    await b.open();
    const closed = a.clientId!;
    await vi.waitFor(() => expect(db.records.get(closed)?.pending).toHaveLength(2));
    a.close();
    await vi.waitFor(() => expect(b.getSnapshot()?.pendingCount).toBe(2), { timeout: 5000 });
    connectAll(sockets);
    const [drain] = socketOf(closed).filter((s) => s.readyState === 1 && sockets.indexOf(s) > 1);
    welcome(drain!);
    expect(drain!.mutations).toEqual([1, 2]);
    for (const m of [1, 2]) drain!.receive({ t: 'ack', mutationId: m, seq: 10 + m });
    await vi.waitFor(() => expect(b.getSnapshot()?.pendingCount).toBe(0));
    await vi.waitFor(() => expect(db.records.get(closed)).toMatchObject({ pending: [], leaseOwner: null }));
    expect(b.clientId).not.toBe(closed);
  });

  it('reopened without a connection, shows the last view with the unsent changes on top', async () => {
    const { sockets, make } = setup();
    const a = make('tabA');
    await a.open();
    connectAll(sockets);
    welcome(sockets[0]!);
    sockets[0]!.readyState = 3;
    sockets[0]!.onclose?.({});
    add(a, 1);
    a.close();
    const b = make('tabB');
    await b.open();
    const snap = b.getSnapshot()!;
    expect(snap.view?.title).toBe('Taller');
    expect(snap.view?.pestle.items[uuid(1)]).toMatchObject({ text: 'item 1', authorId: ids.ana });
    expect(snap.confirmed?.pestle.items[uuid(1)]).toBeUndefined();
    expect(snap.pendingCount).toBe(1);
    expect(snap.disconnectedAt).not.toBeNull();
  });

  it('imports the sessionStorage outbox of an earlier version once', async () => {
    const { make } = setup();
    let legacy: OutboxState | null = {
      clientId: 'legacy-client',
      lastMutationId: 2,
      pending: [{ mutationId: 2, name: 'pestle.add', args: { id: uuid(2), category: 'social', kind: 'state', text: 'x' }, createdAt: 1 }],
    };
    const a = make('tabA', { legacy: { load: () => legacy, clear: () => (legacy = null) } });
    await a.open();
    expect(a.clientId).toBe('legacy-client');
    expect(a.getSnapshot()?.pendingCount).toBe(1);
    expect(legacy).toBeNull();
  });

  it('when IndexedDB stops working, goes on in sessionStorage under a new clientId, re-making only what was never written', async () => {
    const { db, sockets, make, socketOf } = setup();
    const warnings: string[] = [];
    const fallback = new MemoryOutbox();
    const a = make('tabA', { fallback, warn: (m) => warnings.push(m), writeRetryMs: () => 20 });
    await a.open();
    const old = a.clientId!;
    add(a, 1);
    await vi.waitFor(() => expect(db.records.get(old)?.lastMutationId).toBe(1));
    db.failNext = 1000;
    add(a, 2);
    await vi.waitFor(() => expect(a.clientId).not.toBe(old));
    expect(a.durable).toBe(false);
    expect(warnings.join()).toMatch(/IndexedDB stopped working/);
    // Item 1 was written: it stays in IndexedDB under its clientId, for the next tab to send.
    expect(db.records.get(old)?.pending.map((p) => p.mutationId)).toEqual([1]);
    // Item 2 never was: it is made again under the new clientId, kept in sessionStorage, and sent.
    expect(fallback.load()).toMatchObject({ clientId: a.clientId, pending: [{ mutationId: 1, args: { id: uuid(2) } }] });
    connectAll(sockets);
    expect(socketOf(old).flatMap((s) => s.mutations)).toEqual([]);
    const [fresh] = socketOf(a.clientId);
    welcome(fresh!);
    expect(fresh!.sent.filter((f) => f.t === 'mutate')).toMatchObject([{ mutationId: 1, args: { id: uuid(2) } }]);
  });

  it('without IndexedDB, keeps the outbox in sessionStorage and says so', async () => {
    const { make } = setup();
    const warnings: string[] = [];
    const fallback = new MemoryOutbox();
    const a = make('tabA', { db: null, fallback, warn: (m) => warnings.push(m) });
    await a.open();
    add(a, 1);
    expect(a.durable).toBe(false);
    expect(fallback.load()?.pending).toHaveLength(1);
    expect(warnings.join()).toMatch(/IndexedDB/);
  });
});

/** An event as the server broadcasts it. */
function event(seq: number, type: string, data: unknown, by: { actorId: string; clientId: string | null; mutationId: number | null }) {
  return { seq, v: 1, type, data, ...by, at: 1_000 + seq };
}

describe('WorkshopSession: changes the server did not accept', () => {
  it('an edit made offline to an item deleted meanwhile ends up in the list, survives a reload, and goes when dismissed', async () => {
    const { sockets, make, socketOf } = setup();
    const a = make('tabA');
    await a.open();
    const me = a.clientId!;
    connectAll(sockets);
    welcome(sockets[0]!);
    add(a, 1);
    await vi.waitFor(() => expect(sockets[0]!.mutations).toEqual([1]));
    sockets[0]!.receive({
      t: 'event',
      e: event(
        11,
        'pestle.added',
        { id: uuid(1), category: 'social', kind: 'state', text: 'item 1' },
        { actorId: ids.ana, clientId: me, mutationId: 1 },
      ),
    });
    // Offline, she rewrites the item; meanwhile the facilitator deletes it.
    sockets[0]!.drop();
    a.getSnapshot()?.client.mutate('pestle.edit', { id: uuid(1), text: 'Texto reescrito sin conexión' });
    expect(a.getSnapshot()?.conflicts).toEqual([]);
    // The network returns.
    a.reconnectNow();
    connectAll(sockets);
    const back = socketOf(me).at(-1)!;
    expect(back).not.toBe(sockets[0]);
    back.receive({
      t: 'welcome',
      protocol: 1,
      role: 'participant',
      memberId: ids.ana,
      joinCode: 'ABCDEF',
      seq: 12,
      hash: '',
      events: [event(12, 'pestle.removed', { id: uuid(1) }, { actorId: ids.facilitator, clientId: 'facilitator-tab', mutationId: 7 })],
    });
    await vi.waitFor(() => expect(back.mutations).toEqual([2]));
    back.receive({ t: 'reject', mutationId: 2, code: 'item_missing', message: 'Ese aporte ya no existe' });

    const [conflict, ...more] = a.getSnapshot()!.conflicts;
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      id: `${me}:2`,
      name: 'pestle.edit',
      args: { id: uuid(1), text: 'Texto reescrito sin conexión' },
      code: 'item_missing',
      message: 'Ese aporte ya no existe',
    });
    expect(conflict!.madeAt).toEqual(expect.any(Number));
    expect(a.getSnapshot()?.pendingCount).toBe(0);

    // The page is reloaded: the list is still there.
    a.close();
    const b = make('tabB');
    await b.open();
    expect(b.getSnapshot()?.conflicts.map((c) => c.args)).toEqual([{ id: uuid(1), text: 'Texto reescrito sin conexión' }]);
    b.getSnapshot()!.conflictStore.dismiss(conflict!.id);
    expect(b.getSnapshot()?.conflicts).toEqual([]);
    const c = make('tabC');
    await c.open();
    expect(c.getSnapshot()?.conflicts).toEqual([]);
  });

  it('keeps the refusals of a closed tab’s changes it sends, and not what was only delayed or already done', async () => {
    const { db, sockets, make, socketOf } = setup();
    const a = make('tabA');
    await a.open();
    add(a, 1);
    await vi.waitFor(() => expect(db.records.get(a.clientId!)?.pending).toHaveLength(1));
    const closed = a.clientId!;
    const b = make('tabB');
    await b.open();
    a.close();
    await vi.waitFor(() => expect(b.getSnapshot()?.pendingCount).toBe(1), { timeout: 5000 });
    connectAll(sockets);
    const [drain] = socketOf(closed).filter((s) => s.readyState === 1 && sockets.indexOf(s) > 1);
    welcome(drain!);
    drain!.receive({ t: 'reject', mutationId: 1, code: 'board_locked', message: 'Solo la facilitación escribe' });
    await vi.waitFor(() =>
      expect(b.getSnapshot()?.conflicts.map((c) => [c.id, c.code, (c.args as { text: string }).text])).toEqual([
        [`${closed}:1`, 'board_locked', 'item 1'],
      ]),
    );

    const [mine] = socketOf(b.clientId).filter((s) => s.readyState === 1);
    welcome(mine!);
    add(b, 2);
    b.getSnapshot()?.client.mutate('pestle.remove', { id: uuid(9) });
    await vi.waitFor(() => expect(mine!.mutations).toEqual([1, 2]));
    // Load, not the change: it stays pending and is sent again.
    mine!.receive({ t: 'reject', mutationId: 1, code: 'rate_limited', message: 'Espere' });
    // Removing what someone else removed first: what she wanted happened.
    mine!.receive({ t: 'reject', mutationId: 2, code: 'item_missing', message: 'Ese aporte ya no existe' });
    expect(b.getSnapshot()?.conflicts).toHaveLength(1);
    expect(b.getSnapshot()?.pendingCount).toBe(1);
  });
});
