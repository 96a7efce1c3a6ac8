// What every benchmark's entry point does alike: pin itself, save its results, exit cleanly.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PINNED_ENV, ROOT } from './constants.js';
import { killAll, reexecPinned } from './processes.js';

/**
 * Re-executes this process pinned to CPU 1 (the servers go on CPU 0) unless it already is or
 * pinning is off. Resolves in the pinned process; the unpinned parent exits with its child.
 */
export async function pinOrReexec(opts: { pin: boolean; nice: number | null }, usage: (message: string) => never): Promise<void> {
  if (opts.pin && process.env[PINNED_ENV] !== '1') {
    if (spawnSync('taskset', ['-V']).error) usage('taskset not found (util-linux); install it or pass --no-pin');
    process.exit(await reexecPinned(opts.nice));
  }
  process.env[PINNED_ENV] = '1';
}

/** Writes bench/results/<name>-<date>[-n].json (or `out`), prints the table and where the file is. */
export function saveResults(name: string, date: string, out: string | null, json: object, table: string): void {
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  let file = out ?? path.join(dir, `${name}-${date.slice(0, 10)}.json`);
  if (!out) for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, `${name}-${date.slice(0, 10)}-${i}.json`);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 1)}\n`);
  console.log(`\n${table}\n\nraw results: ${path.relative(process.cwd(), file)}`);
}

/** Runs a benchmark's main; whatever happens, no server child outlives it. */
export function runMain(main: () => Promise<void>): void {
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
}
