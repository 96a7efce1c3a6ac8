import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import { type SocketLike, SyncClient } from '../../shared/sync/client.js';
import { MemoryOutbox } from '../../shared/sync/memory-outbox.js';
import { createWorkshop, startServer, type TestServer, uuid } from '../testing/harness.js';

const WRITERS = 30;
const FAST_READERS = 5;
const EDITS_PER_ROUND = 150; // per writer, under the burst of 200
const MAX_BUFFERED = 256 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A plain protocol client that counts what it gets: acks for writers, events for readers. */
async function counter(url: string, workshopId: string, token: string, clientId: string) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const seen = { events: 0, acks: 0, rejects: 0, welcomed: false };
  ws.on('message', (data: Buffer) => {
    const text = data.toString();
    if (text.startsWith('{"t":"event"')) seen.events += 1;
    else {
      const t = (JSON.parse(text) as { t: string }).t;
      if (t === 'welcome') seen.welcomed = true;
      else if (t === 'ack') seen.acks += 1;
      else seen.rejects += 1;
    }
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ t: 'hello', protocol: PROTOCOL_VERSION, workshopId, token, clientId, lastSeq: 10_000_000 }));
  await waitFor(() => seen.welcomed, 5000, `${clientId} welcomed`);
  return { ws, seen };
}

let server: TestServer | null = null;
afterAll(async () => server?.close());

/**
 * A phone that stops reading (its socket paused) while 30 people type: the server cuts it
 * off once 256 KiB are waiting for it (MAX_BUFFERED_BYTES, lowered here so the test is
 * quick), the others keep getting every event meanwhile, and the phone, reading again,
 * reconnects and catches up to the server's exact state.
 */
describe('a client that reads too slowly', () => {
  it('is cut off without holding up the others, and resynchronises', async () => {
    server = await startServer({ wsMaxBufferedBytes: MAX_BUFFERED });
    const s = server;
    const workshop = await createWorkshop(s);
    const sockets: WebSocket[] = [];
    const slow = new SyncClient({
      url: s.wsUrl,
      workshopId: workshop.id,
      token: workshop.facilitatorToken,
      createSocket: (u) => {
        const ws = new WebSocket(u, { perMessageDeflate: false });
        sockets.push(ws);
        return ws as unknown as SocketLike;
      },
      storage: new MemoryOutbox(),
      newClientId: () => 'slow-client-0',
    });
    slow.start();
    await waitFor(() => slow.status === 'online', 5000, 'slow client online');
    const room = await s.ctx.rooms.get(workshop.id);
    if (!room) throw new Error('no room');

    const writers = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) => counter(s.wsUrl, workshop.id, workshop.facilitatorToken, `writer-client-${w}`)),
    );
    const readers = await Promise.all(
      Array.from({ length: FAST_READERS }, (_, r) => counter(s.wsUrl, workshop.id, workshop.projectorToken, `reader-client-${r}`)),
    );
    const text = (w: number, n: number) => `${w}/${n} ${'texto de trabajo '.repeat(28)}`.slice(0, 480);
    writers.forEach(({ ws }, w) => {
      ws.send(
        JSON.stringify({
          t: 'mutate',
          mutationId: 1,
          name: 'pestle.add',
          args: { id: uuid(w + 1), category: 'social', kind: 'challenge', text: text(w, 0) },
        }),
      );
    });
    await waitFor(() => writers.every((w) => w.seen.acks === 1), 10_000, 'items added');
    const subscribers = room.subscriberCount;

    // The slow phone stops reading: its kernel buffers fill, then the server's send queue grows.
    const [slowSocket] = sockets;
    const rawSlow = (slowSocket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    rawSlow.pause();
    let mutationId = 1;
    // At most 5 rounds (~20 s): the heartbeat, the other way a silent socket is dropped, needs
    // 30 s or more without a pong, so a drop seen here is the send-queue cut-off.
    for (let round = 0; round < 5 && room.subscriberCount === subscribers; round++) {
      for (let n = 0; n < EDITS_PER_ROUND; n++) {
        mutationId += 1;
        writers.forEach(({ ws }, w) => {
          ws.send(JSON.stringify({ t: 'mutate', mutationId, name: 'pestle.edit', args: { id: uuid(w + 1), text: text(w, mutationId) } }));
        });
      }
      await waitFor(() => writers.every((w) => w.seen.acks === mutationId), 30_000, `round ${round} acknowledged`);
      // The burst bucket refills at 50/s: wait for the next round's 150.
      await sleep(3000);
    }
    expect(room.subscriberCount).toBe(subscribers - 1);
    // Everyone else got every event while the phone was stuck, and nothing was refused.
    const total = WRITERS * mutationId;
    await waitFor(() => readers.every((r) => r.seen.events === total), 10_000, 'readers have every event');
    expect(writers.every((w) => w.seen.events === total && w.seen.rejects === 0)).toBe(true);
    expect(slow.seq).toBeLessThan(room.seq);

    // Reading again, the phone finds its connection closed, reconnects and catches up.
    rawSlow.resume();
    await waitFor(() => sockets.length >= 2 && slow.status === 'online' && slow.seq === room.seq, 20_000, 'slow client caught up');
    expect(stateHash(slow.confirmed)).toBe(stateHash(room.state));
    slow.stop();
    for (const c of [...writers, ...readers]) c.ws.terminate();
  });
});
