import { Worker } from 'node:worker_threads';
import type { Doc } from './document.js';
import type { LaidOutFormat } from './render.js';

/**
 * Lays documents out in a worker thread. The largest group's report keeps a core busy for about
 * a second as PDF and half a second as Word: on the event loop, that is a second in which no
 * room hears anything. One worker, started on the first document and reused; jobs queue in it.
 *
 * The worker is plain JavaScript given as a string that registers tsx and imports render.ts,
 * as bin/mesa.mjs does, so it runs the same under tsx, Vitest and the command line.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const { render } = await import(workerData.render);
  parentPort.on('message', async ({ id, format, doc }) => {
    try {
      const body = await render(format, doc);
      parentPort.postMessage({ id, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
})().catch((error) => parentPort.postMessage({ id: 0, error: 'the document worker could not start: ' + String(error) }));
`;

interface Job {
  resolve: (body: Buffer) => void;
  reject: (error: Error) => void;
}

/** The worker and the jobs sent to it: a worker that goes takes its own jobs with it, and no others. */
interface Running {
  worker: Worker;
  jobs: Map<number, Job>;
}

let running: Running | null = null;
let nextId = 1;

function start(): Running {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      // tsx's ES module entry (a require() resolution would give its CommonJS one, which cannot register the ESM loader).
      tsx: import.meta.resolve('tsx/esm/api'),
      render: new URL('./render.ts', import.meta.url).href,
    },
  });
  const self: Running = { worker, jobs: new Map() };
  // A worker that died, or could not start, fails its jobs; the next document starts a new one.
  const gone = (error: Error) => {
    if (running === self) running = null;
    for (const job of self.jobs.values()) job.reject(error);
    self.jobs.clear();
  };
  worker.on('message', ({ id, body, error }: { id: number; body?: Uint8Array; error?: string }) => {
    if (id === 0) {
      gone(new Error(error));
      void worker.terminate();
      return;
    }
    const job = self.jobs.get(id);
    if (!job) return;
    self.jobs.delete(id);
    if (body) job.resolve(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    else job.reject(new Error(error));
    // Idle, the worker must not keep a finished process (the command line) alive.
    if (self.jobs.size === 0) worker.unref();
  });
  worker.on('error', gone);
  worker.on('exit', (code) => gone(new Error(`the document worker exited (${code})`)));
  return self;
}

/**
 * Starts the worker and has it load its libraries and fonts now, so the first document of the
 * day does not wait a second longer than the next (server/main.ts, after listening).
 */
export function warmUpDocuments(): void {
  void renderInWorker('pdf', { title: '', subtitle: [], blocks: [] }).catch(() => {
    // Nothing to do: the first real document starts a new worker if this one failed.
  });
}

/**
 * The longest a document may take, queue included: the largest realistic one takes about a
 * second. A worker past it is stuck (or looping on some input): it is stopped, its jobs fail with
 * the reason, and the next document starts a new one rather than waiting behind it for ever.
 */
export const RENDER_TIMEOUT_MS = 60_000;

/** The document laid out as `format` in the worker thread. */
export function renderInWorker(format: LaidOutFormat, doc: Doc, timeoutMs = RENDER_TIMEOUT_MS): Promise<Buffer> {
  running ??= start();
  const self = running;
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(() => {
      if (running === self) running = null;
      reject(new Error(`the document took longer than ${timeoutMs / 1000} s`));
      void self.worker.terminate();
    }, timeoutMs);
    timer.unref();
    const settle =
      <T>(then: (value: T) => void) =>
      (value: T) => {
        clearTimeout(timer);
        then(value);
      };
    self.jobs.set(id, { resolve: settle(resolve), reject: settle(reject) });
    self.worker.ref();
    self.worker.postMessage({ id, format, doc });
  });
}
