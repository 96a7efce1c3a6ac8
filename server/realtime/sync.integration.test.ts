import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MemoryOutbox } from '../../shared/sync/memory-outbox.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import { SyncClient, type SocketLike } from '../../shared/sync/client.js';
import { createWorkshop, http, joinAs, RawClient, startServer, type TestServer, uuid, type Workshop } from '../testing/harness.js';

let server: TestServer;
let workshop: Workshop;
let ana: { memberId: string; participantToken: string };
let ben: { memberId: string; participantToken: string };

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server);
  ana = await joinAs(server, workshop.joinCode, 'Ana');
  ben = await joinAs(server, workshop.joinCode, 'Ben');
});
afterAll(async () => server.close());

const add = (n: number, text = `item ${n}`) => ({ id: uuid(n), category: 'social', kind: 'challenge', text });

function syncClient(token: string, clientId: string): SyncClient {
  return new SyncClient({
    url: server.wsUrl,
    workshopId: workshop.id,
    token,
    createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    storage: new MemoryOutbox(),
    newClientId: () => clientId,
  });
}

function until(client: SyncClient, predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error('condition not reached'));
    }, timeoutMs);
    const stop = client.subscribe(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

describe('sync over WebSocket', () => {
  it('two clients see each other’s mutations, and the projector sees both', async () => {
    const a = syncClient(ana.participantToken, 'client-ana-1');
    const b = syncClient(ben.participantToken, 'client-ben-1');
    const projector = syncClient(workshop.projectorToken, 'client-projector-1');
    for (const c of [a, b, projector]) c.start();
    await Promise.all([a, b, projector].map((c) => until(c, () => c.status === 'online')));
    a.mutate('pestle.add', add(101, 'Corrupción en puestos fronterizos') as never);
    // Optimistic: visible at once to its author, before the server confirms.
    expect(a.view?.pestle.items[uuid(101)]?.text).toBe('Corrupción en puestos fronterizos');
    b.mutate('pestle.add', { ...add(102), category: 'legal', kind: 'advance' } as never);
    await Promise.all(
      [a, b, projector].map((c) =>
        until(c, () => c.confirmed?.pestle.order.includes(uuid(101)) === true && c.confirmed?.pestle.order.includes(uuid(102)) === true),
      ),
    );
    expect(projector.confirmed?.pestle.items[uuid(101)]).toMatchObject({ authorId: ana.memberId, category: 'social' });
    expect(projector.confirmed?.pestle.items[uuid(102)]).toMatchObject({ authorId: ben.memberId, category: 'legal' });
    await until(a, () => a.pending.length === 0);
    expect(a.seq).toBe(b.seq);
    expect(JSON.stringify(a.confirmed)).toBe(JSON.stringify(projector.confirmed));
    // Every client checked the server's state hash on its welcome and agreed.
    expect([a, b, projector].map((c) => c.resyncs)).toEqual([0, 0, 0]);
    expect(stateHash(a.confirmed)).toBe(stateHash(projector.confirmed));
    for (const c of [a, b, projector]) c.stop();
  });

  it('a repeated (clientId, mutationId) makes one event with one seq', async () => {
    const { client: watcher } = await RawClient.join(server.wsUrl, workshop.id, workshop.projectorToken, 'watcher-dup-1');
    const { client } = await RawClient.join(server.wsUrl, workshop.id, ana.participantToken, 'client-dup-1');
    const mutate = { t: 'mutate', mutationId: 1, name: 'pestle.add', args: add(201) };
    client.send(mutate);
    client.send(mutate); // same tick: in flight together
    const ack1 = await client.next((m) => m.t === 'ack');
    const ack2 = await client.next((m) => m.t === 'ack');
    client.send(mutate); // later: already committed
    const ack3 = await client.next((m) => m.t === 'ack');
    // And over HTTP with the same key.
    const viaHttp = await http(
      server,
      'POST',
      `/api/workshops/${workshop.id}/mutations`,
      { clientId: 'client-dup-1', mutationId: 1, name: 'pestle.add', args: add(201) },
      {
        authorization: `Bearer ${ana.participantToken}`,
      },
    );
    expect(new Set([ack1.seq, ack2.seq, ack3.seq, viaHttp.body.seq]).size).toBe(1);
    expect(viaHttp.body.duplicate).toBe(true);
    const event = await watcher.next((m) => m.t === 'event');
    expect((event.e as { seq: number }).seq).toBe(ack1.seq);
    await new Promise((r) => setTimeout(r, 100));
    expect(watcher.messages.filter((m) => m.t === 'event')).toEqual([]);
    const events = await server.ctx.store.readEvents(workshop.id, 0);
    expect(events.filter((e) => e.clientId === 'client-dup-1' && e.mutationId === 1)).toHaveLength(1);
    client.close();
    watcher.close();
  });

  it('a client reconnecting with its last seq receives exactly what it missed', async () => {
    const { client, welcome } = await RawClient.join(server.wsUrl, workshop.id, ben.participantToken, 'client-gap-1');
    const lastSeq = welcome.seq as number;
    client.close();
    const { client: writer } = await RawClient.join(server.wsUrl, workshop.id, ana.participantToken, 'client-gap-writer');
    for (let i = 1; i <= 3; i++) {
      writer.send({ t: 'mutate', mutationId: i, name: 'pestle.add', args: add(300 + i) });
      await writer.next((m) => m.t === 'ack');
    }
    const { client: back, welcome: again } = await RawClient.join(server.wsUrl, workshop.id, ben.participantToken, 'client-gap-1', lastSeq);
    const missed = again.events as Array<{ seq: number; data: { id: string } }>;
    expect(again.snapshot).toBeUndefined();
    expect(missed.map((e) => e.seq)).toEqual([lastSeq + 1, lastSeq + 2, lastSeq + 3]);
    expect(again.hash).toMatch(/^[0-9a-f]{14}$/);
    expect(missed.map((e) => e.data.id)).toEqual([uuid(301), uuid(302), uuid(303)]);
    expect(again.seq).toBe(lastSeq + 3);
    // Live events continue after the catch-up with no gap.
    writer.send({ t: 'mutate', mutationId: 4, name: 'pestle.add', args: add(304) });
    const live = await back.next((m) => m.t === 'event');
    expect((live.e as { seq: number }).seq).toBe(lastSeq + 4);
    writer.close();
    back.close();
  });

  it('pending mutations made while disconnected are sent once on reconnect', async () => {
    const outbox = new MemoryOutbox();
    const make = () =>
      new SyncClient({
        url: server.wsUrl,
        workshopId: workshop.id,
        token: ana.participantToken,
        createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
        storage: outbox,
        newClientId: () => 'client-offline-1',
      });
    // Queued before any connection (an offline tab), then the tab is closed.
    const offline = make();
    offline.mutate('pestle.add', add(401) as never);
    offline.mutate('pestle.add', add(402) as never);
    offline.stop();
    // A new tab with the same outbox connects and sends them.
    const online = make();
    expect(online.pending).toHaveLength(2);
    online.start();
    await until(online, () => online.pending.length === 0 && online.confirmed?.pestle.items[uuid(402)] !== undefined);
    online.stop();
    const again = make();
    again.start();
    await until(again, () => again.status === 'online');
    again.stop();
    const events = await server.ctx.store.readEvents(workshop.id, 0);
    expect(events.filter((e) => e.clientId === 'client-offline-1').map((e) => e.mutationId)).toEqual([1, 2]);
  });

  it('a rejected mutation is reported in the user’s language and removed from the view', async () => {
    const { client } = await RawClient.join(server.wsUrl, workshop.id, workshop.projectorToken, 'client-proj-2');
    client.send({ t: 'mutate', mutationId: 1, name: 'pestle.add', args: add(501) });
    const reject = await client.next((m) => m.t === 'reject');
    expect(reject).toMatchObject({ mutationId: 1, code: 'forbidden', message: 'Su rol no permite esta acción.' });
    client.close();
    const en = await RawClient.connect(server.wsUrl);
    en.send({
      t: 'hello',
      protocol: 1,
      workshopId: workshop.id,
      token: workshop.projectorToken,
      clientId: 'client-proj-3',
      lastSeq: 0,
      lang: 'en',
    });
    await en.next((m) => m.t === 'welcome');
    en.send({ t: 'mutate', mutationId: 1, name: 'pestle.add', args: add(502) });
    expect(await en.next((m) => m.t === 'reject')).toMatchObject({ code: 'forbidden', message: 'Your role does not allow this.' });
    en.close();
  });
});
