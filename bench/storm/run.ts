// One reconnect storm: connect everyone, crash the server mid-write, restart it on the same
// port and data, and time how long until every client is back and caught up.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { LIMITS } from '../../shared/domain/constants.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import type { WorkshopState } from '../../shared/domain/state.js';
import { type SocketLike, SyncClient } from '../../shared/sync/client.js';
import { MemoryOutbox } from '../../shared/sync/memory-outbox.js';
import { createWorkshop, joinAs, type Workshop } from '../../server/testing/harness.js';
import { HOST, ROOT } from '../fanout/constants.js';
import { dataDirs, type ServerOptions, startServer } from '../fanout/processes.js';
import { sleep } from '../fanout/sleep.js';
import { type Stats, stats } from '../fanout/stats.js';
import { cpuMs } from '../fanout/system.js';
import { LightClient } from './light-client.js';

export interface StormOptions extends ServerOptions {
  clients: number;
  /** How many of the clients are real SyncClients that write (the rest only follow). */
  writers: number;
  /** Mutations each writer queues while the server is down. */
  offlineWrites: number;
  repeat: number;
  out: string | null;
  /** Where to write a CPU profile of the restarted server, or null. */
  profileDir: string | null;
}

export interface StormResult {
  clients: number;
  workshops: number;
  writers: number;
  /** From SIGKILL to the restarted server answering /api/health. */
  downtimeMs: number;
  /** From the restarted server answering to the last client's welcome. */
  allWelcomedMs: number;
  /** Per client: from the server answering to its welcome. */
  welcomeMs: Stats;
  /** From the server answering until every pending mutation is acknowledged and every client has the head. */
  allCaughtUpMs: number;
  /** Connection attempts per client from the crash to the welcome. */
  attempts: Stats;
  mutationsMade: number;
  /** Made by writers and present exactly once in the restarted server's state. */
  mutationsStored: number;
  hashMismatches: number;
  resyncs: number;
  gaps: number;
  /** Server CPU from restart to all caught up, in ms. */
  serverCpuMs: number;
  errors: string[];
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

async function serverState(port: number, workshopId: string, token: string): Promise<{ seq: number; state: WorkshopState }> {
  const res = await fetch(`http://${HOST}:${port}/api/workshops/${workshopId}/state`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET state: ${res.status}`);
  return (await res.json()) as { seq: number; state: WorkshopState };
}

export async function stormRun(opts: StormOptions, tag: string): Promise<StormResult> {
  const dataDir = path.join(ROOT, 'bench', 'tmp', `storm-${tag}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  dataDirs.add(dataDir);
  // Every participant joins over HTTP: lift the per-IP join limit for the loopback generator.
  const env = { JOINS_PER_MINUTE: '60000' };
  let server = await startServer('mesa', opts, dataDir, null, null, { env });
  const base = { url: `http://${HOST}:${server.port}` };
  const url = `ws://${HOST}:${server.port}/ws`;
  const writers: SyncClient[] = [];
  const followers: LightClient[] = [];
  const itemIds = new Set<string>();
  try {
    // A workshop holds at most LIMITS.participantsPerWorkshop: the crowd is several workshops
    // (the groups of one regional meeting) on one server, clients dealt round-robin.
    const rooms = Math.ceil(opts.clients / LIMITS.participantsPerWorkshop);
    const workshops: Workshop[] = [];
    for (let r = 0; r < rooms; r++) workshops.push(await createWorkshop(base, `storm ${r + 1}`));
    process.stdout.write(`joining ${opts.clients} in ${rooms} workshop(s)… `);
    const tokens: string[] = [];
    for (let i = 0; i < opts.clients; i += 50) {
      const batch = Array.from({ length: Math.min(50, opts.clients - i) }, (_, k) =>
        joinAs(base, workshops[(i + k) % rooms]?.joinCode ?? '', `P${i + k}`),
      );
      for (const joined of await Promise.all(batch)) tokens.push(joined.participantToken);
    }
    process.stdout.write('connecting… ');
    for (let i = 0; i < opts.clients; i += 100) {
      for (let k = i; k < Math.min(opts.clients, i + 100); k++) {
        const token = tokens[k] ?? '';
        const workshopId = workshops[k % rooms]?.id ?? '';
        if (k < opts.writers) {
          const client = new SyncClient({
            url,
            workshopId,
            token,
            createSocket: (u) => new WebSocket(u, { perMessageDeflate: false }) as unknown as SocketLike,
            storage: new MemoryOutbox(),
            newClientId: () => `storm-${tag}-${k}`,
          });
          writers.push(client);
          client.start();
        } else {
          const client = new LightClient(url, workshopId, token, `storm-${tag}-${k}`);
          followers.push(client);
          client.start();
        }
      }
      await until(() => writers.every((w) => w.status === 'online') && followers.every((f) => f.online), 30_000, 'clients online');
    }
    const write = (client: SyncClient, n: number): void => {
      const id = crypto.randomUUID();
      itemIds.add(id);
      const result = client.mutate('pestle.add', {
        id,
        category: 'social',
        kind: 'challenge',
        text: `storm ${tag} #${n} ${'x'.repeat(200)}`,
      });
      if (!result.ok) throw new Error(`mutate refused: ${result.code}`);
    };
    // One write each, confirmed; then one more each, in flight when the server dies.
    for (const [k, w] of writers.entries()) write(w, k);
    await until(() => writers.every((w) => w.pending.length === 0), 30_000, 'first writes acknowledged');
    for (const [k, w] of writers.entries()) write(w, opts.writers + k);
    const killedAt = performance.now();
    await server.crash();
    await until(() => writers.every((w) => w.status !== 'online') && followers.every((f) => !f.online), 10_000, 'everyone offline');
    const attemptsBefore = followers.map((f) => f.connects);
    for (let n = 0; n < opts.offlineWrites; n++) for (const [k, w] of writers.entries()) write(w, (2 + n) * opts.writers + k);

    process.stdout.write('restart… ');
    server = await startServer('mesa', opts, dataDir, opts.profileDir, null, { port: server.port, env });
    const readyAt = performance.now();
    const cpu0 = cpuMs(server.pid);
    await until(
      () => writers.every((w) => w.status === 'online') && followers.every((f) => f.online && f.welcomedAt > killedAt),
      30_000,
      'all welcomed',
    );
    const welcomedAt = performance.now();
    await until(() => writers.every((w) => w.pending.length === 0), 30_000, 'pending acknowledged');
    const heads = await Promise.all(workshops.map((w) => serverState(server.port, w.id, w.facilitatorToken)));
    const headOf = (k: number) => heads[k % rooms]?.seq ?? Number.POSITIVE_INFINITY;
    await until(
      () => writers.every((w, k) => w.seq >= headOf(k)) && followers.every((f, i) => f.seq >= headOf(opts.writers + i)),
      30_000,
      'everyone at the head',
    );
    const caughtUpAt = performance.now();
    const serverCpuMs = cpuMs(server.pid) - cpu0;

    const finals = await Promise.all(workshops.map((w) => serverState(server.port, w.id, w.facilitatorToken)));
    const hashes = finals.map((f) => stateHash(f.state));
    const stored = [...itemIds].filter((id) => finals.some((f) => f.state.pestle.items[id])).length;
    const storedOnce = finals.flatMap((f) => f.state.pestle.order).filter((id) => itemIds.has(id)).length;
    return {
      clients: opts.clients,
      workshops: rooms,
      writers: opts.writers,
      downtimeMs: readyAt - killedAt,
      allWelcomedMs: welcomedAt - readyAt,
      welcomeMs: stats(followers.map((f) => f.welcomedAt - readyAt)),
      allCaughtUpMs: caughtUpAt - readyAt,
      attempts: stats(followers.map((f, i) => f.connects - (attemptsBefore[i] ?? 0))),
      mutationsMade: itemIds.size,
      mutationsStored: stored === storedOnce ? stored : -1,
      hashMismatches: writers.filter((w, k) => (w.confirmed ? stateHash(w.confirmed) : '') !== hashes[k % rooms]).length,
      resyncs: writers.reduce((a, w) => a + w.resyncs, 0),
      gaps: followers.reduce((a, f) => a + f.gaps, 0),
      serverCpuMs,
      errors: followers.flatMap((f) => f.errors).slice(0, 5),
    };
  } catch (error) {
    const tail = server.output.join('').split('\n').slice(-20).join('\n');
    if (tail.trim()) console.error(`--- server output (tail) ---\n${tail}`);
    throw error;
  } finally {
    for (const w of writers) w.stop();
    for (const f of followers) f.stop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  }
}
