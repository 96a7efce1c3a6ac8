/**
 * Documents of the largest realistic workshop: how long `produce` (server/exports/catalog.ts)
 * takes to make each document, and how big it is. Builds the workshop first, in process, through
 * the server's commands and mutations (bench/exports/large-workshop.ts), on a temporary SQLite
 * store opened as the CLI opens its own; then, as the facilitator, times every document of one
 * group (the four are alike) and of the plenary: one warm-up, then --runs runs each.
 *
 *   npx tsx bench/exports.ts [--runs 5] [--out file.json] [--save dir]
 *
 * `--save dir` also writes each document there, to look at (docs/images come from it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../server/config.js';
import { openContext } from '../server/context.js';
import { runMain, saveResults } from './fanout/entry.js';
import { machine } from './fanout/system.js';
import { buildLargeWorkshop } from './exports/large-workshop.js';
import { describeSize, sizeOf } from './exports/size.js';
import { markdownTable } from './exports/table.js';
import { type Timing, timeDocuments } from './exports/timing.js';
import type { Produced } from '../server/exports/catalog.js';

const GROUPS = 4;
const PARTICIPANTS = 30;

function usage(message: string): never {
  console.error(`bench/exports.ts: ${message}`);
  console.error('usage: npx tsx bench/exports.ts [--runs 5] [--out file.json] [--save dir]');
  process.exit(2);
}

function parse(argv: string[]): { runs: number; out: string | null; save: string | null } {
  const o = { runs: 5, out: null as string | null, save: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--runs') {
      o.runs = Number(argv[++i]);
      if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs needs a whole number ≥ 1');
    } else if (flag === '--out') o.out = argv[++i] ?? usage('--out needs a file');
    else if (flag === '--save') o.save = argv[++i] ?? usage('--save needs a folder');
    else usage(`unknown argument ${flag}`);
  }
  return o;
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  const m = machine();
  const date = new Date().toISOString();
  const version = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string })
    .version;
  console.log(
    `machine: ${m.nproc} × ${m.cpu}, node ${m.node}; ${GROUPS} groups × ${PARTICIPANTS} participants, ${opts.runs} runs per document`,
  );
  // The store as shipped (loadConfig: SQLite synchronous=FULL unless SQLITE_SYNCHRONOUS says otherwise), in a folder of its own.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesa-bench-exports-'));
  const ctx = openContext({ ...loadConfig(), dataDir });
  // Ctrl-C mid-build must not leave the store behind in /tmp either.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    console.log('building the workshop:');
    const start = performance.now();
    const workshop = await buildLargeWorkshop(ctx, { groups: GROUPS, participants: PARTICIPANTS }, console.log);
    const buildMs = performance.now() - start;
    console.log(`built in ${(buildMs / 1000).toFixed(1)} s`);

    const group = workshop.groups[0];
    if (!group) throw new Error('no group was built');
    const sizes = {
      plenary: sizeOf(workshop.plenary.room),
      groups: workshop.groups.map((g) => sizeOf(g.room)),
    };
    const events = sizes.plenary.events + sizes.groups.reduce((n, g) => n + g.events, 0);
    console.log(describeSize('each group (the first)', sizeOf(group.room)));
    console.log(describeSize('plenary', sizes.plenary));
    console.log(`all rooms: ${events.toLocaleString('en-US')} events`);

    console.log('timing:');
    const timings: Timing[] = [];
    const save = opts.save;
    if (save) fs.mkdirSync(save, { recursive: true });
    // As the export route does: labels in the workshop's language.
    for (const { room } of [group, workshop.plenary]) {
      const request = { ctx, room, lang: room.state.language, version };
      const write = save ? (made: Produced) => fs.writeFileSync(path.join(save, made.filename), made.body) : undefined;
      timings.push(...(await timeDocuments(request, opts.runs, console.log, write)));
    }
    const table = markdownTable(timings, opts.runs);
    const build = { ms: buildMs, stages: workshop.stages };
    saveResults('exports', date, opts.out, { date, machine: m, options: opts, build, sizes, events, timings, markdown: table }, table);
  } finally {
    await ctx.store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

runMain(main);
