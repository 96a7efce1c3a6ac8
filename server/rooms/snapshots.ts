import { EVENT_VERSION } from '../../shared/domain/events.js';
import type { WorkshopState } from '../../shared/domain/state.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import type { EventStore } from '../store/event-store.js';

/**
 * A room writes a snapshot once its head is this many events past the last one. A write costs
 * at most ~45 ms with a full board (stateHash + JSON + insert of ~1 MB), under a tenth of what
 * applying 1000 events to such a board costs anyway; loading then replays at most 999 events
 * after the snapshot, well under a second (measurements: bench/load.ts, bench/README.md).
 */
export const SNAPSHOT_EVERY = 1000;

/** Told about a snapshot that was not used or could not be written; both only cost speed. */
export type SnapshotWarn = (message: string, error?: unknown) => void;

/**
 * The workshop's latest snapshot if it can be trusted, else null (and the log is replayed from
 * the start). Trusted means: folded by this event version, not ahead of the log's head, of this
 * workshop, and its state still hashes to the hash written with it.
 */
export async function restoreSnapshot(
  store: EventStore,
  workshopId: string,
  head: number,
  warn: SnapshotWarn,
): Promise<{ seq: number; state: WorkshopState } | null> {
  let snapshot: Awaited<ReturnType<EventStore['latestSnapshot']>>;
  try {
    snapshot = await store.latestSnapshot(workshopId);
  } catch (error) {
    // Unreadable (damaged JSON, say): the log is still the truth.
    warn(`workshop ${workshopId}: snapshot unreadable, replaying the log`, error);
    return null;
  }
  if (!snapshot) return null;
  // A snapshot of another version may hold a state of another shape: replaying is always right.
  if (snapshot.eventVersion !== EVENT_VERSION) return null;
  const state = snapshot.state as WorkshopState | null;
  let problem: string | null = null;
  if (!Number.isInteger(snapshot.seq) || snapshot.seq < 1 || snapshot.seq > head) problem = `seq ${snapshot.seq} outside 1..${head}`;
  else if (typeof state !== 'object' || state === null || state.id !== workshopId) problem = 'of another workshop';
  else if (stateHash(state) !== snapshot.hash) problem = 'hash mismatch';
  if (problem) {
    warn(`workshop ${workshopId}: snapshot ignored (${problem}), replaying the log`);
    return null;
  }
  return { seq: snapshot.seq, state: state as WorkshopState };
}

/**
 * Writes a room's snapshots: when the head is `every` events past the last one, after the
 * current tick (so never in the path of a commit's broadcast or ack), one write at a time,
 * errors reported and swallowed — a snapshot is an optimisation, a failed one costs nothing
 * but a longer load.
 */
export class SnapshotWriter {
  private writing: Promise<void> | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly workshopId: string,
    /** The seq of the last snapshot known to be stored, 0 for none. */
    private lastSeq: number,
    private readonly warn: SnapshotWarn,
    private readonly every = SNAPSHOT_EVERY,
  ) {}

  /** Called with the committed state after every commit (and once after loading). */
  committed(state: WorkshopState, seq: number): void {
    if (this.writing || seq - this.lastSeq < this.every) return;
    // Advanced before the write, so a failing store is retried only `every` events later,
    // not after each commit.
    this.lastSeq = seq;
    // The state is immutable (the reducer never mutates), so hashing it a tick later is safe.
    this.writing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.store.saveSnapshot(this.workshopId, { seq, eventVersion: EVENT_VERSION, hash: stateHash(state), state }))
      .catch((error: unknown) => this.warn(`workshop ${this.workshopId}: snapshot at seq ${seq} not written`, error))
      .finally(() => {
        this.writing = null;
      });
  }

  /** Resolves once no snapshot write is in flight (tests, benchmarks, shutdown). */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }
}
