import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Moves WAL checkpoints off the event loop. By default SQLite checkpoints inside the commit
 * that grows the WAL past 1,000 pages: copying those pages into the database file and
 * fsyncing it, synchronously, in the middle of the group commit (better-sqlite3 runs on the
 * main thread), which stalls every broadcast for tens of milliseconds. With automatic
 * checkpoints off on the writing connection, this worker thread, with its own connection,
 * runs a PASSIVE checkpoint every `intervalMs`: it never blocks the writer, and the writer
 * starts the WAL over once a checkpoint has caught up. Durability is unchanged: a commit is
 * durable when its WAL frames are fsynced, before any checkpoint.
 *
 * The worker is plain CommonJS given as a string, so it runs the same under tsx, Vitest and
 * plain Node without a TypeScript loader in the worker.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    // A WAL that keeps growing means the checkpoint cannot keep up (a long reader): say so.
    if (result && result.log > workerData.warnPages) parentPort.postMessage({ walPages: result.log });
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ stopped: true });
});
`;

export interface CheckpointerOptions {
  filename: string;
  intervalMs?: number;
  /** Told about checkpoint errors and a WAL grown past `warnPages`. */
  warn?: (message: string) => void;
  warnPages?: number;
}

export class Checkpointer {
  private readonly worker: Worker;
  private stopped: Promise<void> | null = null;

  constructor(options: CheckpointerOptions) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, filename: options.filename, intervalMs: options.intervalMs ?? 200, warnPages: options.warnPages ?? 100_000 },
    });
    this.worker.on('message', (message: { error?: string; walPages?: number }) => {
      if (message.error) options.warn?.(`WAL checkpoint failed: ${message.error}`);
      if (message.walPages) options.warn?.(`the WAL has ${message.walPages} pages not yet checkpointed`);
    });
    this.worker.on('error', (error) => options.warn?.(`WAL checkpointer stopped: ${String(error)}`));
    // Never keep a finished process alive (after the listeners: adding one refs the worker again).
    this.worker.unref();
  }

  /** Stops checkpointing and closes the worker's connection. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      const done = () => resolve();
      this.worker.once('exit', done);
      this.worker.on('message', (message: { stopped?: boolean }) => {
        if (message.stopped) void this.worker.terminate().then(done, done);
      });
      // Stopping is awaited: keep the process alive until the worker has closed its connection
      // (unreferenced, a short-lived process like the command line would exit first, mid-close).
      this.worker.ref();
      this.worker.postMessage('stop');
    });
    return this.stopped;
  }
}
