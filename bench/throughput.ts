/**
 * Durable throughput: how many validated, authorised, durably stored mutations per second one
 * Mesa server sustains, and the send → ack latency at each offered rate. Writers are spread
 * over many workshops (a busy server hosts many rooms; in one room every event also goes to
 * every member, which the fan-out bench measures). Each writer adds one PESTLE item and then
 * edits its text, open loop on an absolute schedule. Mesa acks after the commit's fsync.
 *
 *   npm run bench:throughput -- [--rates 2000,4000,6000,8000] [--seconds 10] [--writers 400]
 *                               [--per-workshop 2] [--sync FULL|NORMAL] [--profile] [--no-pin] [--out file.json]
 *
 * --profile writes the server's CPU profile to bench/tmp/prof/throughput-<time>/.
 *
 * Server pinned to CPU 0, this generator re-executes itself pinned to CPU 1; loopback only.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { createWorkshop, type Workshop } from '../server/testing/harness.js';
import { HOST, ROOT } from './fanout/constants.js';
import { dataDirs, openFilesLimit, type ServerOptions, startServer } from './fanout/processes.js';
import { pinOrReexec, runMain, saveResults } from './fanout/entry.js';
import { f1 } from './fanout/report.js';
import { sleep } from './fanout/sleep.js';
import { type Stats, stats } from './fanout/stats.js';
import { cpuMs, machine } from './fanout/system.js';

interface Options extends ServerOptions {
  rates: number[];
  seconds: number;
  writers: number;
  perWorkshop: number;
  out: string | null;
  /** Where to write the server's CPU profile (--profile), or null. */
  profileDir: string | null;
}

interface StepResult {
  offeredPerSecond: number;
  sent: number;
  acked: number;
  rejected: number;
  /** Acks per second over the step, from its first send to its last ack. */
  ackedPerSecond: number;
  ackMs: Stats;
  serverCpuPercent: number;
  generatorCpuPercent: number;
}

function usage(message: string): never {
  console.error(`bench/throughput.ts: ${message}`);
  console.error(
    'usage: npm run bench:throughput -- [--rates 2000,4000,6000,8000] [--seconds 10] [--writers 400] [--per-workshop 2] [--sync FULL|NORMAL] [--profile] [--no-pin] [--out file]',
  );
  process.exit(2);
}

function parse(argv: string[]): Options {
  const o: Options = {
    rates: [2000, 4000, 6000, 8000],
    seconds: 10,
    writers: 400,
    perWorkshop: 2,
    pin: true,
    nice: null,
    sync: 'FULL',
    out: null,
    profileDir: null,
  };
  const num = (flag: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) usage(`${flag} needs a number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--rates') o.rates = (argv[++i] ?? '').split(',').map((s) => num(flag, s, 1));
    else if (flag === '--seconds') o.seconds = num(flag, argv[++i], 1);
    else if (flag === '--writers') o.writers = Math.floor(num(flag, argv[++i], 1));
    else if (flag === '--per-workshop') o.perWorkshop = Math.floor(num(flag, argv[++i], 1));
    else if (flag === '--sync') {
      const s = (argv[++i] ?? '').toUpperCase();
      if (s !== 'FULL' && s !== 'NORMAL') usage('--sync is FULL or NORMAL');
      o.sync = s;
    } else if (flag === '--no-pin') o.pin = false;
    else if (flag === '--profile') o.profileDir = path.join(ROOT, 'bench', 'tmp', 'prof', `throughput-${Date.now()}`);
    else if (flag === '--out') o.out = argv[++i] ?? usage('--out needs a file');
    else usage(`unknown argument ${flag}`);
  }
  // The server allows 50 mutations/s per connection (burst 200): stay under it.
  const perWriter = Math.max(...o.rates) / o.writers;
  if (perWriter > 45)
    usage(`${Math.max(...o.rates)}/s over ${o.writers} writers is ${f1(perWriter)}/s each; the limit is 50: add --writers`);
  return o;
}

/** One connection that writes: its own item, then edits of it. Counts acks; ignores events. */
class Writer {
  readonly ws: WebSocket;
  readonly welcome: Promise<void>;
  private readonly itemId = randomUUID();
  private mutationId = 0;
  private readonly sentAt = new Map<number, number>();
  latencies: number[] = [];
  acked = 0;
  rejected = 0;
  errors: string[] = [];

  constructor(url: string, workshop: Workshop, clientId: string) {
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.welcome = new Promise((resolve, reject) => {
      this.ws.once('error', reject);
      this.ws.on('message', (data: Buffer) => {
        const text = data.toString();
        if (text.startsWith('{"t":"event"')) return;
        const msg = JSON.parse(text) as { t: string; mutationId?: number };
        if (msg.t === 'welcome') resolve();
        else if (msg.t === 'ack') this.onAck(msg.mutationId ?? 0);
        else if (msg.t === 'error' && this.acked === 0 && this.sentAt.size === 0) reject(new Error(`hello refused: ${text}`));
        else if (msg.t === 'reject' || msg.t === 'error') {
          this.rejected += 1;
          if (this.errors.length < 3) this.errors.push(text.slice(0, 200));
        }
      });
    });
    this.ws.on('open', () =>
      this.ws.send(
        JSON.stringify({
          t: 'hello',
          protocol: 1,
          workshopId: workshop.id,
          token: workshop.facilitatorToken,
          clientId,
          lastSeq: 0,
        }),
      ),
    );
  }

  private onAck(mutationId: number): void {
    const at = this.sentAt.get(mutationId);
    if (at === undefined) return;
    this.sentAt.delete(mutationId);
    this.latencies.push(performance.now() - at);
    this.acked += 1;
  }

  send(text: string): void {
    this.mutationId += 1;
    const args =
      this.mutationId === 1
        ? { name: 'pestle.add', args: { id: this.itemId, category: 'economic', kind: 'challenge', text } }
        : { name: 'pestle.edit', args: { id: this.itemId, text } };
    this.sentAt.set(this.mutationId, performance.now());
    this.ws.send(JSON.stringify({ t: 'mutate', mutationId: this.mutationId, ...args }));
  }

  get outstanding(): number {
    return this.sentAt.size;
  }
}

async function step(writers: Writer[], rate: number, seconds: number, serverPid: number): Promise<StepResult> {
  for (const w of writers) {
    w.latencies = [];
    w.acked = 0;
    w.rejected = 0;
  }
  const count = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const cpu0 = cpuMs(serverPid);
  const gen0 = process.cpuUsage();
  const start = performance.now();
  const text = 'y'.repeat(240);
  for (let m = 0; m < count; m++) {
    const wait = start + m * interval - performance.now();
    if (wait > 1) await sleep(wait);
    writers[m % writers.length]?.send(`${m} ${text}`);
  }
  const deadline = performance.now() + 30_000;
  while (writers.some((w) => w.outstanding > 0) && performance.now() < deadline) await sleep(5);
  const wallMs = performance.now() - start;
  const gen = process.cpuUsage(gen0);
  const acked = writers.reduce((a, w) => a + w.acked, 0);
  return {
    offeredPerSecond: rate,
    sent: count,
    acked,
    rejected: writers.reduce((a, w) => a + w.rejected, 0),
    ackedPerSecond: (acked / wallMs) * 1000,
    ackMs: stats(writers.flatMap((w) => w.latencies)),
    serverCpuPercent: ((cpuMs(serverPid) - cpu0) / wallMs) * 100,
    generatorCpuPercent: ((gen.user + gen.system) / 1000 / wallMs) * 100,
  };
}

function table(results: StepResult[]): string {
  const lines = [
    '| offered /s | acked /s | acked / sent | rejected | ack p50 | ack p99 | ack max | server CPU | generator CPU |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.offeredPerSecond} | ${Math.round(r.ackedPerSecond)} | ${r.acked} / ${r.sent} | ${r.rejected} | ${f1(r.ackMs.p50)} ms | ` +
        `${f1(r.ackMs.p99)} ms | ${f1(r.ackMs.max)} ms | ${f1(r.serverCpuPercent)} % | ${f1(r.generatorCpuPercent)} % |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  await pinOrReexec(opts, usage);
  const { soft } = openFilesLimit();
  if (soft < opts.writers + 256) throw new Error(`open files limit is ${soft}: raise it (ulimit -n ${(opts.writers + 256) * 2})`);
  const m = machine();
  console.log(`machine: ${m.nproc} × ${m.cpu}, node ${m.node}; SQLite synchronous=${opts.sync}`);
  const date = new Date().toISOString();
  const dataDir = path.join(ROOT, 'bench', 'tmp', `throughput-${Date.now()}`);
  fs.mkdirSync(dataDir, { recursive: true });
  dataDirs.add(dataDir);
  // Creating hundreds of workshops from one address: lift the per-IP limit on creation.
  const server = await startServer('mesa', opts, dataDir, opts.profileDir, null, { env: { JOINS_PER_MINUTE: '60000' } });
  const results: StepResult[] = [];
  try {
    const base = { url: `http://${HOST}:${server.port}` };
    const workshops: Workshop[] = [];
    for (let i = 0; i < Math.ceil(opts.writers / opts.perWorkshop); i++) workshops.push(await createWorkshop(base, `throughput ${i}`));
    const url = `ws://${HOST}:${server.port}/ws`;
    const writers = Array.from(
      { length: opts.writers },
      (_, i) => new Writer(url, workshops[i % workshops.length] as Workshop, `throughput-${i}`),
    );
    await Promise.all(writers.map((w) => w.welcome));
    console.log(`${writers.length} writers in ${workshops.length} workshops`);
    await step(writers, Math.min(500, opts.rates[0] ?? 500), 2, server.pid); // warm-up, not recorded
    for (const rate of opts.rates) {
      const r = await step(writers, rate, opts.seconds, server.pid);
      results.push(r);
      const errors = writers.flatMap((w) => w.errors).slice(0, 2);
      console.log(
        `offered ${rate}/s: acked ${Math.round(r.ackedPerSecond)}/s (${r.acked}/${r.sent}), ack p50 ${f1(r.ackMs.p50)} p99 ${f1(r.ackMs.p99)} max ${f1(r.ackMs.max)} ms; ` +
          `server CPU ${f1(r.serverCpuPercent)} %${errors.length ? `; ${errors.join(' | ')}` : ''}`,
      );
      await sleep(1000);
    }
    for (const w of writers) w.ws.terminate();
    if (process.env.BENCH_SERVER_OUTPUT) console.log(server.output.join('').split('\n').slice(-8).join('\n'));
  } catch (error) {
    console.error(server.output.join('').split('\n').slice(-20).join('\n'));
    throw error;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  }
  const md = table(results);
  saveResults('throughput', date, opts.out, { date, machine: m, options: opts, results, markdown: md }, md);
}

runMain(main);
