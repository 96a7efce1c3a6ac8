/**
 * Fan-out benchmark: N WebSocket clients in one workshop, PESTLE adds at a fixed total rate,
 * latency from send to receipt at a few probe clients, against a bare `ws` relay (the floor,
 * bench/floor-server.ts) in the same run. See bench/README.md.
 *
 *   npm run bench -- [--clients 100,1000,2000] [--seconds 15] [--rate 10] [--probes 20]
 *                    [--targets floor,mesa] [--repeat 2] [--max-other 15] [--attempts 4] [--nice -10]
 *                    [--batch 100] [--settle 3] [--warmup 1] [--sync FULL|NORMAL] [--snapshot]
 *                    [--profile] [--heap] [--no-pin] [--out file.json]
 *
 * The server runs pinned to CPU 0 (`taskset -c 0`), this load generator re-executes itself
 * pinned to CPU 1, both on loopback only. Every child is killed at the end, on error and on
 * SIGINT/SIGTERM.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { diffHeaps, formatHeap, type HeapSummary } from './heap-summary.js';
import { formatProfile, type ProfileSummary, summariseProfile } from './profile-summary.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const HOST = '127.0.0.1';
const PINNED_ENV = 'MESA_BENCH_PINNED';
const CLK_TCK = 100; // sysconf(_SC_CLK_TCK) on Linux; checked against `getconf CLK_TCK` at start.
const TEXT_BYTES = 250;
const CATEGORIES = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'] as const;
const KINDS = ['state', 'challenge', 'advance', 'opportunity', 'disadvantage'] as const;

// ---------------------------------------------------------------------------------------------
// Options

type Target = 'mesa' | 'floor';

interface Options {
  clients: number[];
  seconds: number;
  rate: number;
  probes: number;
  targets: Target[];
  batch: number;
  settle: number;
  warmup: number;
  sync: 'FULL' | 'NORMAL';
  snapshot: boolean;
  profile: boolean;
  heap: boolean;
  pin: boolean;
  out: string | null;
  repeat: number;
  /** A run during which other processes used more than this % of either CPU is discarded and run again. */
  maxOther: number;
  attempts: number;
  /** Nice value for the server and the generator (negative needs root); null leaves it. */
  nice: number | null;
}

function usage(message: string): never {
  console.error(`bench/fanout.ts: ${message}`);
  console.error(
    'usage: npm run bench -- [--clients 100,1000,2000] [--seconds 15] [--rate 10] [--probes 20] [--targets floor,mesa]\n' +
      '                        [--repeat 2] [--max-other 15] [--attempts 4] [--nice -10] [--batch 100] [--settle 3] [--warmup 1] [--sync FULL|NORMAL] [--snapshot] [--profile] [--heap] [--no-pin] [--out file]',
  );
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    clients: [100, 1000, 2000],
    seconds: 15,
    rate: 10,
    probes: 20,
    targets: ['floor', 'mesa'],
    batch: 100,
    settle: 3,
    warmup: 1,
    sync: 'FULL',
    snapshot: false,
    profile: false,
    heap: false,
    pin: true,
    out: null,
    repeat: 2,
    maxOther: 15,
    attempts: 4,
    nice: null,
  };
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < min) usage(`${name} needs a number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--clients':
        o.clients = (value() ?? '').split(',').map((s) => num('--clients', s.trim(), 2));
        break;
      case '--seconds':
        o.seconds = num(flag, value(), 1);
        break;
      case '--rate':
        o.rate = num(flag, value(), 0.1);
        break;
      case '--probes':
        o.probes = Math.floor(num(flag, value(), 1));
        break;
      case '--targets': {
        const t = (value() ?? '').split(',').map((s) => s.trim());
        if (t.length === 0 || t.some((x) => x !== 'mesa' && x !== 'floor')) usage('--targets is a list of mesa,floor');
        o.targets = t as Target[];
        break;
      }
      case '--repeat':
        o.repeat = Math.floor(num(flag, value(), 1));
        break;
      case '--max-other':
        o.maxOther = num(flag, value(), 0);
        break;
      case '--nice': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < -20 || v > 19) usage('--nice needs a whole number from -20 to 19');
        o.nice = v;
        break;
      }
      case '--attempts':
        o.attempts = Math.floor(num(flag, value(), 1));
        break;
      case '--batch':
        o.batch = Math.floor(num(flag, value(), 1));
        break;
      case '--settle':
        o.settle = num(flag, value(), 0);
        break;
      case '--warmup':
        o.warmup = num(flag, value(), 0);
        break;
      case '--sync': {
        const s = (value() ?? '').toUpperCase();
        if (s !== 'FULL' && s !== 'NORMAL') usage('--sync is FULL or NORMAL');
        o.sync = s;
        break;
      }
      case '--snapshot':
        o.snapshot = true;
        break;
      case '--profile':
        o.profile = true;
        break;
      case '--heap':
        o.heap = true;
        break;
      case '--no-pin':
        o.pin = false;
        break;
      case '--out':
        o.out = value() ?? usage('--out needs a file');
        break;
      case '--help':
      case '-h':
        usage('help');
        break;
      default:
        usage(`unknown argument ${arg}`);
    }
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Processes: pinning, fd limit, children that never outlive the benchmark

function openFilesLimit(): { soft: number; hard: number } {
  const line = fs
    .readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const parts = line?.split(/\s+/) ?? [];
  const parse = (s: string | undefined) => (s === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(s));
  return { soft: parse(parts[3]), hard: parse(parts[4]) };
}

/**
 * Re-executes this script pinned to CPU 1 with the soft fd limit raised to the hard one
 * (`ulimit -n` is per process and inherited, so the server children get it too).
 */
function reexecPinned(nice: number | null): Promise<number> {
  const { hard } = openFilesLimit();
  const limit = hard === Number.MAX_SAFE_INTEGER ? 'unlimited' : String(hard);
  const script = `ulimit -n "$0" 2>/dev/null || true; exec ${nice !== null ? `nice -n ${nice - os.getPriority()} ` : ''}taskset -c 1 "$@"`;
  const child = spawn('sh', ['-c', script, limit, process.execPath, ...process.execArgv, process.argv[1] ?? '', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [PINNED_ENV]: '1' },
  });
  // Ctrl-C reaches the whole process group; the child cleans up and exits, then so do we.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

const children = new Set<ChildProcess>();
/** Data directories of running servers, removed on exit whatever happens. */
const dataDirs = new Set<string>();

function killAll(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

process.on('exit', () => {
  killAll();
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (process.env[PINNED_ENV] !== '1') return;
    console.error(`\n${signal}: killing servers`);
    killAll();
    process.exit(130);
  });
}

interface Server {
  target: Target;
  port: number;
  pid: number;
  child: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, HOST, () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(
  target: Target,
  opts: Options,
  dataDir: string,
  profileDir: string | null,
  heapDir: string | null,
): Promise<Server> {
  const port = await freePort();
  const entry = target === 'mesa' ? path.join(ROOT, 'server', 'main.ts') : path.join(ROOT, 'bench', 'floor-server.ts');
  const nodeArgs = [
    '--import',
    'tsx',
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ...(heapDir ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${heapDir}`] : []),
    entry,
  ];
  const pinned = opts.pin ? ['taskset', '-c', '0', process.execPath, ...nodeArgs] : [process.execPath, ...nodeArgs];
  // `nice -n` is relative to our own niceness; the server gets exactly --nice.
  const [command = 'node', ...args] = opts.nice !== null ? ['nice', '-n', String(opts.nice - os.getPriority()), ...pinned] : pinned;
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      [PINNED_ENV]: '',
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      SQLITE_SYNCHRONOUS: opts.sync,
      // API and WebSocket only: a built web app (or a half-built one) is not what is measured.
      WEB_DIR: path.join(dataDir, 'no-web'),
    },
  });
  children.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the ${target} server`);
  const server: Server = {
    target,
    port,
    pid,
    child,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${target} server exited before it was ready:\n${output.join('')}`);
    }
    try {
      const res = await fetch(`http://${HOST}:${port}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${target} server not ready after 30 s:\n${output.join('')}`);
    }
    await sleep(100);
  }
  return server;
}

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, i.e. 11 and 12 after "(comm) ".
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

/** Busy, interrupt (irq + softirq, where loopback TCP receive work is counted) and total jiffies of each CPU, from /proc/stat. */
function cpuTimes(): Array<{ busy: number; irq: number; total: number }> {
  return fs
    .readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((l) => /^cpu\d+ /.test(l))
    .map((l) => {
      const v = l.trim().split(/\s+/).slice(1).map(Number);
      const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
      return { busy: total - (v[3] ?? 0) - (v[4] ?? 0), irq: (v[5] ?? 0) + (v[6] ?? 0), total };
    });
}

/**
 * Waits (up to `timeoutMs`) until neither CPU is busier than `maxBusy` % over one second:
 * on a shared machine, other people's browser tests otherwise land in the middle of a run.
 */
async function waitForQuiet(maxBusy: number, timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let said = false;
  for (;;) {
    const a = cpuTimes();
    await sleep(1000);
    const b = cpuTimes();
    const busy = b.map((t, i) => ((t.busy - (a[i]?.busy ?? 0)) / Math.max(1, t.total - (a[i]?.total ?? 0))) * 100);
    if (busy.every((x) => x <= maxBusy) || Date.now() > deadline) {
      if (said) process.stdout.write(' ');
      return busy;
    }
    if (!said) process.stdout.write(`(machine busy: ${busy.map((x) => `${x.toFixed(0)} %`).join(' / ')}, waiting) `);
    said = true;
  }
}

/** Makes the server write a heap snapshot (it runs with --heapsnapshot-signal) and waits until it is complete. */
async function heapSnapshot(pid: number, dir: string): Promise<string> {
  const existing = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + 120_000;
  let last = -1;
  while (Date.now() < deadline) {
    await sleep(500);
    const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.heapsnapshot') && !existing.has(f)) : undefined;
    if (!file) continue;
    const full = path.join(dir, file);
    const size = fs.statSync(full).size;
    // Complete when the size stops changing and the JSON is closed.
    if (size === last && size > 0) {
      const fd = fs.openSync(full, 'r');
      const tail = Buffer.alloc(16);
      fs.readSync(fd, tail, 0, 16, Math.max(0, size - 16));
      fs.closeSync(fd);
      if (tail.toString().trimEnd().endsWith('}')) return full;
    }
    last = size;
  }
  throw new Error(`no heap snapshot from ${pid} in ${dir}`);
}

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = status.match(/^VmRSS:\s+(\d+)\s+kB/m);
  return match ? Number(match[1]) : Number.NaN;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Clients

type Role = 'sender' | 'probe' | 'sink';

interface Workshop {
  id: string;
  writerToken: string;
  observerToken: string;
  /** The seq a client that is up to date has (lastSeq in its hello). */
  head: number;
}

class Client {
  readonly ws: WebSocket;
  welcomed = false;
  /** Frames after the welcome: events for probes and sinks; events + acks for senders. */
  frames = 0;
  events = 0;
  acks = 0;
  rejects = 0;
  closedEarly = false;
  /** Set before we close it ourselves, so that close is not counted as a loss. */
  closing = false;
  frameBytes = 0;
  /** Probe samples: [message index, latency ms]. */
  readonly samples: Array<[number, number]> = [];
  private welcomeResolve: (() => void) | null = null;
  private welcomeReject: ((e: Error) => void) | null = null;
  readonly welcome: Promise<void>;
  onAck: ((mutationId: number, at: number) => void) | null = null;

  constructor(
    url: string,
    readonly index: number,
    readonly role: Role,
    hello: Record<string, unknown>,
    private readonly sendTimes: number[],
  ) {
    this.welcome = new Promise((resolve, reject) => {
      this.welcomeResolve = resolve;
      this.welcomeReject = reject;
    });
    this.ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true, handshakeTimeout: 30_000 });
    this.ws.on('open', () => this.ws.send(JSON.stringify(hello)));
    this.ws.on('error', (error) => this.welcomeReject?.(error));
    this.ws.on('close', (code) => {
      if (!this.closing) this.closedEarly = true;
      this.welcomeReject?.(new Error(`closed ${code} before welcome`));
    });
    if (role === 'sink') this.ws.on('message', () => this.onSink());
    else if (role === 'probe') this.ws.on('message', (data: Buffer) => this.onProbe(data));
    else this.ws.on('message', (data: Buffer) => this.onSender(data));
  }

  private markWelcomed(): void {
    this.welcomed = true;
    this.welcomeResolve?.();
    this.welcomeResolve = null;
    this.welcomeReject = null;
  }

  /** Sinks must stay cheap: count frames, never parse them. The first frame is the welcome. */
  private onSink(): void {
    if (this.welcomed) this.frames += 1;
    else this.markWelcomed();
  }

  private onProbe(data: Buffer): void {
    const now = performance.now();
    if (!this.welcomed) return this.checkWelcome(data);
    this.frames += 1;
    const msg = JSON.parse(data.toString()) as { t: string; e?: { data?: { text?: string } } };
    if (msg.t !== 'event') return;
    this.events += 1;
    this.frameBytes = data.length;
    const text = msg.e?.data?.text ?? '';
    // The text starts with "b<index> <send time in ms from performance.now()> ".
    const [tag, stamp] = text.split(' ', 2);
    const index = Number(tag?.slice(1));
    const sentAt = Number(stamp);
    if (Number.isFinite(index) && Number.isFinite(sentAt)) this.samples.push([index, now - sentAt]);
  }

  private onSender(data: Buffer): void {
    const now = performance.now();
    if (!this.welcomed) return this.checkWelcome(data);
    this.frames += 1;
    const msg = JSON.parse(data.toString()) as { t: string; mutationId?: number; code?: string };
    if (msg.t === 'event') this.events += 1;
    else if (msg.t === 'ack') {
      this.acks += 1;
      this.onAck?.(msg.mutationId ?? 0, now);
    } else if (msg.t === 'reject' || msg.t === 'error') {
      this.rejects += 1;
      if (this.rejects <= 3) console.error(`  sender ${this.index}: ${data.toString().slice(0, 200)}`);
    }
  }

  private checkWelcome(data: Buffer): void {
    const msg = JSON.parse(data.toString()) as { t: string };
    if (msg.t === 'welcome') this.markWelcomed();
    else this.welcomeReject?.(new Error(`expected welcome, got ${data.toString().slice(0, 200)}`));
  }

  /** Sends one PESTLE add carrying its send time; returns the send time. */
  sendAdd(mutationId: number, messageIndex: number): number {
    const category = CATEGORIES[messageIndex % CATEGORIES.length] ?? 'social';
    const kind = KINDS[messageIndex % KINDS.length] ?? 'challenge';
    const sentAt = performance.now();
    const head = `b${messageIndex} ${sentAt.toFixed(3)} `;
    const text = head + 'x'.repeat(Math.max(0, TEXT_BYTES - head.length));
    this.sendTimes[messageIndex] = sentAt;
    this.ws.send(JSON.stringify({ t: 'mutate', mutationId, name: 'pestle.add', args: { id: randomUUID(), category, kind, text } }));
    return sentAt;
  }

  close(): void {
    this.closing = true;
    this.ws.terminate();
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

interface Stats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  min: number;
}

function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number) =>
    v.length === 0 ? Number.NaN : (v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))] ?? Number.NaN);
  const sum = v.reduce((a, b) => a + b, 0);
  return {
    n: v.length,
    mean: v.length ? sum / v.length : Number.NaN,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    max: v.at(-1) ?? Number.NaN,
    min: v[0] ?? Number.NaN,
  };
}

/** Least squares latency = intercept + slope × position in the send order. */
function linearFit(points: Array<[number, number]>): { interceptMs: number; slopeUsPerConnection: number } {
  const n = points.length;
  if (n < 2) return { interceptMs: Number.NaN, slopeUsPerConnection: Number.NaN };
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { interceptMs: (sy - slope * sx) / n, slopeUsPerConnection: slope * 1000 };
}

// ---------------------------------------------------------------------------------------------
// One run: one target, one N

interface RunResult {
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

async function createWorkshop(port: number): Promise<Workshop> {
  const res = await fetch(`http://${HOST}:${port}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ templateId: 'crm-group4', title: 'bench', language: 'es' }),
  });
  if (res.status !== 201) throw new Error(`POST /api/workshops: ${res.status} ${await res.text()}`);
  const w = (await res.json()) as { id: string; facilitatorToken: string; projectorToken: string };
  const state = await fetch(`http://${HOST}:${port}/api/workshops/${w.id}/state`, {
    headers: { authorization: `Bearer ${w.facilitatorToken}` },
  });
  if (!state.ok) throw new Error(`GET state: ${state.status}`);
  const { seq } = (await state.json()) as { seq: number };
  return { id: w.id, writerToken: w.facilitatorToken, observerToken: w.projectorToken, head: seq };
}

/** Probe positions spread evenly over [first, last] of the connection order. */
function probePositions(first: number, last: number, count: number): Set<number> {
  const positions = new Set<number>();
  const n = Math.min(count, last - first + 1);
  for (let k = 0; k < n; k++) positions.add(first + Math.round((k * (last - first)) / Math.max(1, n - 1)));
  return positions;
}

async function run(target: Target, total: number, repeat: number, opts: Options, runTag: string): Promise<RunResult> {
  const dataDir = path.join(ROOT, 'bench', 'tmp', `${runTag}-${target}-${total}-${repeat}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  dataDirs.add(dataDir);
  const profileDir = opts.profile ? path.join(ROOT, 'bench', 'tmp', 'prof', `${runTag}-${target}-${total}-${repeat}`) : null;
  const heapDir = opts.heap ? path.join(ROOT, 'bench', 'tmp', 'heap', `${runTag}-${target}-${total}-${repeat}`) : null;
  const server = await startServer(target, opts, dataDir, profileDir, heapDir);
  const snapshots: string[] = [];
  if (heapDir) fs.mkdirSync(heapDir, { recursive: true });
  const clients: Client[] = [];
  let result: RunResult;
  try {
    const workshop: Workshop =
      target === 'mesa' ? await createWorkshop(server.port) : { id: randomUUID(), writerToken: 'w', observerToken: 'o', head: 3 };
    const url = `ws://${HOST}:${server.port}/ws`;
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
    const open = (i: number): Client => {
      const role: Role = i < senders ? 'sender' : probes.has(i) ? 'probe' : 'sink';
      const c = new Client(url, i, role, hello(i, role === 'sender' ? workshop.writerToken : workshop.observerToken), sendTimes);
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
      const batch: Client[] = [];
      for (let i = start; i < Math.min(total, start + opts.batch); i++) batch.push(open(i));
      await Promise.all(batch.map((c) => c.welcome));
    }
    const connectSeconds = (performance.now() - connectStart) / 1000;
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
      return clients.every((cl) => cl.closedEarly || (cl.role === 'sender' ? cl.events >= c : cl.frames >= c));
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
    const after = (p: Client | undefined) => (p ? p.samples.filter(([i]) => i >= warm).map(([, ms]) => ms) : []);
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
      closedEarly: clients.filter((cl) => cl.closedEarly).length,
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

// ---------------------------------------------------------------------------------------------
// Report

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');

function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? 'unknown';
  const mhz = cpuinfo.match(/^cpu MHz\s*:\s*(.+)$/m)?.[1] ?? '';
  const nproc = spawnSync('nproc', ['--all'], { encoding: 'utf8' }).stdout.trim();
  return {
    nproc: Number(nproc),
    cpu: model,
    mhz: Number(mhz),
    node: process.version,
    kernel: fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim(),
  };
}

interface Summary {
  clients: number;
  target: Target;
  repeats: number;
  latencyMs: Stats;
  /** p99 of each repeat alone: the spread says how much to trust one run. */
  p99PerRepeat: number[];
  firstProbeP50: number;
  lastProbeP50: number;
  ackMs: Stats;
  fit: { interceptMs: number; slopeUsPerConnection: number };
  lostFrames: number;
  closedEarly: number;
  serverCpuPercent: number;
  serverCpuMsPerEvent: number;
  kbPerConnection: number;
  eventFrameBytes: number;
  generatorCpuPercent: number;
  generatorLoopDelayP99Ms: number;
  otherCpuPercent: number;
  /** Runs kept although other processes disturbed them (every attempt was disturbed). */
  disturbedRuns: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function summarise(results: RunResult[], clients: number, target: Target): Summary | null {
  const runs = results.filter((r) => r.clients === clients && r.target === target);
  if (runs.length === 0) return null;
  const points = runs.flatMap((r) => r.raw.points);
  return {
    clients,
    target,
    repeats: runs.length,
    latencyMs: stats(points.map(([, ms]) => ms)),
    p99PerRepeat: runs.map((r) => r.latencyMs.p99),
    firstProbeP50: stats(runs.flatMap((r) => r.raw.first)).p50,
    lastProbeP50: stats(runs.flatMap((r) => r.raw.last)).p50,
    ackMs: stats(runs.flatMap((r) => r.raw.ack)),
    fit: linearFit(points),
    lostFrames: runs.reduce((a, r) => a + r.lostFrames, 0),
    closedEarly: runs.reduce((a, r) => a + r.closedEarly, 0),
    serverCpuPercent: mean(runs.map((r) => r.serverCpu.percentOfCore)),
    serverCpuMsPerEvent: mean(runs.map((r) => r.serverCpu.msPerEvent)),
    kbPerConnection: mean(runs.map((r) => r.serverRssKb.kbPerConnection)),
    eventFrameBytes: runs[0]?.eventFrameBytes ?? 0,
    generatorCpuPercent: Math.max(...runs.map((r) => r.generator.cpuPercentOfCore)),
    generatorLoopDelayP99Ms: Math.max(...runs.map((r) => r.generator.loopDelayP99Ms)),
    disturbedRuns: runs.filter((r) => r.disturbed).length,
    otherCpuPercent: Math.max(...runs.map((r) => Math.max(r.machineCpu.otherOnServerCpuPercent, r.machineCpu.otherOnGeneratorCpuPercent))),
  };
}

function markdown(summaries: Summary[], opts: Options, date: string): string {
  const m = machine();
  const lines: string[] = [];
  lines.push(
    `Fan-out, ${date}: ${opts.rate} PESTLE adds/s for ${opts.seconds} s per run, ${opts.repeat} run(s) per N and target (samples pooled), ` +
      `${opts.probes} probes; server ${opts.pin ? 'on CPU 0, load on CPU 1' : 'not pinned'}; ${m.nproc} × ${m.cpu} (${m.mhz} MHz), Node ${m.node}; ` +
      `Mesa SQLite synchronous=${opts.sync}. Latency in ms from send to receipt.`,
  );
  lines.push('');
  lines.push(
    '| N | target | p50 | p95 | p99 | max | p99 of each run | first / last probe p50 | ack p50 / p99 | lost | server CPU | CPU ms/event | KB/conn | frame B |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of summaries) {
    lines.push(
      `| ${r.clients} | ${r.target} | ${f1(r.latencyMs.p50)} | ${f1(r.latencyMs.p95)} | ${f1(r.latencyMs.p99)} | ${f1(r.latencyMs.max)} | ` +
        `${r.p99PerRepeat.map(f1).join(', ')} | ${f1(r.firstProbeP50)} / ${f1(r.lastProbeP50)} | ${f1(r.ackMs.p50)} / ${f1(r.ackMs.p99)} | ` +
        `${r.lostFrames}${r.closedEarly ? ` (${r.closedEarly} closed)` : ''} | ${f1(r.serverCpuPercent)} % | ${f2(r.serverCpuMsPerEvent)} | ` +
        `${f1(r.kbPerConnection)} | ${r.eventFrameBytes} |`,
    );
  }
  lines.push('');
  lines.push(
    '| N | mesa/floor p50 | mesa/floor p99 | mesa p99 ≤ 50 ms | mesa p99 ≤ 1.2× floor | fit mesa: fixed ms + µs/conn | fit floor | generator CPU / loop p99 | other CPU load |',
  );
  lines.push('|---:|---:|---:|---|---|---|---|---|---:|');
  for (const n of opts.clients) {
    const mesa = summaries.find((r) => r.clients === n && r.target === 'mesa');
    const floor = summaries.find((r) => r.clients === n && r.target === 'floor');
    if (!mesa || !floor) continue;
    const r50 = mesa.latencyMs.p50 / floor.latencyMs.p50;
    const r99 = mesa.latencyMs.p99 / floor.latencyMs.p99;
    lines.push(
      `| ${n} | ${f2(r50)}× | ${f2(r99)}× | ${mesa.latencyMs.p99 <= 50 ? 'yes' : 'no'} (${f1(mesa.latencyMs.p99)}) | ${r99 <= 1.2 ? 'yes' : 'no'} | ` +
        `${f1(mesa.fit.interceptMs)} + ${f1(mesa.fit.slopeUsPerConnection)} | ${f1(floor.fit.interceptMs)} + ${f1(floor.fit.slopeUsPerConnection)} | ` +
        `${f1(Math.max(mesa.generatorCpuPercent, floor.generatorCpuPercent))} % / ${f1(Math.max(mesa.generatorLoopDelayP99Ms, floor.generatorLoopDelayP99Ms))} ms | ` +
        `≤ ${f1(Math.max(mesa.otherCpuPercent, floor.otherCpuPercent))} %${mesa.disturbedRuns + floor.disturbedRuns ? ` (${mesa.disturbedRuns + floor.disturbedRuns} disturbed runs kept)` : ''} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.pin && process.env[PINNED_ENV] !== '1') {
    if (spawnSync('taskset', ['-V']).error) usage('taskset not found (util-linux); install it or pass --no-pin');
    process.exit(await reexecPinned(opts.nice));
  }
  process.env[PINNED_ENV] = '1';
  const clk = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim());
  if (clk !== CLK_TCK) throw new Error(`CLK_TCK is ${clk}, expected ${CLK_TCK}`);
  const { soft } = openFilesLimit();
  const need = Math.max(...opts.clients) + 256;
  if (soft < need) {
    throw new Error(
      `open files limit is ${soft}, ${need} needed for ${Math.max(...opts.clients)} clients: raise it (ulimit -n ${need * 2}) and rerun`,
    );
  }
  const affinity = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' }).stdout.trim();
  const m = machine();
  console.log(`machine: ${m.nproc} × ${m.cpu}, node ${m.node}; load generator ${opts.pin ? affinity : 'not pinned'}; open files ${soft}`);

  const date = new Date().toISOString();
  const runTag = date.replace(/[-:]/g, '').slice(0, 15);
  const results: RunResult[] = [];
  const discarded: RunResult[] = [];
  for (const n of opts.clients) {
    for (let repeat = 1; repeat <= opts.repeat; repeat++) {
      // Alternate the order, so neither target always runs on a colder generator.
      const order = repeat % 2 === 1 ? opts.targets : [...opts.targets].reverse();
      for (const target of order) {
        let r: RunResult | null = null;
        for (let attempt = 1; attempt <= opts.attempts; attempt++) {
          process.stdout.write(`N=${n} ${target} #${repeat}${attempt > 1 ? ` (attempt ${attempt})` : ''}: `);
          await waitForQuiet(opts.maxOther, 180_000);
          r = await run(target, n, repeat, opts, runTag);
          const other = Math.max(r.machineCpu.otherOnServerCpuPercent, r.machineCpu.otherOnGeneratorCpuPercent);
          if (other <= opts.maxOther) break;
          r.disturbed = true;
          discarded.push(r);
          console.log(`discarded: other processes used ${f1(other)} % of a CPU (p99 was ${f1(r.latencyMs.p99)} ms)`);
        }
        if (!r) continue;
        if (r.disturbed) discarded.pop();
        results.push(r);
        console.log(
          `p50 ${f1(r.latencyMs.p50)} p95 ${f1(r.latencyMs.p95)} p99 ${f1(r.latencyMs.p99)} max ${f1(r.latencyMs.max)} ms; ` +
            `ack p50 ${f1(r.ackMs.p50)}; committed ${r.committed}/${r.sent}; lost ${r.lostFrames}; ` +
            `server CPU ${f1(r.serverCpu.percentOfCore)} %; ${f1(r.serverRssKb.kbPerConnection)} KB/conn; connect ${f1(r.connectSeconds)} s; ` +
            `generator ${f1(r.generator.cpuPercentOfCore)} % CPU; irq CPU0/1 ${f1(r.machineCpu.irqPercent[0] ?? 0)}/${f1(r.machineCpu.irqPercent[1] ?? 0)} %; others on CPU0/1 ${f1(r.machineCpu.otherOnServerCpuPercent)}/${f1(r.machineCpu.otherOnGeneratorCpuPercent)} %`,
        );
        await sleep(1000);
      }
    }
  }
  const summaries = opts.clients.flatMap((n) => opts.targets.map((t) => summarise(results, n, t))).filter((x): x is Summary => x !== null);
  const table = markdown(summaries, opts, date.slice(0, 10));
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  let out = opts.out ?? path.join(dir, `fanout-${date.slice(0, 10)}.json`);
  if (!opts.out) for (let i = 2; fs.existsSync(out); i++) out = path.join(dir, `fanout-${date.slice(0, 10)}-${i}.json`);
  const strip = ({ raw: _raw, ...r }: RunResult) => r;
  const json = {
    date,
    machine: m,
    options: opts,
    summaries,
    results: results.map(strip),
    discarded: discarded.map(strip),
    markdown: table,
  };
  fs.writeFileSync(out, `${JSON.stringify(json, null, 1)}\n`);
  console.log(`\n${table}\n\nraw results: ${path.relative(process.cwd(), out)}`);
}

main().then(
  () => {
    killAll();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    killAll();
    process.exit(1);
  },
);
