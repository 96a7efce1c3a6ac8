import type { Actor, WorkshopState } from '../../shared/domain/state.js';
import type { NewEvent, WorkshopEvent } from '../../shared/domain/events.js';
import { decide, type Mutation } from '../../shared/domain/mutations.js';
import { apply, fold } from '../../shared/domain/reducer.js';
import { stateHash } from '../../shared/domain/state-hash.js';
import { type Audience, audienceOf, eventFor, viewState } from '../../shared/domain/views.js';
import { MesaError } from '../errors.js';
import { DuplicateMutationError, type EventStore, type TokenRecord } from '../store/event-store.js';
import { restoreSnapshot, type SnapshotWarn, SnapshotWriter } from './snapshots.js';

/** Events kept in memory for catch-ups; a client further behind gets a snapshot (connection.ts) or a store read. */
export const RECENT_EVENTS = 1000;

/** Something that receives a workshop's committed events (a WebSocket connection). */
export interface RoomSubscriber {
  /** Who is watching: decides which version of each event they get (shared/domain/views.ts). */
  readonly viewer: Actor;
  /**
   * `frame` is the event as this subscriber may see it, already encoded as a server message;
   * there are at most three versions of each event (views.ts audiences), each encoded once.
   */
  deliver(event: WorkshopEvent, frame: Buffer): void;
}

export interface RoomOptions {
  /** Told when a snapshot is ignored or cannot be written; by default nobody is. */
  warn?: SnapshotWarn;
}

export interface MutationOutcome {
  seq: number;
  /** True when this (clientId, mutationId) was already stored: nothing new was written. */
  duplicate: boolean;
}

/**
 * One live workshop in memory: its state folded from the log, the subscribers to notify,
 * and the single path by which changes reach the store. Decisions are made against the
 * tentative state (committed + accepted but not yet committed) so that mutations arriving
 * in the same tick see each other; subscribers only ever see committed events.
 */
export class Room {
  private tentative: WorkshopState;
  private readonly subscribers = new Set<RoomSubscriber>();
  private readonly inFlight = new Map<string, Promise<MutationOutcome>>();
  private pendingAppends = 0;
  /**
   * The latest committed events (at least RECENT_EVENTS once there are that many): a crowd
   * reconnecting after a restart or a Wi-Fi drop catches up from memory, not from the store.
   */
  private recent: WorkshopEvent[] = [];

  private constructor(
    readonly workshopId: string,
    /** Not part of the state: it is how people find the workshop, not what they do in it. */
    readonly joinCode: string,
    private readonly store: EventStore,
    private committedState: WorkshopState,
    private head: number,
    private readonly snapshots: SnapshotWriter,
  ) {
    this.tentative = committedState;
  }

  /** Starts from the latest trustworthy snapshot, if any, and folds only the events after it. */
  static async load(store: EventStore, workshopId: string, options: RoomOptions = {}): Promise<Room | null> {
    const warn = options.warn ?? (() => {});
    const record = await store.findWorkshop(workshopId);
    if (!record) return null;
    const snapshot = await restoreSnapshot(store, workshopId, (await store.headSeq(workshopId)) ?? 0, warn);
    const events = await store.readEvents(workshopId, snapshot?.seq ?? 0);
    const state = fold(events, snapshot?.state ?? null);
    if (!state) return null;
    const head = events.at(-1)?.seq ?? snapshot?.seq ?? 0;
    const snapshots = new SnapshotWriter(store, workshopId, snapshot?.seq ?? 0, warn);
    const room = new Room(workshopId, record.joinCode, store, state, head, snapshots);
    room.recent = events.slice(-RECENT_EVENTS);
    // A log replayed far past its snapshot (none yet, an old version, a damaged one) gets a
    // fresh one now, so the next load is fast again.
    snapshots.committed(state, head);
    return room;
  }

  /** Resolves once no snapshot write is in flight. */
  snapshotsWritten(): Promise<void> {
    return this.snapshots.idle();
  }

  /** The committed events after `seq` (at most `limit`), or null when memory no longer holds them all. */
  eventsAfter(seq: number, limit: number): WorkshopEvent[] | null {
    const first = this.recent[0]?.seq ?? this.head + 1;
    if (seq + 1 < first) return null;
    return this.recent.slice(seq + 1 - first, seq + 1 - first + limit);
  }

  get state(): WorkshopState {
    return this.committedState;
  }

  get seq(): number {
    return this.head;
  }

  private hashMemo: { seq: number; hash: string } | null = null;

  /** The state hash at the head, computed once per seq (a reconnect storm asks for it thousands of times). */
  get hash(): string {
    if (this.hashMemo?.seq !== this.head) this.hashMemo = { seq: this.head, hash: stateHash(this.committedState) };
    return this.hashMemo.hash;
  }

  /** The state at the head as `viewer` may see it, with its hash (the shared one when nothing is hidden from them). */
  viewFor(viewer: Actor): { state: WorkshopState; hash: string } {
    const state = viewState(this.committedState, viewer);
    return { state, hash: state === this.committedState ? this.hash : stateHash(state) };
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  subscribe(subscriber: RoomSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /**
   * Decides and commits a client's mutation exactly once per (clientId, mutationId).
   * Resolves after commit and broadcast; rejects with MesaError for a refusal.
   */
  submit(actor: Actor, clientId: string, mutationId: number, mutation: Mutation): Promise<MutationOutcome> {
    const key = `${actor.memberId}\u0000${clientId}\u0000${mutationId}`;
    const running = this.inFlight.get(key);
    if (running) return running.then((o) => ({ ...o, duplicate: true }));
    const outcome = this.submitOnce(actor, clientId, mutationId, mutation).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, outcome);
    return outcome;
  }

  private async submitOnce(actor: Actor, clientId: string, mutationId: number, mutation: Mutation): Promise<MutationOutcome> {
    const existing = await this.store.findMutation(this.workshopId, actor.memberId, clientId, mutationId);
    if (existing !== null) return { seq: existing, duplicate: true };
    const decided = decide(this.tentative, actor, mutation);
    if (!decided.ok) throw new MesaError(decided.code, decided.params);
    const event = { type: decided.type, data: decided.data, actorId: actor.memberId, clientId, mutationId, at: Date.now() } as NewEvent;
    try {
      const [stored] = await this.append([event]);
      return { seq: stored?.seq ?? this.head, duplicate: false };
    } catch (error) {
      if (error instanceof DuplicateMutationError) {
        const seq = await this.store.findMutation(this.workshopId, actor.memberId, clientId, mutationId);
        if (seq !== null) return { seq, duplicate: true };
      }
      throw error;
    }
  }

  /** Appends events made by the server itself (a member joining), with any tokens they grant. */
  async appendSystem(events: NewEvent[], tokens: TokenRecord[] = []): Promise<WorkshopEvent[]> {
    return this.append(events, tokens);
  }

  private async append(events: NewEvent[], tokens: TokenRecord[] = []): Promise<WorkshopEvent[]> {
    for (const event of events) this.tentative = apply(this.tentative, event);
    this.pendingAppends += 1;
    try {
      const stored = await this.store.append(this.workshopId, events, tokens);
      this.commit(stored);
      return stored;
    } catch (error) {
      // The store refused (a disk or constraint error): decide from committed state again. Other
      // appends still in flight fold into committed state as they commit.
      this.tentative = this.committedState;
      throw error;
    } finally {
      this.pendingAppends -= 1;
      if (this.pendingAppends === 0) this.tentative = this.committedState;
    }
  }

  private commit(events: WorkshopEvent[]): void {
    for (const event of events) {
      if (event.seq !== this.head + 1) {
        // The store is the authority on seq; a gap here means another writer: never broadcast out of order.
        throw new Error(`room ${this.workshopId} expected seq ${this.head + 1}, store gave ${event.seq}`);
      }
      this.committedState = apply(this.committedState, event);
      this.head = event.seq;
      // One encoding per audience (shared/domain/views.ts), shared by all its subscribers.
      const frames = new Map<Audience, Buffer>();
      for (const subscriber of this.subscribers) {
        const audience = audienceOf(event, subscriber.viewer);
        let frame = frames.get(audience);
        if (!frame) {
          frame = Buffer.from(JSON.stringify({ t: 'event', e: eventFor(event, audience) }));
          frames.set(audience, frame);
        }
        subscriber.deliver(event, frame);
      }
      this.recent.push(event);
    }
    // Trimmed in steps, so the array is not shifted on every commit.
    if (this.recent.length > 2 * RECENT_EVENTS) this.recent = this.recent.slice(-RECENT_EVENTS);
    this.snapshots.committed(this.committedState, this.head);
  }
}
