import type { Role } from '../../shared/domain/constants.js';
import type { NewEvent, WorkshopEvent } from '../../shared/domain/events.js';

export interface WorkshopRecord {
  id: string;
  joinCode: string;
  title: string;
  templateId: string;
  createdAt: number;
}

/** A secret's hash and what it grants. The secret itself is never stored. */
export interface TokenRecord {
  hash: string;
  workshopId: string;
  role: Role;
  memberId: string | null;
}

/** Thrown when an append repeats a (clientId, mutationId) already stored; nothing of that append is written. */
export class DuplicateMutationError extends Error {
  constructor(
    readonly clientId: string,
    readonly mutationId: number,
  ) {
    super(`mutation ${clientId}/${mutationId} is already stored`);
  }
}

export class UnknownWorkshopError extends Error {
  constructor(readonly workshopId: string) {
    super(`unknown workshop ${workshopId}`);
  }
}

/**
 * A workshop's state folded up to `seq`, so loading need not replay the whole log (see
 * server/rooms/snapshots.ts). Only an optimisation: whoever reads one checks it and falls back
 * to the log when anything is off.
 */
export interface StateSnapshot {
  /** The seq of the last event folded into `state`. */
  seq: number;
  /** EVENT_VERSION of the Mesa that folded it: a snapshot of another version is not used. */
  eventVersion: number;
  /** stateHash(state), checked on load to catch a damaged or mismatched snapshot. */
  hash: string;
  /** The state itself; stored as JSON text. */
  state: unknown;
}

/**
 * Durable storage of workshops as event logs. Every backend passes the contract suite in
 * contract.ts. `append` assigns the next gapless `seq` values inside its transaction and
 * resolves only after commit, so a resolved append is durable.
 */
export interface EventStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates the schema or migrates it to the current version. */
  init(): Promise<void>;
  /** Creates a workshop with its first events and tokens, atomically. */
  createWorkshop(workshop: WorkshopRecord, events: NewEvent[], tokens: TokenRecord[]): Promise<WorkshopEvent[]>;
  /** Appends events (and any tokens they grant) atomically; seq continues from the head. */
  append(workshopId: string, events: NewEvent[], tokens?: TokenRecord[]): Promise<WorkshopEvent[]>;
  /** Events with seq > afterSeq, in order, at most `limit`. */
  readEvents(workshopId: string, afterSeq: number, limit?: number): Promise<WorkshopEvent[]>;
  /** The last seq of a workshop, 0 for none yet, null for an unknown workshop. */
  headSeq(workshopId: string): Promise<number | null>;
  findWorkshop(id: string): Promise<WorkshopRecord | null>;
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  listWorkshops(): Promise<WorkshopRecord[]>;
  findToken(hash: string): Promise<TokenRecord | null>;
  /** Every token of a workshop (hashes only), oldest first: a backup carries them so links keep working. */
  listTokens(workshopId: string): Promise<TokenRecord[]>;
  /** Stores a token granted outside any event (a new projector link). */
  addToken(token: TokenRecord): Promise<void>;
  /** The seq of the event a member's mutation made, or null if it made none. */
  findMutation(workshopId: string, actorId: string | null, clientId: string, mutationId: number): Promise<number | null>;
  /**
   * Stores a state snapshot, replacing the workshop's previous one: only the last saved is kept
   * (an older one is never needed, since an invalid latest one means replaying the log anyway).
   * Runs in its own transaction, never inside an append's, and rejects for an unknown workshop.
   */
  saveSnapshot(workshopId: string, snapshot: StateSnapshot): Promise<void>;
  /** The last snapshot saved for a workshop, null for none or an unknown workshop. */
  latestSnapshot(workshopId: string): Promise<StateSnapshot | null>;
  close(): Promise<void>;
}
