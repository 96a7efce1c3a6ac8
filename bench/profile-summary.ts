/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`, which `bench/fanout.ts --profile`
 * passes to the Mesa server) over a time window: self time by area (ws, Node's net/stream,
 * SQLite, zod, Mesa's own code, GC …) and inclusive time of the functions that matter.
 *
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [--from <µs>] [--to <µs>] [--events <n>]
 *
 * --from/--to are CLOCK_MONOTONIC microseconds (the profile's own clock, the same as
 * process.hrtime in any process on the machine); fanout.ts records its send window in them.
 */
import fs from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  windowMs: number;
  /** Self time by area, ms. */
  areas: Array<{ area: string; ms: number; percent: number }>;
  /** Inclusive time of selected functions, ms (and per event when events is known). */
  functions: Array<{ name: string; ms: number; perEventMs: number | null }>;
  /** The heaviest functions by self time. */
  topSelf: Array<{ name: string; ms: number }>;
}

function shortUrl(url: string): string {
  const i = url.indexOf('/node_modules/');
  if (i >= 0) return url.slice(i + '/node_modules/'.length);
  const root = url.indexOf('/server/') >= 0 ? url.indexOf('/server/') : url.indexOf('/shared/');
  if (root >= 0) return url.slice(root + 1);
  return url.replace(/^file:\/\//, '');
}

function area(url: string, name: string): string {
  if (name === '(idle)') return 'idle';
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)') return 'native, outside JS (libuv, epoll …)';
  if (url.includes('/node_modules/ws/')) return 'ws (framing, send)';
  if (url.includes('/node_modules/zod/')) return 'zod (validation)';
  if (url.includes('/node_modules/better-sqlite3/') || url.includes('/server/store/')) return 'SQLite store (incl. commit, fsync)';
  if (/\/node_modules\/(fastify|@fastify|avvio|pino|light-my-request|find-my-way)/.test(url)) return 'fastify';
  if (url.includes('/node_modules/tsx/') || url.includes('/node_modules/esbuild')) return 'tsx loader';
  if (url.includes('/server/realtime/')) return 'Mesa server/realtime';
  if (url.includes('/server/rooms/')) return 'Mesa server/rooms';
  if (url.includes('/server/')) return 'Mesa server (other)';
  if (url.includes('/shared/')) return 'Mesa shared (reducer, decide, schemas)';
  if (url.startsWith('node:internal/stream') || url.startsWith('node:net') || url.startsWith('node:internal/net'))
    return 'Node net/stream (socket writes)';
  if (url.startsWith('node:')) return 'Node core (other)';
  if (url === '') return 'native (unattributed)';
  return `other: ${shortUrl(url)}`;
}

/** Functions whose inclusive time says what a fan-out costs, by name and file. */
const WATCH: Array<{ label: string; name: string; url: string }> = [
  { label: 'Connection.onFrame (decode, validate, submit: one per mutation)', name: 'onFrame', url: '/server/realtime/connection' },
  { label: 'SqliteEventStore.flush (group commit incl. fsync)', name: 'flush', url: '/server/store/sqlite/' },
  { label: 'Room.commit (apply + encode + send loop)', name: 'commit', url: '/server/rooms/room' },
  { label: 'Connection.deliver (per subscriber)', name: 'deliver', url: '/server/realtime/connection' },
  { label: 'WebSocket.send (ws, per subscriber)', name: 'send', url: '/node_modules/ws/lib/websocket' },
  { label: 'Sender.sendFrame → socket write (ws)', name: 'sendFrame', url: '/node_modules/ws/lib/sender' },
  { label: 'Connection.heartbeat (ping every 30 s)', name: 'heartbeat', url: '/server/realtime/connection' },
  { label: 'JSON.stringify(event) + apply in commit', name: 'apply', url: '/shared/domain/reducer' },
  { label: 'floor relay (bench/floor-server.ts)', name: '', url: '/bench/floor-server' },
];

export function summariseProfile(file: string, fromUs?: number, toUs?: number, events?: number): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) byId.set(node.id, node);
  for (const node of profile.nodes)
    for (const child of node.children ?? []) {
      const c = byId.get(child);
      if (c) c.parent = node.id;
    }
  const from = fromUs ?? profile.startTime;
  const to = toUs ?? profile.endTime;
  const self = new Map<number, number>();
  let t = profile.startTime;
  let windowUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from || t > to) return;
    // A sample stands for the interval up to the next one.
    const next = profile.timeDeltas[i + 1] ?? delta;
    self.set(id, (self.get(id) ?? 0) + next);
    windowUs += next;
  });

  // Native frames (no url) are charged to the nearest JS caller with a url.
  const attributedUrl = (node: ProfileNode): string => {
    let n: ProfileNode | undefined = node;
    while (n && n.callFrame.url === '' && !n.callFrame.functionName.startsWith('('))
      n = n.parent !== undefined ? byId.get(n.parent) : undefined;
    return n?.callFrame.url ?? '';
  };
  const areas = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const a = area(attributedUrl(node), node.callFrame.functionName);
    areas.set(a, (areas.get(a) ?? 0) + us);
    const fname = `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    selfByFunction.set(fname, (selfByFunction.get(fname) ?? 0) + us);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = n.parent !== undefined ? byId.get(n.parent) : undefined) {
      for (const w of WATCH) {
        if (seen.has(w.label)) continue;
        if (
          n.callFrame.url.includes(w.url) &&
          (w.name === '' || n.callFrame.functionName === w.name || n.callFrame.functionName.endsWith(`.${w.name}`))
        ) {
          seen.add(w.label);
          inclusive.set(w.label, (inclusive.get(w.label) ?? 0) + us);
        }
      }
    }
  }
  const total = Math.max(1, windowUs);
  return {
    file: path.basename(file),
    windowMs: windowUs / 1000,
    areas: [...areas]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ area: name, ms: Math.round(us) / 1000, percent: Math.round((us / total) * 1000) / 10 })),
    functions: WATCH.filter((w) => inclusive.has(w.label)).map((w) => {
      const ms = (inclusive.get(w.label) ?? 0) / 1000;
      return { name: w.label, ms: Math.round(ms * 10) / 10, perEventMs: events ? Math.round((ms / events) * 1000) / 1000 : null };
    }),
    topSelf: [...selfByFunction]
      .filter(([name]) => !name.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([name, us]) => ({ name, ms: Math.round(us) / 1000 })),
  };
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [`profile ${s.file}: ${s.windowMs.toFixed(0)} ms window`, 'self time by area:'];
  for (const a of s.areas) lines.push(`  ${a.ms.toFixed(1).padStart(9)} ms ${a.percent.toFixed(1).padStart(5)} %  ${a.area}`);
  lines.push('inclusive time:');
  for (const f of s.functions) {
    lines.push(
      `  ${f.ms.toFixed(1).padStart(9)} ms${f.perEventMs !== null ? ` ${f.perEventMs.toFixed(3).padStart(7)} ms/event` : ''}  ${f.name}`,
    );
  }
  lines.push('top self time:');
  for (const f of s.topSelf.slice(0, 15)) lines.push(`  ${f.ms.toFixed(1).padStart(9)} ms  ${f.name}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  if (!file) {
    console.error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [--from µs] [--to µs] [--events n]');
    process.exit(2);
  }
  console.log(formatProfile(summariseProfile(file, flag('--from'), flag('--to'), flag('--events'))));
}
