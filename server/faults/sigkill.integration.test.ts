import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RawClient } from '../testing/harness.js';
import { prng } from '../testing/prng.js';
import { killAll, startServerProcess, stopProcess } from '../testing/server-process.js';
import { SqliteEventStore } from '../store/sqlite/sqlite-store.js';

const children = new Set<ChildProcess>();
afterEach(() => killAll(children));

const ROUNDS = 4;
const WRITERS = 8;
/** Mutations each writer keeps in flight: enough to always have uncommitted work at the kill. */
const IN_FLIGHT = 20;

const PHASES = ['preliminary', 'pestle', 'objectives', 'questions', 'working-matrix', 'final-matrix', 'plenary'];
const uuidFor = (writer: number, n: number) => `00000000-0000-4000-8${String(writer).padStart(3, '0')}-${String(n).padStart(12, '0')}`;

/**
 * Kills the server with SIGKILL in the middle of a stream of mutations, again and again,
 * and checks every acknowledgement it ever sent against the store: an acknowledged mutation
 * is durable, with the seq it was acknowledged with; seq stays gapless; nothing is doubled.
 */
describe('SIGKILL under load loses no acknowledged mutation', () => {
  it(`over ${ROUNDS} kills`, async () => {
    const seed = Number(process.env.MESA_FAULT_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-sigkill-'));
    const acked = new Map<string, number>(); // "clientId/mutationId" → seq
    const nextId = new Array<number>(WRITERS).fill(0);
    let workshopId = '';
    let token = '';

    for (let round = 0; round < ROUNDS; round++) {
      // SQLITE_SYNCHRONOUS=NORMAL is the weaker setting; it must still survive a process kill.
      const server = await startServerProcess(dataDir, children, { SQLITE_SYNCHRONOUS: round % 2 ? 'NORMAL' : 'FULL', LOG_LEVEL: 'warn' });
      if (round === 0) {
        const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-secrets.json'), 'utf8')) as {
          id: string;
          facilitatorToken: string;
        };
        workshopId = secrets.id;
        token = secrets.facilitatorToken;
      }
      const wsUrl = `${server.url.replace('http', 'ws')}/ws`;
      const writers = await Promise.all(
        Array.from({ length: WRITERS }, (_, w) => RawClient.join(wsUrl, workshopId, token, `sigkill-writer-${w}`).then((j) => j.client)),
      );
      let stopped = false;
      const pumps = writers.map(async (client, w) => {
        const send = () => {
          if (stopped) return;
          nextId[w] = (nextId[w] ?? 0) + 1;
          const mutationId = nextId[w] as number;
          // A few adds, then phase moves: the board's 2,000-item cap must not end the stream.
          const mutation =
            mutationId <= 20
              ? {
                  name: 'pestle.add',
                  args: { id: uuidFor(w, mutationId), category: 'social', kind: 'state', text: `w${w} m${mutationId}` },
                }
              : { name: 'phase.set', args: { phaseId: PHASES[mutationId % PHASES.length] } };
          client.send({ t: 'mutate', mutationId, ...mutation });
        };
        client.socket.on('message', (data) => {
          const message = JSON.parse(String(data)) as { t: string; mutationId?: number; seq?: number; code?: string };
          if (message.t === 'ack') acked.set(`sigkill-writer-${w}/${message.mutationId}`, message.seq as number);
          if (message.t === 'ack' || message.t === 'reject') send();
        });
        for (let i = 0; i < IN_FLIGHT; i++) send();
      });
      await Promise.all(pumps);
      await new Promise((r) => setTimeout(r, 300 + random() * 700));
      stopped = true;
      await stopProcess(server.child, 'SIGKILL');
      for (const client of writers) client.socket.terminate();
    }

    const store = new SqliteEventStore({ filename: path.join(dataDir, 'mesa.db') });
    const events = await store.readEvents(workshopId, 0);
    await store.close();
    const bySeq = events.map((e) => e.seq);
    expect(bySeq, `seed ${seed}`).toEqual(bySeq.map((_, i) => i + 1));
    const stored = new Map(events.filter((e) => e.clientId).map((e) => [`${e.clientId}/${e.mutationId}`, e.seq]));
    expect(stored.size, `seed ${seed}: no (clientId, mutationId) twice`).toBe(events.filter((e) => e.clientId).length);
    const lost = [...acked].filter(([key, seq]) => stored.get(key) !== seq);
    expect(lost, `seed ${seed}: acknowledged but not stored with that seq`).toEqual([]);
    console.log(`sigkill: seed ${seed}, ${acked.size} acknowledged, ${events.length} events stored over ${ROUNDS} kills`);
    // The test is only meaningful if the kills interrupted real work.
    expect(acked.size).toBeGreaterThan(ROUNDS * WRITERS * 20);
    expect(events.filter((e) => e.type === 'pestle.added')).toHaveLength(WRITERS * 20);
  }, 120_000);
});
