// Times `produce` for each document a room offers, in each of its formats.
import { performance } from 'node:perf_hooks';
import type { RoomKind } from '../../shared/domain/plenary.js';
import { documentsOf, type ExportFormat, type ExportKind, type Produced, produce } from '../../server/exports/catalog.js';
import { waitForQuiet } from '../fanout/system.js';

/** Busiest a CPU may be (%) in the second before a document's runs start. */
const QUIET_PERCENT = 20;
const TICK_MS = 5;

export type ProduceRequest = Parameters<typeof produce>[0];

export interface Timing {
  room: RoomKind;
  kind: ExportKind;
  format: ExportFormat;
  runsMs: number[];
  medianMs: number;
  maxMs: number;
  bytes: number;
  /** The longest the event loop went without turning while the runs went on (every room waits that long). */
  stallMs: number;
  /** Each CPU's busy % in the second before the runs (waitForQuiet). */
  busyBefore?: number[];
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

const sizeOf = (body: string | Buffer) => (typeof body === 'string' ? Buffer.byteLength(body) : body.length);

/**
 * The event loop's longest pause while a document is made: a 5 ms ticker notes the widest gap
 * between its ticks. Anything the server does synchronously shows here; work in a worker does not.
 */
function stallWatch(): { stop(): Promise<number> } {
  let last = performance.now();
  let widest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    widest = Math.max(widest, now - last);
    last = now;
  }, TICK_MS);
  return {
    // One more tick after the last run, so a pause at its very end is counted too.
    stop: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          clearInterval(timer);
          resolve(Math.max(0, Math.max(widest, performance.now() - last) - TICK_MS));
        }, TICK_MS * 2),
      ),
  };
}

/** Times each document of the request's room; `save`, when given, receives each one as made. */
export async function timeDocuments(
  request: ProduceRequest,
  runs: number,
  progress: (line: string) => void,
  save?: (made: Produced) => void,
): Promise<Timing[]> {
  const room = request.room.state.kind;
  const timings: Timing[] = [];
  for (const { kind, formats } of documentsOf(room)) {
    for (const format of formats) {
      // The warm-up: loads lazy modules and fonts.
      const warm = await produce(request, kind, format);
      save?.(warm);
      // Other people's tests share this machine: start the runs when neither CPU is busy with them.
      const busyBefore = await waitForQuiet(QUIET_PERCENT, 60_000);
      const runsMs: number[] = [];
      const stalls = stallWatch();
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await produce(request, kind, format);
        runsMs.push(performance.now() - start);
        // Let the ticker turn between runs, or runs made without a pause would read as one long stall.
        await new Promise((resolve) => setTimeout(resolve, TICK_MS * 2));
      }
      const stallMs = await stalls.stop();
      const t = {
        room,
        kind,
        format,
        runsMs,
        medianMs: median(runsMs),
        maxMs: Math.max(...runsMs),
        bytes: sizeOf(warm.body),
        stallMs,
        busyBefore,
      };
      progress(
        `  ${room} ${kind}.${format}: median ${t.medianMs.toFixed(0)} ms, ${(t.bytes / 1024).toFixed(0)} KB, stall ${stallMs.toFixed(0)} ms`,
      );
      timings.push(t);
    }
  }
  return timings;
}
