// Where the benchmark runs: the repository root, the loopback host, the variable that marks the pinned re-execution.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const HOST = '127.0.0.1';
export const PINNED_ENV = 'MESA_BENCH_PINNED';
