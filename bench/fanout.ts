/**
 * Fan-out benchmark: N WebSocket clients in one workshop, PESTLE adds at a fixed total rate,
 * latency from send to receipt at a few probe clients, against a bare `ws` relay (the floor,
 * bench/floor-server.ts) in the same run. See bench/README.md.
 *
 *   npm run bench -- [--clients 100,1000,2000] [--seconds 15] [--rate 10] [--probes 20]
 *                    [--targets floor,mesa,hocuspocus] [--repeat 2] [--max-other 15] [--attempts 4] [--nice -10]
 *                    [--batch 100] [--settle 3] [--warmup 1] [--sync FULL|NORMAL] [--snapshot]
 *                    [--profile] [--heap] [--no-pin] [--out file.json]
 *
 * The server runs pinned to CPU 0 (`taskset -c 0`), this load generator re-executes itself
 * pinned to CPU 1, both on loopback only. Every child is killed at the end, on error and on
 * SIGINT/SIGTERM.
 *
 * This file is the entry point (the loop over N, repeats, targets and attempts, then the
 * report); the parts are in bench/fanout/.
 */
import { spawnSync } from 'node:child_process';
import { parseOptions, usage } from './fanout/options.js';
import { openFilesLimit } from './fanout/processes.js';
import { pinOrReexec, runMain, saveResults } from './fanout/entry.js';
import { f1, markdown } from './fanout/report.js';
import { type RunResult, run } from './fanout/run.js';
import { sleep } from './fanout/sleep.js';
import { type Summary, summarise } from './fanout/stats.js';
import { CLK_TCK, machine, waitForQuiet } from './fanout/system.js';

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  await pinOrReexec(opts, usage);
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
            (r.slow.clients ? `slow readers ${r.slow.clients} (cut off ${r.slow.cutOff}); ` : '') +
            `server CPU ${f1(r.serverCpu.percentOfCore)} %; ${f1(r.serverRssKb.kbPerConnection)} KB/conn; connect ${f1(r.connectSeconds)} s; ` +
            `generator ${f1(r.generator.cpuPercentOfCore)} % CPU; irq CPU0/1 ${f1(r.machineCpu.irqPercent[0] ?? 0)}/${f1(r.machineCpu.irqPercent[1] ?? 0)} %; others on CPU0/1 ${f1(r.machineCpu.otherOnServerCpuPercent)}/${f1(r.machineCpu.otherOnGeneratorCpuPercent)} %`,
        );
        await sleep(1000);
      }
    }
  }
  const summaries = opts.clients.flatMap((n) => opts.targets.map((t) => summarise(results, n, t))).filter((x): x is Summary => x !== null);
  const table = markdown(summaries, opts, date.slice(0, 10));
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
  saveResults('fanout', date, opts.out, json, table);
}

runMain(main);
