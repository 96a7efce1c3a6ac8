// One run: one target, one N: start the server, connect the clients, send, drain, measure.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { diffHeaps, formatHeap, type HeapSummary } from '../heap-summary.js';
import { formatProfile, type ProfileSummary, summariseProfile } from '../profile-summary.js';
import { type BenchClient, Client, type Role } from './client.js';
import { HocuspocusClient } from './hocuspocus-client.js';
import { HOST, ROOT } from './constants.js';
import type { Options, Target } from './options.js';
import { dataDirs, startServer } from './processes.js';
import { sleep } from './sleep.js';
import { linearFit, type Stats, stats } from './stats.js';
import { cpuMs, cpuTimes, heapSnapshot, rssKb } from './system.js';
import { createWorkshop, type Workshop } from './workshop.js';

export interface RunResult {
  target: Target;
  clients: number;
  repeat: number;
  /** Other processes took more than --max-other % of a CPU in every attempt: read with care. */
  disturbed: boolean;
  senders: number;
  probes: number;
  probePositions: number[];
  seconds: number;
  rate: number;
  sync: string | null;
  sent: number;
  committed: number;
  rejected: number;
  /** Receipt latency at the probes (ms), messages after the warm-up. */
  latencyMs: Stats;
  /** Latency at the probe earliest / latest in the send order. */
  firstProbeMs: Stats;
  lastProbeMs: Stats;
  /** Send to ack at the sender (Mesa: after durable commit and broadcast). */
  ackMs: Stats;
  fit: { interceptMs: number; slopeUsPerConnection: number };
  /** Frames the probes and sinks should have had but did not. */
  lostFrames: number;
  clientsMissingFrames: number;
  closedEarly: number;
  /** --slow: how many clients stopped reading, and how many of those the server cut off. */
  slow: { clients: number; cutOff: number };
  eventFrameBytes: number;
  connectSeconds: number;
  serverCpu: { ms: number; wallMs: number; percentOfCore: number; msPerEvent: number };
  serverRssKb: { beforeConnections: number; afterConnections: number; afterRun: number; kbPerConnection: number };
  generator: { cpuPercentOfCore: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
  /**
   * Busy % of each CPU during the send window, and what of it was neither the server (CPU 0)
   * nor this generator (CPU 1): other processes on a shared machine disturb the numbers.
   */
  machineCpu: { busyPercent: number[]; irqPercent: number[]; otherOnServerCpuPercent: number; otherOnGeneratorCpuPercent: number };
  /** Per message: [sent at ms after the first send, lowest and highest probe latency, ack latency]. */
  perMessage: Array<[number, number, number, number]>;
  /** The send window in CLOCK_MONOTONIC µs (a CPU profile's clock). */
  windowUs: [number, number];
  /** With --profile: where the server's time went during the send window. */
  profile?: ProfileSummary;
  /** With --heap: what the heap gained between "senders connected" and "all connected, run done". */
  heap?: HeapSummary;
  /** Samples pooled over repeats in the summary; not written to the JSON. */
  raw: { points: Array<[number, number]>; ack: number[]; first: number[]; last: number[] };
}

/** Probe positions spread evenly over [first, last] of the connection order. */
function probePositions(first: number, last: number, count: number): Set<number> {
  const positions = new Set<number>();
  const n = Math.min(count, last - first + 1);
  for (let k = 0; k < n; k++) positions.add(first + Math.round((k * (last - first)) / Math.max(1, n - 1)));
  return positions;
}

export async function run(target: Target, total: number, repeat: number, opts: Options, runTag: string): Promise<RunResult> {
  const dataDir = path.join(ROOT, 'bench', 'tmp', `${runTag}-${target}-${total}-${repeat}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  dataDirs.add(dataDir);
  const profileDir = opts.profile ? path.join(ROOT, 'bench', 'tmp', 'prof', `${runTag}-${target}-${total}-${repeat}`) : null;
  const heapDir = opts.heap ? path.join(ROOT, 'bench', 'tmp', 'heap', `${runTag}-${target}-${total}-${repeat}`) : null;
  const server = await startServer(target, opts, dataDir, profileDir, heapDir);
  const snapshots: string[] = [];
  if (heapDir) fs.mkdirSync(heapDir, { recursive: true });
  const clients: BenchClient[] = [];
  let result: RunResult;
  try {
    const workshop: Workshop =
      target === 'mesa' ? await createWorkshop(server.port) : { id: randomUUID(), writerToken: 'w', observerToken: 'o', head: 3 };
    // Hocuspocus takes any path; it names the document inside each message.
    const url = `ws://${HOST}:${server.port}${target === 'hocuspocus' ? '/' : '/ws'}`;
    // 50 mutations/s per connection with a burst of 200: keep each sender well under it.
    const senders = Math.min(total - 1, Math.max(1, Math.ceil(opts.rate / 25)));
    const probes = probePositions(senders, total - 1, opts.probes);
    const sendTimes: number[] = [];
    const hello = (i: number, token: string) => ({
      t: 'hello',
      protocol: 1,
      workshopId: workshop.id,
      token,
      clientId: `bench-${runTag}-${i}`.slice(0, 64),
      lastSeq: opts.snapshot ? 0 : workshop.head,
    });
    const open = (i: number): BenchClient => {
      const role: Role = i < senders ? 'sender' : probes.has(i) ? 'probe' : 'sink';
      const token = role === 'sender' ? workshop.writerToken : workshop.observerToken;
      const c: BenchClient =
        target === 'hocuspocus'
          ? new HocuspocusClient(url, i, role, token, sendTimes)
          : new Client(url, i, role, hello(i, token), sendTimes);
      clients.push(c);
      return c;
    };

    // The senders first: they load the room, so "before" memory includes it.
    for (let i = 0; i < senders; i++) await open(i).welcome;
    await sleep(500);
    if (heapDir) snapshots.push(await heapSnapshot(server.pid, heapDir));
    const rssBefore = rssKb(server.pid);
    const connectStart = performance.now();
    // Batches: a handshake storm of thousands at once times out on one core.
    for (let start = senders; start < total; start += opts.batch) {
      const batch: BenchClient[] = [];
      for (let i = start; i < Math.min(total, start + opts.batch); i++) batch.push(open(i));
      await Promise.all(batch.map((c) => c.welcome));
    }
    const connectSeconds = (performance.now() - connectStart) / 1000;
    // Slow phones: sinks spread over the send order that stop reading. They are left out of the
    // loss count (they are meant to fall behind, and may be cut off).
    const sinks = clients.filter((c) => c.role === 'sink');
    const slow = new Set(
      Array.from({ length: Math.min(opts.slow, sinks.length) }, (_, k) => sinks[Math.floor((k * sinks.length) / opts.slow)]),
    );
    for (const c of slow) c?.pauseReading();
    await sleep(opts.settle * 1000);
    const rssAfter = rssKb(server.pid);

    // Send at a fixed rate, open loop: a late timer sends late, it never skips or bunches up.
    const count = Math.max(1, Math.round(opts.seconds * opts.rate));
    const interval = 1000 / opts.rate;
    const writers = clients.slice(0, senders);
    const ackAt = new Map<string, number>();
    const ackLatency: number[] = [];
    const sentAtByKey = new Map<string, number>();
    for (const w of writers) {
      w.onAck = (mutationId, at) => {
        const key = `${w.index}:${mutationId}`;
        const sentAt = sentAtByKey.get(key);
        if (sentAt !== undefined) ackLatency.push(at - sentAt);
        ackAt.set(key, at);
      };
    }
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const machine0 = cpuTimes();
    const genCpu0 = process.cpuUsage();
    const cpu0 = cpuMs(server.pid);
    const wall0 = performance.now();
    const windowStartUs = Number(process.hrtime.bigint() / 1000n);
    const mutationIds = writers.map(() => 0);
    for (let m = 0; m < count; m++) {
      const wait = wall0 + m * interval - performance.now();
      if (wait > 0) await sleep(wait);
      const k = m % writers.length;
      const w = writers[k];
      if (!w) continue;
      const mutationId = (mutationIds[k] ?? 0) + 1;
      mutationIds[k] = mutationId;
      sentAtByKey.set(`${w.index}:${mutationId}`, w.sendAdd(mutationId, m));
    }
    // Drain: wait until every client has every committed event (or give up after 10 s).
    const drainDeadline = performance.now() + 10_000;
    const committed = () => writers.reduce((a, w) => a + w.acks, 0);
    const rejected = () => writers.reduce((a, w) => a + w.rejects, 0);
    const complete = () => {
      const c = committed();
      if (c + rejected() < count) return false;
      return clients.every((cl) => cl.closedEarly || slow.has(cl) || (cl.role === 'sender' ? cl.events >= c : cl.frames >= c));
    };
    while (!complete() && performance.now() < drainDeadline) await sleep(20);
    const lastReceipt = performance.now();
    const windowEndUs = Number(process.hrtime.bigint() / 1000n);
    const cpu1 = cpuMs(server.pid);
    const genCpu = process.cpuUsage(genCpu0);
    const machine1 = cpuTimes();
    const share = (pick: (t: { busy: number; irq: number; total: number }) => number) =>
      machine1.map((t, i) => {
        const t0 = machine0[i] ?? { busy: 0, irq: 0, total: 0 };
        return ((pick(t) - pick(t0)) / Math.max(1, t.total - t0.total)) * 100;
      });
    const busyPercent = share((t) => t.busy);
    const irqPercent = share((t) => t.irq);
    loop.disable();
    const wallMs = lastReceipt - wall0;
    const rssEnd = rssKb(server.pid);
    // After the measurement: a snapshot stops the server for seconds.
    if (heapDir) snapshots.push(await heapSnapshot(server.pid, heapDir));

    const c = committed();
    let lost = 0;
    let missing = 0;
    for (const cl of clients) {
      if (slow.has(cl)) continue;
      const got = cl.role === 'sender' ? cl.events : cl.frames;
      if (got < c) {
        lost += c - got;
        missing += 1;
      }
    }
    const warm = Math.floor(opts.warmup * opts.rate);
    const probeClients = clients.filter((cl) => cl.role === 'probe');
    const all: number[] = [];
    const points: Array<[number, number]> = [];
    for (const p of probeClients) {
      for (const [index, ms] of p.samples) {
        if (index < warm) continue;
        all.push(ms);
        points.push([p.index, ms]);
      }
    }
    const perMessage: Array<[number, number, number, number]> = [];
    for (let m = 0; m < count; m++) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const p of probeClients) {
        for (const [index, ms] of p.samples) {
          if (index !== m) continue;
          lo = Math.min(lo, ms);
          hi = Math.max(hi, ms);
        }
      }
      const w = writers[m % writers.length];
      const key = `${w?.index}:${Math.floor(m / writers.length) + 1}`;
      const sentAt = sentAtByKey.get(key) ?? Number.NaN;
      const round = (x: number) => Math.round(x * 100) / 100;
      perMessage.push([
        round(sendTimes[m] !== undefined ? (sendTimes[m] ?? 0) - wall0 : Number.NaN),
        round(lo),
        round(hi),
        round((ackAt.get(key) ?? Number.NaN) - sentAt),
      ]);
    }
    const firstProbe = probeClients[0];
    const lastProbe = probeClients.at(-1);
    const after = (p: BenchClient | undefined) => (p ? p.samples.filter(([i]) => i >= warm).map(([, ms]) => ms) : []);
    result = {
      target,
      clients: total,
      repeat,
      disturbed: false,
      senders,
      probes: probeClients.length,
      probePositions: probeClients.map((p) => p.index),
      seconds: opts.seconds,
      rate: opts.rate,
      sync: target === 'mesa' ? opts.sync : null,
      sent: count,
      committed: c,
      rejected: rejected(),
      latencyMs: stats(all),
      firstProbeMs: stats(after(firstProbe)),
      lastProbeMs: stats(after(lastProbe)),
      ackMs: stats(ackLatency),
      fit: linearFit(points),
      lostFrames: lost,
      clientsMissingFrames: missing,
      closedEarly: clients.filter((cl) => cl.closedEarly && !slow.has(cl)).length,
      slow: { clients: slow.size, cutOff: [...slow].filter((cl) => cl?.closedEarly).length },
      eventFrameBytes: probeClients[0]?.frameBytes ?? 0,
      connectSeconds,
      serverCpu: { ms: cpu1 - cpu0, wallMs, percentOfCore: ((cpu1 - cpu0) / wallMs) * 100, msPerEvent: (cpu1 - cpu0) / Math.max(1, c) },
      serverRssKb: {
        beforeConnections: rssBefore,
        afterConnections: rssAfter,
        afterRun: rssEnd,
        kbPerConnection: (rssAfter - rssBefore) / (total - senders),
      },
      generator: {
        cpuPercentOfCore: ((genCpu.user + genCpu.system) / 1000 / wallMs) * 100,
        loopDelayP99Ms: loop.percentile(99) / 1e6,
        loopDelayMaxMs: loop.max / 1e6,
      },
      machineCpu: {
        busyPercent: busyPercent.map((b) => Math.round(b * 10) / 10),
        irqPercent: irqPercent.map((b) => Math.round(b * 10) / 10),
        // The softirq work of loopback TCP is mostly charged to the process that caused it too
        // (measured: subtracting it as well goes negative), so only the process is subtracted.
        otherOnServerCpuPercent: Math.max(0, (busyPercent[0] ?? 0) - ((cpu1 - cpu0) / wallMs) * 100),
        otherOnGeneratorCpuPercent: Math.max(0, (busyPercent[1] ?? 0) - ((genCpu.user + genCpu.system) / 1000 / wallMs) * 100),
      },
      perMessage,
      windowUs: [windowStartUs, windowEndUs],
      raw: { points, ack: ackLatency, first: after(firstProbe), last: after(lastProbe) },
    };
  } catch (error) {
    const tail = server.output.join('').split('\n').slice(-20).join('\n');
    if (tail.trim()) console.error(`--- ${target} server output (tail) ---\n${tail}`);
    throw error;
  } finally {
    for (const c of clients) c.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  }
  const [before, after] = snapshots;
  if (before && after) {
    result.heap = diffHeaps(before, after, 30);
    console.log(`\n${formatHeap(result.heap, total - result.senders)}\n`);
  }
  if (profileDir) {
    // The main thread's profile is CPU.<date>.<time>.<pid>.0.<n>.cpuprofile (thread 1 is tsx's loader).
    const file = fs.readdirSync(profileDir).find((f) => f.includes(`.${server.pid}.0.`) && f.endsWith('.cpuprofile'));
    if (file) {
      result.profile = summariseProfile(path.join(profileDir, file), result.windowUs[0], result.windowUs[1], result.committed);
      console.log(`\n${formatProfile(result.profile)}\n`);
    } else console.error(`no CPU profile found in ${profileDir}`);
  }
  return result;
}
