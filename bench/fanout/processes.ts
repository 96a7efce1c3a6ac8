// Processes: pinning, fd limit, children that never outlive the benchmark, and the Mesa or floor server under test.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { HOST, PINNED_ENV, ROOT } from './constants.js';
import type { Options, Target } from './options.js';
import { sleep } from './sleep.js';

export function openFilesLimit(): { soft: number; hard: number } {
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
export function reexecPinned(nice: number | null): Promise<number> {
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
export const dataDirs = new Set<string>();

export function killAll(signal: NodeJS.Signals = 'SIGKILL'): void {
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

export interface Server {
  target: Target;
  port: number;
  pid: number;
  child: ChildProcess;
  output: string[];
  stop(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, as in a crash. Resolves once the process is gone. */
  crash(): Promise<void>;
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

/** What starting a server needs of the options (the fan-out's Options, or another bench's). */
export type ServerOptions = Pick<Options, 'pin' | 'nice' | 'sync'>;

export async function startServer(
  target: Target,
  opts: ServerOptions,
  dataDir: string,
  profileDir: string | null,
  heapDir: string | null,
  /** A fixed port (to restart a server where its clients expect it) and extra environment. */
  extra: { port?: number; env?: Record<string, string> } = {},
): Promise<Server> {
  const port = extra.port ?? (await freePort());
  const entries: Record<Target, string> = {
    mesa: path.join(ROOT, 'server', 'main.ts'),
    floor: path.join(ROOT, 'bench', 'floor-server.ts'),
    hocuspocus: path.join(ROOT, 'bench', 'hocuspocus-server.ts'),
  };
  const entry = entries[target];
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
      ...extra.env,
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
    async crash() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
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
    // Tight, so the reconnect-storm bench knows within ~10 ms when a restarted server is up.
    await sleep(10);
  }
  return server;
}
