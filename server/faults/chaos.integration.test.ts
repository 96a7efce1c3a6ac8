import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { MutationArgs, MutationName } from '../../shared/domain/mutations.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import { type SocketLike, SyncClient } from '../../shared/sync/client.js';
import { MemoryOutbox } from '../../shared/sync/memory-outbox.js';
import { createWorkshop, joinAs, startServer, type TestServer } from '../testing/harness.js';
import { prng } from '../testing/prng.js';

const CLIENTS = 50;
const MUTATIONS_PER_CLIENT = 200; // 10,000 in all
const ITEMS_PER_CLIENT = 4; // the rest are edits: 50 clients folding 10,000 events over a large board in one test process would measure the test, not Mesa

const itemId = (c: number, n: number) => `00000000-0000-4000-8${String(c).padStart(3, '0')}-${String(n).padStart(12, '0')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(condition: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what()}`);
    await sleep(50);
  }
}

let server: TestServer | null = null;
afterAll(async () => server?.close());

/**
 * 50 participants' sync clients make 10,000 mutations while their sockets are cut at random
 * and the server restarts once. In the end every client's state equals the server's (same
 * hash), every mutation is stored exactly once, and none is lost.
 */
describe('sync under random disconnects and a server restart', () => {
  it('converges with no duplicate and no loss', async () => {
    const seed = Number(process.env.MESA_FAULT_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    server = await startServer({ joinsPerMinute: 10_000 });
    const { url, dataDir } = server;
    const port = Number(new URL(url).port);
    const workshop = await createWorkshop(server);
    const sockets = new Map<number, WebSocket>();
    const clients: SyncClient[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const joined = await joinAs(server, workshop.joinCode, `P${c}`);
      const client = new SyncClient({
        url: `ws://127.0.0.1:${port}/ws`,
        workshopId: workshop.id,
        token: joined.participantToken,
        createSocket: (u) => {
          const ws = new WebSocket(u);
          sockets.set(c, ws);
          return ws as unknown as SocketLike;
        },
        storage: new MemoryOutbox(),
        newClientId: () => `chaos-client-${c}`,
        random,
      });
      client.start();
      clients.push(client);
    }
    await waitFor(
      () => clients.every((c) => c.status === 'online'),
      20_000,
      () => 'all online',
    );

    let restarted = false;
    const made = new Array<number>(CLIENTS).fill(0);
    const total = CLIENTS * MUTATIONS_PER_CLIENT;
    let sent = 0;
    while (sent < total) {
      // A burst of mutations from random clients, online or not (offline ones queue them).
      for (let k = 0; k < 100 && sent < total; k++) {
        const c = Math.floor(random() * CLIENTS);
        if ((made[c] ?? 0) >= MUTATIONS_PER_CLIENT) continue;
        const n = (made[c] ?? 0) + 1;
        made[c] = n;
        const client = clients[c] as SyncClient;
        const [name, args] =
          n <= ITEMS_PER_CLIENT
            ? (['pestle.add', { id: itemId(c, n), category: 'social', kind: 'challenge', text: `P${c} item ${n}` }] as const)
            : (['pestle.edit', { id: itemId(c, 1 + Math.floor(random() * ITEMS_PER_CLIENT)), text: `P${c} edit ${n}` }] as const);
        const result = client.mutate(name as MutationName, args as MutationArgs<'pestle.add'>);
        expect(result.ok).toBe(true);
        sent++;
      }
      // Cut a few sockets at random: the venue Wi-Fi.
      for (let k = 0; k < 3; k++) sockets.get(Math.floor(random() * CLIENTS))?.terminate();
      if (!restarted && sent >= total / 2) {
        restarted = true;
        await server.close();
        await sleep(200);
        server = await startServer({ joinsPerMinute: 10_000, dataDir, port });
      }
      await sleep(40);
    }

    const live = server;
    const room = await live.ctx.rooms.get(workshop.id);
    if (!room) throw new Error('no room');
    await waitFor(
      () => clients.every((c) => c.status === 'online' && c.pending.length === 0 && c.seq === room.seq),
      60_000,
      () =>
        `seed ${seed}: head ${room.seq}, subscribers ${room.subscriberCount}; not done: ${clients
          .map((c, i) => ({
            i,
            status: c.status,
            pending: c.pending.length,
            seq: c.seq,
            resyncs: c.resyncs,
            error: c.lastError?.code,
            fatal: c.fatal?.code,
          }))
          .filter((c) => c.status !== 'online' || c.pending > 0 || c.seq !== room.seq)
          .map((c) => JSON.stringify(c))
          .join(' ')}`,
    );

    const events = await live.ctx.store.readEvents(workshop.id, 0);
    const keys = events.filter((e) => e.clientId).map((e) => `${e.clientId}/${e.mutationId}`);
    expect(new Set(keys).size, `seed ${seed}: no duplicate`).toBe(keys.length);
    expect(keys.length, `seed ${seed}: no loss`).toBe(total);
    expect(events.filter((e) => e.type === 'pestle.added')).toHaveLength(CLIENTS * ITEMS_PER_CLIENT);
    const serverHash = stateHash(room.state);
    for (const client of clients) expect(stateHash(client.confirmed)).toBe(serverHash);
    expect(
      clients.every((c) => c.lastError === null),
      `seed ${seed}: no rejection`,
    ).toBe(true);
    for (const client of clients) client.stop();
  }, 120_000);
});
