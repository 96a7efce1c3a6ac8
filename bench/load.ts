/**
 * Load benchmark: how long `Room.load` takes for a long workshop, replaying the whole log
 * against starting from a state snapshot. See bench/README.md.
 *
 *   npx tsx bench/load.ts [--events 50000] [--tail 500] [--loads 5] [--seed 1]
 *
 * Builds a workshop in a fresh SQLite store under bench/tmp/ (removed afterwards): the group 4
 * template, a facilitator, a rapporteur and 30 participants, then `--events` PESTLE events
 * (adds, edits, removals; ~250-character texts; never more items than the board allows).
 * The snapshot is taken `--tail` events before the head, as a room's would be somewhere in
 * its last SNAPSHOT_EVERY events. Loads alternate between the two ways, after one warm-up each.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LIMITS, PESTLE_CATEGORIES, PESTLE_KINDS } from '../shared/domain/constants.js';
import { EVENT_VERSION, type NewEvent } from '../shared/domain/events.js';
import { fold } from '../shared/domain/reducer.js';
import { stateHash } from '../shared/domain/state-hash.js';
import { Room } from '../server/rooms/room.js';
import { SNAPSHOT_EVERY } from '../server/rooms/snapshots.js';
import type { EventStore } from '../server/store/event-store.js';
import { SqliteEventStore } from '../server/store/sqlite/sqlite-store.js';
import { loadTemplates } from '../server/templates/catalog.js';
import { prng } from '../server/testing/prng.js';
import { ROOT } from './fanout/constants.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

const EVENTS = option('events', 50_000);
const TAIL = option('tail', Math.min(500, SNAPSHOT_EVERY - 1));
const LOADS = option('loads', 5);
const random = prng(option('seed', 1));
const PARTICIPANTS = 30;

const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const WORDS = 'coordinación regional tráfico ilícito de migrantes protección víctimas fronteras cooperación datos'.split(' ');
function text(n: number): string {
  let s = `Aporte ${n}:`;
  while (s.length < 250) s += ` ${pick(WORDS)}`;
  return s.slice(0, 250);
}
const itemId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The workshop's PESTLE activity: 40 % adds (while the board has room), 45 % edits, 15 % removals. */
function* pestleEvents(count: number, members: string[]): Generator<NewEvent> {
  type Item = { id: string; author: string };
  const live: Item[] = [];
  const mutationIds = new Map<string, number>();
  let added = 0;
  for (let n = 0; n < count; n++) {
    const r = random();
    const add = live.length === 0 || (r < 0.4 && live.length < LIMITS.pestleItemsPerWorkshop);
    const index = Math.floor(random() * live.length);
    const item = live[index] as Item;
    let actor = pick(members);
    // Authors change their own items, the facilitator (members[0]) anyone's.
    if (!add && actor !== members[0]) actor = item.author;
    const mutationId = (mutationIds.get(actor) ?? 0) + 1;
    mutationIds.set(actor, mutationId);
    const base = { actorId: actor, clientId: `client-${actor}`, mutationId, at: 1_700_000_000_000 + n * 1000 };
    if (add) {
      const id = itemId(++added);
      live.push({ id, author: actor });
      yield {
        ...base,
        type: 'pestle.added',
        data: { id, category: pick(PESTLE_CATEGORIES), kind: pick(PESTLE_KINDS), text: text(n), attribution: 'name' },
      };
    } else if (r < 0.85) {
      yield random() < 0.8
        ? { ...base, type: 'pestle.edited', data: { id: item.id, text: text(n) } }
        : { ...base, type: 'pestle.edited', data: { id: item.id, kind: pick(PESTLE_KINDS) } };
    } else {
      live[index] = live.at(-1) as Item;
      live.pop();
      yield { ...base, type: 'pestle.removed', data: { id: item.id } };
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => x.toFixed(1);
const int = (x: number) => x.toLocaleString('en-US');

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** The store, counting the events each load reads; `snapshots: false` hides and drops snapshots. */
function loadingStore(store: EventStore, snapshots: boolean, read: { events: number }): EventStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'readEvents') {
        return async (...args: Parameters<EventStore['readEvents']>) => {
          const events = await target.readEvents(...args);
          read.events += events.length;
          return events;
        };
      }
      if (!snapshots && key === 'latestSnapshot') return async () => null;
      if (!snapshots && key === 'saveSnapshot') return async () => {};
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function main(): Promise<void> {
  if (TAIL >= EVENTS) throw new Error('--tail must be below --events');
  const dir = path.join(ROOT, 'bench', 'tmp', `load-${process.pid}`);
  const store = new SqliteEventStore({ filename: path.join(dir, 'mesa.db') });
  try {
    const template = loadTemplates(path.join(ROOT, 'templates')).get('crm-group4');
    if (!template) throw new Error('template crm-group4 not found');
    const id = 'bench-load';
    const system = { actorId: null, clientId: null, mutationId: null, at: 1_700_000_000_000 };
    const members = ['fac', 'rap', ...Array.from({ length: PARTICIPANTS }, (_, i) => `p${i + 1}`)];
    const setup: NewEvent[] = [
      {
        ...system,
        type: 'workshop.created',
        data: { id, title: 'Bench', language: 'es', templateId: template.id, template, firstPhaseId: 'pestle' },
      },
      ...members.map(
        (m, i): NewEvent => ({
          ...system,
          type: 'member.joined',
          data: {
            id: m,
            role: i === 0 ? 'facilitator' : i === 1 ? 'rapporteur' : 'participant',
            name: `Persona ${i}`,
            institution: 'Institución',
            country: 'Costa Rica',
            sector: 'migration',
          },
        }),
      ),
    ];
    await store.createWorkshop({ id, joinCode: 'BENCH1', title: 'Bench', templateId: template.id, createdAt: system.at }, setup, []);
    let chunk: NewEvent[] = [];
    for (const event of pestleEvents(EVENTS, members)) {
      chunk.push(event);
      if (chunk.length === 1000) {
        await store.append(id, chunk);
        chunk = [];
      }
    }
    if (chunk.length) await store.append(id, chunk);
    const head = (await store.headSeq(id)) ?? 0;
    const log = await store.readEvents(id, 0);
    // The snapshot a room would have written TAIL events ago, timed as SnapshotWriter does it.
    const snapshotSeq = head - TAIL;
    const snapshotState = fold(log.slice(0, snapshotSeq));
    const fullState = fold(log.slice(snapshotSeq), snapshotState);
    const fullHash = stateHash(fullState);
    const writes: Array<{ hash: number; save: number }> = [];
    for (let i = 0; i < LOADS; i++) {
      // A fresh copy each time: stateHash remembers the digests of objects it has seen, and the
      // worst case is a state none of which was hashed before (as on load, after JSON.parse).
      const fresh = structuredClone(snapshotState);
      const h = await timed(async () => stateHash(fresh));
      const s = await timed(() =>
        store.saveSnapshot(id, { seq: snapshotSeq, eventVersion: EVENT_VERSION, hash: h.value, state: snapshotState }),
      );
      writes.push({ hash: h.ms, save: s.ms });
    }

    const samples = { full: [] as number[], snapshot: [] as number[], read: [] as number[] };
    const read = { full: 0, snapshot: 0 };
    for (let i = 0; i <= LOADS; i++) {
      for (const way of ['full', 'snapshot'] as const) {
        const counter = { events: 0 };
        const { value: room, ms: took } = await timed(() => Room.load(loadingStore(store, way === 'snapshot', counter), id));
        if (room?.hash !== fullHash || room.seq !== head) throw new Error(`${way}: the loaded state differs from the full fold`);
        await room.snapshotsWritten();
        read[way] = counter.events;
        if (i > 0) samples[way].push(took); // load 0 is the warm-up
      }
      // What a full replay spends before folding: SQLite, JSON.parse and upgradeEvent.
      const reading = await timed(() => store.readEvents(id, 0));
      if (i > 0) samples.read.push(reading.ms);
    }
    if (read.snapshot !== TAIL) throw new Error(`the snapshot load read ${read.snapshot} events, expected ${TAIL}`);

    const dbBytes = ['mesa.db', 'mesa.db-wal'].reduce(
      (sum, f) => sum + (fs.statSync(path.join(dir, f), { throwIfNoEntry: false })?.size ?? 0),
      0,
    );
    const snapshotBytes = Buffer.byteLength(JSON.stringify(snapshotState));
    const range = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
    console.log(
      [
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}; ${int(head)} events (${int(EVENTS)} PESTLE), ` +
          `${int(fullState?.pestle.order.length ?? 0)} items on the board, database ${(dbBytes / 1e6).toFixed(1)} MB, snapshot ${(snapshotBytes / 1e6).toFixed(2)} MB of JSON at seq ${int(snapshotSeq)}`,
        '',
        `| Room.load | events read and folded | median ms (of ${LOADS}) | min–max ms |`,
        '|---|---:|---:|---:|',
        `| full replay | ${int(read.full)} | ${ms(median(samples.full))} | ${range(samples.full)} |`,
        `| from the snapshot | ${int(read.snapshot)} | ${ms(median(samples.snapshot))} | ${range(samples.snapshot)} |`,
        `| (readEvents of the whole log alone, no fold) | ${int(head)} | ${ms(median(samples.read))} | ${range(samples.read)} |`,
        '',
        `| writing that snapshot | median ms (of ${LOADS}) |`,
        '|---|---:|',
        `| stateHash (of a state never hashed before) | ${ms(median(writes.map((w) => w.hash)))} |`,
        `| saveSnapshot (JSON + insert + commit) | ${ms(median(writes.map((w) => w.save)))} |`,
      ].join('\n'),
    );
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
