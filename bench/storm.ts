/**
 * Reconnect storm: N participants (in workshops of at most 500; W of them real SyncClients
 * that write, the rest light followers, see storm/light-client.ts), the server is SIGKILLed while
 * writes are in flight, writers queue more while it is down, and it restarts on the same port and data.
 * Measures how long until every client is back, every pending write is acknowledged and every
 * client has the head; checks nothing was lost or applied twice and the writers' state hashes
 * equal the server's. See bench/README.md.
 *
 *   npm run bench:storm -- [--clients 2000] [--writers 50] [--offline-writes 2] [--repeat 3]
 *                          [--sync FULL|NORMAL] [--profile] [--no-pin] [--out file.json]
 *
 * --profile writes a CPU profile of the restarted server to bench/tmp/prof/storm-<time>/.
 *
 * Server pinned to CPU 0, this generator re-executes itself pinned to CPU 1; loopback only.
 */
import path from 'node:path';
import { ROOT } from './fanout/constants.js';
import { openFilesLimit } from './fanout/processes.js';
import { pinOrReexec, runMain, saveResults } from './fanout/entry.js';
import { f1 } from './fanout/report.js';
import { sleep } from './fanout/sleep.js';
import { machine } from './fanout/system.js';
import { type StormOptions, type StormResult, stormRun } from './storm/run.js';

function usage(message: string): never {
  console.error(`bench/storm.ts: ${message}`);
  console.error(
    'usage: npm run bench:storm -- [--clients 2000] [--writers 50] [--offline-writes 2] [--repeat 3] [--sync FULL|NORMAL] [--profile] [--no-pin] [--out file]',
  );
  process.exit(2);
}

function parse(argv: string[]): StormOptions {
  const o: StormOptions = {
    clients: 2000,
    writers: 50,
    offlineWrites: 2,
    repeat: 3,
    pin: true,
    nice: null,
    sync: 'FULL',
    out: null,
    profileDir: null,
  };
  const num = (flag: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) usage(`${flag} needs a whole number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--clients') o.clients = num(flag, argv[++i], 2);
    else if (flag === '--writers') o.writers = num(flag, argv[++i], 1);
    else if (flag === '--offline-writes') o.offlineWrites = num(flag, argv[++i], 0);
    else if (flag === '--repeat') o.repeat = num(flag, argv[++i], 1);
    else if (flag === '--sync') {
      const s = (argv[++i] ?? '').toUpperCase();
      if (s !== 'FULL' && s !== 'NORMAL') usage('--sync is FULL or NORMAL');
      o.sync = s;
    } else if (flag === '--no-pin') o.pin = false;
    else if (flag === '--profile') o.profileDir = path.join(ROOT, 'bench', 'tmp', 'prof', `storm-${Date.now()}`);
    else if (flag === '--out') o.out = argv[++i] ?? usage('--out needs a file');
    else usage(`unknown argument ${flag}`);
  }
  if (o.writers >= o.clients) usage('--writers must be fewer than --clients');
  return o;
}

function table(results: StormResult[]): string {
  const lines = [
    '| run | clients (writers) in workshops | downtime | all welcomed | welcome p50 / p99 | all caught up | attempts p50 / max | made / stored once | hash ≠ / resyncs / gaps | server CPU |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  results.forEach((r, i) => {
    lines.push(
      `| ${i + 1} | ${r.clients} (${r.writers}) in ${r.workshops} | ${f1(r.downtimeMs)} ms | ${f1(r.allWelcomedMs)} ms | ${f1(r.welcomeMs.p50)} / ${f1(r.welcomeMs.p99)} ms | ` +
        `**${f1(r.allCaughtUpMs)} ms** | ${r.attempts.p50} / ${r.attempts.max} | ${r.mutationsMade} / ${r.mutationsStored} | ` +
        `${r.hashMismatches} / ${r.resyncs} / ${r.gaps} | ${f1(r.serverCpuMs)} ms |`,
    );
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  await pinOrReexec(opts, usage);
  const { soft } = openFilesLimit();
  if (soft < opts.clients + 256) throw new Error(`open files limit is ${soft}: raise it (ulimit -n ${(opts.clients + 256) * 2}) and rerun`);
  const m = machine();
  console.log(`machine: ${m.nproc} × ${m.cpu}, node ${m.node}; open files ${soft}`);
  const date = new Date().toISOString();
  const results: StormResult[] = [];
  for (let r = 1; r <= opts.repeat; r++) {
    process.stdout.write(`run ${r}: `);
    const result = await stormRun(opts, `${date.replace(/[-:.]/g, '').slice(0, 15)}-${r}`);
    results.push(result);
    console.log(
      `down ${f1(result.downtimeMs)} ms; all welcomed ${f1(result.allWelcomedMs)} ms, caught up ${f1(result.allCaughtUpMs)} ms after the restart; ` +
        `stored ${result.mutationsStored}/${result.mutationsMade}; hash mismatches ${result.hashMismatches}; gaps ${result.gaps}` +
        (result.errors.length ? `; errors: ${result.errors.join(' | ')}` : ''),
    );
    await sleep(1000);
  }
  const md = table(results);
  saveResults('storm', date, opts.out, { date, machine: m, options: opts, results, markdown: md }, md);
}

runMain(main);
