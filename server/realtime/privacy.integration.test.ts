import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { stateHash } from '../../shared/domain/state-hash.js';
import { MemoryOutbox } from '../../shared/sync/memory-outbox.js';
import { type SocketLike, SyncClient } from '../../shared/sync/client.js';
import { createWorkshop, http, joinAs, RawClient, startServer, type TestServer, uuid, type Workshop } from '../testing/harness.js';

/**
 * What the server sends is what each role may see (docs/api.md, "Attribution"): authors of
 * anonymous contributions and other members' dots never leave the server, over the live
 * stream, a catch-up, a snapshot or HTTP; and every client's folded view still matches the
 * hash the server computes for it.
 */
let server: TestServer;
let w: Workshop;
let ana: { memberId: string; participantToken: string };
let ben: { memberId: string; participantToken: string };
let mutationId = 0;

beforeAll(async () => {
  server = await startServer();
  w = await createWorkshop(server);
  ana = await joinAs(server, w.joinCode, 'Ana Pérez');
  ben = await joinAs(server, w.joinCode, 'Ben Ruiz');
});
afterAll(async () => server.close());

const send = async (token: string, name: string, args: unknown) => {
  const res = await http(
    server,
    'POST',
    `/api/workshops/${w.id}/mutations`,
    { clientId: 'privacy-http', mutationId: ++mutationId, name, args },
    { authorization: `Bearer ${token}` },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.seq as number;
};

const stateOf = async (token: string) =>
  (await http(server, 'GET', `/api/workshops/${w.id}/state`, undefined, { authorization: `Bearer ${token}` })).body;

function syncClient(token: string, clientId: string): SyncClient {
  return new SyncClient({
    url: server.wsUrl,
    workshopId: w.id,
    token,
    createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    storage: new MemoryOutbox(),
    newClientId: () => clientId,
  });
}

const settle = (client: SyncClient, seq: number) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never reached seq ${seq}`)), 5000);
    const check = () => {
      if (client.seq >= seq && client.status === 'online') {
        clearTimeout(timer);
        stop();
        resolve();
      }
    };
    const stop = client.subscribe(check);
    check();
  });

describe('privacy of authors and votes', () => {
  it('sends the author of an anonymous item to the author only, over every path', async () => {
    const benLive = await RawClient.join(server.wsUrl, w.id, ben.participantToken, 'ben-live');
    const facLive = await RawClient.join(server.wsUrl, w.id, w.facilitatorToken, 'fac-live');
    await send(w.facilitatorToken, 'phase.setAttribution', { phaseId: 'pestle', mode: 'anonymous' });
    const seq = await send(ana.participantToken, 'pestle.add', {
      id: uuid(1),
      category: 'social',
      kind: 'challenge',
      text: 'Redes de tráfico en la frontera sur',
    });
    for (const live of [benLive.client, facLive.client]) {
      const frame = await live.next((m) => m.t === 'event' && (m.e as { seq: number }).seq === seq);
      expect(JSON.stringify(frame).includes(ana.memberId)).toBe(false);
      expect(JSON.stringify(frame).includes('privacy-http')).toBe(false);
    }
    // A catch-up from before the item, and a fresh snapshot, say no more.
    const catchUp = await RawClient.join(server.wsUrl, w.id, w.facilitatorToken, 'fac-catchup', seq - 1);
    const snapshot = await RawClient.join(server.wsUrl, w.id, w.projectorToken, 'projector-snap');
    expect(JSON.stringify(catchUp.welcome.events).includes(ana.memberId)).toBe(false);
    const items = (snapshot.welcome.snapshot as { pestle: { items: Record<string, { authorId: string }> } }).pestle.items;
    expect(items[uuid(1)]?.authorId).toBe('');
    // (The roster lists everyone by member id; the board must not link one of them to the item.)
    const board = ((await stateOf(w.rapporteurToken)).state as { pestle: unknown }).pestle;
    expect(JSON.stringify(board).includes(ana.memberId)).toBe(false);
    // The author still sees it as hers (and may edit it).
    const own = (await stateOf(ana.participantToken)).state as { pestle: { items: Record<string, { authorId: string }> } };
    expect(own.pestle.items[uuid(1)]?.authorId).toBe(ana.memberId);
    for (const c of [benLive, facLive, catchUp, snapshot]) c.client.socket.close();
  });

  it('keeps each member’s dots to themselves until the reveal, and every client agrees with the server’s hash', async () => {
    const a = syncClient(ana.participantToken, 'client-ana-votes');
    const b = syncClient(ben.participantToken, 'client-ben-votes');
    const f = syncClient(w.facilitatorToken, 'client-fac-votes');
    for (const c of [a, b, f]) c.start();
    await send(w.facilitatorToken, 'pestle.openVoting', { dots: 3 });
    await send(ana.participantToken, 'pestle.vote', { itemId: uuid(1), dots: 2 });
    const last = await send(ben.participantToken, 'pestle.vote', { itemId: uuid(1), dots: 1 });
    await Promise.all([a, b, f].map((c) => settle(c, last)));
    expect(a.view?.pestle.ballots).toEqual({ [ana.memberId]: { [uuid(1)]: 2 } });
    expect(b.view?.pestle.ballots).toEqual({ [ben.memberId]: { [uuid(1)]: 1 } });
    expect(f.view?.pestle.ballots).toEqual({});
    const revealed = await send(w.facilitatorToken, 'pestle.revealVotes', {});
    await Promise.all([a, b, f].map((c) => settle(c, revealed)));
    for (const c of [a, b, f]) expect(c.view?.pestle.voting?.revealed).toEqual({ [uuid(1)]: 3 });
    // Reconnecting checks each client's state against the hash the server computed for its view.
    for (const c of [a, b, f]) {
      const { welcome } = await RawClient.join(
        server.wsUrl,
        w.id,
        c === a ? ana.participantToken : c === b ? ben.participantToken : w.facilitatorToken,
        `check-${c.clientId}`,
        c.seq,
      );
      expect(welcome.hash).toBe(stateHash(c.confirmed));
      expect(c.resyncs).toBe(0);
    }
    for (const c of [a, b, f]) c.stop();
  });

  it('sends relevance marks as counts, and each mark only to its author', async () => {
    await send(ana.participantToken, 'objective.rate', { objectiveId: 'A.a', relevance: 3 });
    await send(ben.participantToken, 'objective.rate', { objectiveId: 'A.a', relevance: 2 });
    const seenByBen = (await stateOf(ben.participantToken)).state as {
      objectives: { relevance: Record<string, number[]>; ratings: Record<string, unknown> };
    };
    expect(seenByBen.objectives.relevance['A.a']).toEqual([0, 1, 1]);
    expect(Object.keys(seenByBen.objectives.ratings)).toEqual([ben.memberId]);
  });

  it('sends a working matrix to its owner and to those who consolidate it, not to other participants', async () => {
    const benLive = await RawClient.join(server.wsUrl, w.id, ben.participantToken, 'ben-matrix');
    const facLive = await RawClient.join(server.wsUrl, w.id, w.facilitatorToken, 'fac-matrix');
    const seq = await send(ana.participantToken, 'matrix.set', { matrixId: 'wm-4-1', field: 'commitment', text: 'Armonizar protocolos' });
    const toBen = await benLive.client.next((m) => m.t === 'event' && (m.e as { seq: number }).seq === seq);
    expect(toBen.e).toMatchObject({ type: 'redacted', actorId: null, data: {} });
    const toFac = await facLive.client.next((m) => m.t === 'event' && (m.e as { seq: number }).seq === seq);
    expect(toFac.e).toMatchObject({ type: 'matrix.set', actorId: ana.memberId, clientId: null });
    const benState = (await stateOf(ben.participantToken)).state as { workingMatrices: Record<string, unknown> };
    expect(benState.workingMatrices).toEqual({});
    const facState = (await stateOf(w.rapporteurToken)).state as {
      workingMatrices: Record<string, Record<string, { commitment: string }>>;
    };
    expect(facState.workingMatrices[ana.memberId]?.['wm-4-1']?.commitment).toBe('Armonizar protocolos');
    for (const c of [benLive, facLive]) c.client.socket.close();
  });
});
