// Statistics: percentiles, the latency-over-send-position fit, and the summary of the runs of one N and target.
import type { Target } from './options.js';
import type { RunResult } from './run.js';

export interface Stats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  min: number;
}

export function stats(values: number[]): Stats {
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
export function linearFit(points: Array<[number, number]>): { interceptMs: number; slopeUsPerConnection: number } {
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

export interface Summary {
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

export function summarise(results: RunResult[], clients: number, target: Target): Summary | null {
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
