import type { OutboxState } from '../../../shared/sync/client';
import { GC_AFTER_MS, LEASE_MS, type OutboxRecord } from './outboxRecord';

/**
 * Who may use which clientId. A clientId's mutation counter must only ever be advanced by one
 * tab at a time, or two different mutations would share a (clientId, mutationId) and the server
 * would keep only the first. Web Locks would do this, but they need a secure context and Mesa
 * is often served over plain http on a venue's LAN, so ownership is a lease in the record:
 * the owner renews `leaseUntil`; another tab may take the record only once it has run out.
 *
 * Everything here is pure: each `*Tx` function is the body of one IndexedDB readwrite
 * transaction over the whole `outboxes` store, so deciding and claiming happen atomically and
 * two tabs starting together can never take the same record.
 */

/** The outboxes a tab may use: its workshop, made with the same access token. */
export interface Scope {
  workshopId: string;
  tokenKey: string;
}

/** What one transaction writes back, and what it tells the caller. */
export interface TxResult<T> {
  put?: OutboxRecord[];
  remove?: string[];
  result: T;
}

export type TxBody<T> = (records: readonly OutboxRecord[]) => TxResult<T>;

/** Thrown inside a transaction body when this tab no longer owns the record it writes. */
export class LeaseLostError extends Error {
  constructor(readonly clientId: string) {
    super(`the outbox of ${clientId} is now owned by another tab`);
    this.name = 'LeaseLostError';
  }
}

export const isExpired = (r: OutboxRecord, now: number) => r.leaseUntil <= now;
const inScope = (r: OutboxRecord, scope: Scope) => r.workshopId === scope.workshopId && r.tokenKey === scope.tokenKey;
const oldestPending = (r: OutboxRecord) => Math.min(...r.pending.map((p) => p.createdAt));

/** Oldest unsent work first; the clientId breaks ties so every tab decides alike. */
function byOldestPending(a: OutboxRecord, b: OutboxRecord): number {
  return oldestPending(a) - oldestPending(b) || (a.clientId < b.clientId ? -1 : 1);
}

export type Choice = { kind: 'adopt'; record: OutboxRecord } | { kind: 'wait'; clientIds: string[] } | { kind: 'new' };

export interface ChooseOptions {
  /** Leased records seen renewed since this tab started looking: their owner is alive, do not wait for them. */
  alive?: ReadonlySet<string>;
  /** Whether waiting for a lease with pending mutations to run out is allowed. */
  patient?: boolean;
}

/**
 * Which outbox a starting tab takes:
 * 1. an expired one of its scope with pending mutations (a closed tab's unsent work), oldest first;
 * 2. else, when patient, wait while one with pending mutations is still leased by a tab not known
 *    to be alive (a tab closed a moment ago whose release did not get written): its lease runs
 *    out within LEASE_MS unless the owner renews it, which proves it alive;
 * 3. else the most recently used expired empty one (a reload keeps its clientId, and ids stay few);
 * 4. else none: the tab makes a new clientId.
 */
export function chooseOutbox(records: readonly OutboxRecord[], scope: Scope, now: number, options: ChooseOptions = {}): Choice {
  const mine = records.filter((r) => inScope(r, scope));
  const orphans = mine.filter((r) => isExpired(r, now) && r.pending.length > 0).sort(byOldestPending);
  if (orphans[0]) return { kind: 'adopt', record: orphans[0] };
  if (options.patient) {
    const alive = options.alive ?? new Set<string>();
    const leased = mine.filter((r) => !isExpired(r, now) && r.pending.length > 0 && !alive.has(r.clientId));
    if (leased.length > 0) return { kind: 'wait', clientIds: leased.map((r) => r.clientId) };
  }
  const idle = mine.filter((r) => isExpired(r, now)).sort((a, b) => b.updatedAt - a.updatedAt);
  if (idle[0]) return { kind: 'adopt', record: idle[0] };
  return { kind: 'new' };
}

/** Records whose lease was renewed since `first` was seen: their owner is a live tab. */
export function renewedSince(first: ReadonlyMap<string, number>, now: ReadonlyMap<string, number>): Set<string> {
  const alive = new Set<string>();
  for (const [clientId, leaseUntil] of now) {
    const seen = first.get(clientId);
    if (seen !== undefined && leaseUntil > seen) alive.add(clientId);
  }
  return alive;
}

/** Empty, released records nobody touched for GC_AFTER_MS. Records with pending mutations are never deleted. */
export function garbage(records: readonly OutboxRecord[], now: number): string[] {
  return records.filter((r) => r.pending.length === 0 && isExpired(r, now) && r.updatedAt < now - GC_AFTER_MS).map((r) => r.clientId);
}

const leased = (r: OutboxRecord, tabId: string, now: number): OutboxRecord => ({
  ...r,
  leaseOwner: tabId,
  leaseUntil: now + LEASE_MS,
  updatedAt: now,
});

export interface AcquireParams extends ChooseOptions {
  scope: Scope;
  tabId: string;
  now: number;
  newClientId: () => string;
  /** An outbox from before IndexedDB (sessionStorage), imported once when it has pending mutations. */
  legacy?: OutboxState | null;
}

export type Acquired =
  | { kind: 'wait'; clientIds: string[]; leases: Map<string, number> }
  | { kind: 'owned'; record: OutboxRecord; adopted: boolean };

/** A starting tab: import a legacy outbox, collect garbage, and take (or wait for, or make) an outbox. */
export function acquireTx(p: AcquireParams): TxBody<Acquired> {
  return (stored) => {
    const put: OutboxRecord[] = [];
    let records = [...stored];
    const legacy = p.legacy;
    if (legacy && legacy.pending.length > 0 && !records.some((r) => r.clientId === legacy.clientId)) {
      const imported: OutboxRecord = { ...legacy, ...p.scope, leaseOwner: null, leaseUntil: 0, updatedAt: p.now };
      records.push(imported);
      put.push(imported);
    }
    const remove = garbage(records, p.now);
    records = records.filter((r) => !remove.includes(r.clientId));
    const choice = chooseOutbox(records, p.scope, p.now, p);
    if (choice.kind === 'wait') {
      const leases = new Map(records.map((r) => [r.clientId, r.leaseUntil]));
      return { put, remove, result: { kind: 'wait', clientIds: choice.clientIds, leases } };
    }
    let record: OutboxRecord;
    if (choice.kind === 'adopt') {
      record = leased(choice.record, p.tabId, p.now);
    } else {
      let clientId = p.newClientId();
      while (records.some((r) => r.clientId === clientId)) clientId = p.newClientId();
      record = leased(
        { clientId, lastMutationId: 0, pending: [], ...p.scope, leaseOwner: null, leaseUntil: 0, updatedAt: 0 },
        p.tabId,
        p.now,
      );
    }
    put.push(record);
    return { put, remove, result: { kind: 'owned', record, adopted: choice.kind === 'adopt' } };
  };
}

/**
 * The owner writes its outbox and renews the lease in one go. Refused (LeaseLostError) when the
 * record is gone or another tab owns it: this tab must then stop using the clientId.
 */
export function writeTx(clientId: string, tabId: string, state: OutboxState, now: number): TxBody<OutboxRecord> {
  return (records) => {
    const current = records.find((r) => r.clientId === clientId);
    // A higher counter than ours means someone else has used the clientId: never write it back.
    if (!current || current.leaseOwner !== tabId || current.lastMutationId > state.lastMutationId) throw new LeaseLostError(clientId);
    const record = leased({ ...current, lastMutationId: state.lastMutationId, pending: state.pending }, tabId, now);
    return { put: [record], result: record };
  };
}

/** Gives the record up (leaving the page), writing its last state; a no-op when it is no longer ours. */
export function releaseTx(clientId: string, tabId: string, state: OutboxState | null, now: number): TxBody<boolean> {
  return (records) => {
    const current = records.find((r) => r.clientId === clientId);
    if (!current || current.leaseOwner !== tabId || (state && current.lastMutationId > state.lastMutationId)) return { result: false };
    const record: OutboxRecord = {
      ...current,
      ...(state ? { lastMutationId: state.lastMutationId, pending: state.pending } : {}),
      leaseOwner: null,
      leaseUntil: 0,
      updatedAt: now,
    };
    return { put: [record], result: true };
  };
}

/**
 * A running tab takes expired records of its scope that still have pending mutations (a tab that
 * was closed or crashed after this one started), to send them. At most `limit`, oldest first.
 */
export function claimOrphansTx(scope: Scope, tabId: string, now: number, limit: number): TxBody<OutboxRecord[]> {
  return (records) => {
    if (limit <= 0) return { result: [] };
    const claimed = records
      .filter((r) => inScope(r, scope) && isExpired(r, now) && r.pending.length > 0)
      .sort(byOldestPending)
      .slice(0, limit)
      .map((r) => leased(r, tabId, now));
    return { put: claimed, result: claimed };
  };
}
