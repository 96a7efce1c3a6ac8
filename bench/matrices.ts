/**
 * Day 2 under load: a group of P participants (default 60) type into their working matrices at
 * once, each about R mutations a second (default 2: an autosave after each pause), while the
 * facilitator consolidates — promoting participants' text into the final matrix and writing it —
 * and the rapporteur follows. Measures, on loopback:
 *
 *  - ack: a participant's save → its ack (stored, fsync'd);
 *  - to the leads: a participant's save → the facilitator and the rapporteur receive it (they
 *    see everyone's matrices; every other participant gets a one-line "redacted" frame);
 *  - final to the room: the facilitator's final-matrix write → every participant has it.
 *
 *   npx tsx bench/matrices.ts [--participants 60] [--rate 2] [--seconds 30] [--no-pin] [--out file.json]
 *
 * Server pinned to CPU 0, this generator re-executes itself pinned to CPU 1.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addGroup, createPlenary, http, joinAs } from '../server/testing/harness.js';
import { HOST, ROOT } from './fanout/constants.js';
import { pinOrReexec, runMain, saveResults } from './fanout/entry.js';
import { dataDirs, startServer } from './fanout/processes.js';
import { f1 } from './fanout/report.js';
import { sleep } from './fanout/sleep.js';
import { type Stats, stats } from './fanout/stats.js';
import { cpuMs, machine } from './fanout/system.js';
import { Seat, stamp } from './matrices/seat.js';

interface Options {
  participants: number;
  rate: number;
  seconds: number;
  pin: boolean;
  out: string | null;
}

function usage(message: string): never {
  console.error(`bench/matrices.ts: ${message}`);
  console.error('usage: npx tsx bench/matrices.ts [--participants 60] [--rate 2] [--seconds 30] [--no-pin] [--out file]');
  process.exit(2);
}

function parse(argv: string[]): Options {
  const o: Options = { participants: 60, rate: 2, seconds: 30, pin: true, out: null };
  const num = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) usage(`${flag} needs a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--participants') o.participants = Math.floor(num(flag, argv[++i]));
    else if (flag === '--rate') o.rate = num(flag, argv[++i]);
    else if (flag === '--seconds') o.seconds = num(flag, argv[++i]);
    else if (flag === '--no-pin') o.pin = false;
    else if (flag === '--out') o.out = argv[++i] ?? usage('--out needs a file');
    else usage(`unknown argument ${flag}`);
  }
  return o;
}

/** Each participant's typing, open loop: their own matrix, a field after another, as autosave sends them. */
function participantMutation(seat: Seat, n: number): { name: string; args: unknown } {
  const text = stamp(n, performance.now(), seat.index);
  const slot = 1 + (n % 5);
  switch (n % 4) {
    case 0:
      return { name: 'matrix.set', args: { matrixId: 'wm-4-1', field: 'commitment', text } };
    case 1:
      return { name: 'matrix.setAction', args: { matrixId: 'wm-4-1', slot, comment: text } };
    case 2:
      return { name: 'matrix.setAction', args: { matrixId: 'wm-4-2', slot, comment: text } };
    default:
      return { name: 'matrix.set', args: { matrixId: 'wm-4-2', field: 'notes', text } };
  }
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  await pinOrReexec({ pin: opts.pin, nice: null }, usage);
  const m = machine();
  console.log(`machine: ${m.nproc} × ${m.cpu}, node ${m.node}; ${opts.participants} participants × ${opts.rate}/s for ${opts.seconds} s`);
  const date = new Date().toISOString();
  const dataDir = path.join(ROOT, 'bench', 'tmp', `matrices-${Date.now()}`);
  fs.mkdirSync(dataDir, { recursive: true });
  dataDirs.add(dataDir);
  const server = await startServer('mesa', { pin: opts.pin, nice: null, sync: 'FULL' }, dataDir, null, null, {
    env: { JOINS_PER_MINUTE: '60000' },
  });
  try {
    const base = { url: `http://${HOST}:${server.port}` };
    // A group of a workshop with a plenary, as on the day: joining also seats each one in the plenary.
    const plenary = await createPlenary(base, 'Bench');
    const group = await addGroup(base, plenary, 'Grupo 4');
    const url = `ws://${HOST}:${server.port}/ws`;
    const lead = (token: string, i: number) => new Seat(url, group.id, token, `bench-lead-${i}`, -1);
    const leads = [lead(group.facilitatorToken, 0), lead(group.rapporteurToken, 1)];
    const members: Array<{ memberId: string; token: string }> = [];
    for (let i = 0; i < opts.participants; i++) {
      const joined = await joinAs(base, group.joinCode, `Participante ${i + 1}`);
      members.push({ memberId: joined.memberId, token: joined.participantToken });
    }
    const seats = members.map((p, i) => new Seat(url, group.id, p.token, `bench-p-${i}-${randomUUID().slice(0, 8)}`, i));
    await Promise.all([...leads, ...seats].map((s) => s.welcome));
    console.log(`${seats.length} participants and 2 leads connected`);

    const [facilitator] = leads as [Seat, Seat];
    const serverCpu0 = cpuMs(server.pid);
    const start = performance.now();
    const total = Math.round(opts.participants * opts.rate * opts.seconds);
    const interval = 1000 / (opts.participants * opts.rate);
    // The facilitator consolidates four times a second: a promotion, then a stamped write of the
    // commitment (only the facilitator writes it, so a stale baseRev is never a conflict).
    let consolidations = 0;
    const consolidate = setInterval(() => {
      consolidations += 1;
      const who = members[consolidations % members.length] as { memberId: string };
      if (consolidations % 2 === 0) {
        facilitator.send('final.promote', {
          finalId: 'care-prevention',
          source: { memberId: who.memberId, matrixId: 'wm-4-1', part: { field: 'commitment' } },
          target: { kind: 'action', actionId: `a${1 + (consolidations % 5)}`, mode: 'replace' },
        });
      } else {
        const text = stamp(consolidations, performance.now(), -1);
        facilitator.send('final.setText', { finalId: 'care-prevention', actionId: null, field: 'commitment', text, baseRev: 0 });
      }
    }, 250);
    for (let n = 0; n < total; n++) {
      const wait = start + n * interval - performance.now();
      if (wait > 1) await sleep(wait);
      const seat = seats[n % seats.length] as Seat;
      const mutation = participantMutation(seat, Math.floor(n / seats.length));
      seat.send(mutation.name, mutation.args);
    }
    clearInterval(consolidate);
    const deadline = performance.now() + 30_000;
    while ([...leads, ...seats].some((s) => s.outstanding > 0) && performance.now() < deadline) await sleep(10);
    await sleep(500);
    const wallMs = performance.now() - start;
    const serverCpu = ((cpuMs(server.pid) - serverCpu0) / wallMs) * 100;

    const state = await http<{ state: { finals: Record<string, { commitment: { text: string } }> } }>(
      base,
      'GET',
      `/api/workshops/${group.id}/state`,
      undefined,
      { authorization: `Bearer ${group.facilitatorToken}` },
    );
    const rejected = [...leads, ...seats].reduce((a, s) => a + s.rejected, 0);
    const result = {
      sent: total,
      consolidations,
      rejected,
      ack: stats(seats.flatMap((s) => s.ackMs)),
      toLeads: stats(leads.flatMap((s) => s.fromParticipantsMs)),
      finalToRoom: stats(seats.flatMap((s) => s.fromFacilitatorMs)),
      redactedFramesPerParticipant: Math.round(seats.reduce((a, s) => a + s.redacted, 0) / seats.length),
      serverCpuPercent: serverCpu,
      finalCommitmentWritten: (state.body.state.finals['care-prevention']?.commitment.text ?? '') !== '',
    };
    for (const s of [...leads, ...seats]) s.close();
    const row = (name: string, s: Stats) => `| ${name} | ${s.n} | ${f1(s.p50)} ms | ${f1(s.p95)} ms | ${f1(s.p99)} ms | ${f1(s.max)} ms |`;
    const md = [
      `${opts.participants} participants × ${opts.rate}/s for ${opts.seconds} s (${total} saves), ${consolidations} consolidation steps; rejected ${rejected}; server CPU ${f1(serverCpu)} %`,
      '',
      '| what | samples | p50 | p95 | p99 | max |',
      '|---|---:|---:|---:|---:|---:|',
      row('participant save → ack', result.ack),
      row('participant save → facilitator and rapporteur', result.toLeads),
      row('facilitator final-matrix write → every participant', result.finalToRoom),
    ].join('\n');
    saveResults('matrices', date, opts.out, { date, machine: m, options: opts, result, markdown: md }, md);
    // A sanity check, not a timing: the run did what it claims.
    if (!result.finalCommitmentWritten || result.ack.n < total * 0.99) throw new Error('the run did not complete: see the counts above');
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  }
}

runMain(main);
