// Readings from /proc: process CPU and RSS, per-CPU busy time, heap snapshots, and what machine this is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sleep } from './sleep.js';

export const CLK_TCK = 100; // sysconf(_SC_CLK_TCK) on Linux; checked against `getconf CLK_TCK` at start.

/** utime + stime of a process, in ms. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, i.e. 11 and 12 after "(comm) ".
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

/** Busy, interrupt (irq + softirq, where loopback TCP receive work is counted) and total jiffies of each CPU, from /proc/stat. */
export function cpuTimes(): Array<{ busy: number; irq: number; total: number }> {
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
export async function waitForQuiet(maxBusy: number, timeoutMs: number): Promise<number[]> {
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
export async function heapSnapshot(pid: number, dir: string): Promise<string> {
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

export function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = status.match(/^VmRSS:\s+(\d+)\s+kB/m);
  return match ? Number(match[1]) : Number.NaN;
}

export function machine() {
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
