import type { OutboxState } from '../../../shared/sync/client';
import { parseOutbox } from './outboxStorage';

/**
 * One sync client's outbox as kept in IndexedDB (database `mesa`, store `outboxes`, key
 * `clientId`). Any tab of the browser can read it; only the tab named in `leaseOwner` may
 * write it, and only while `leaseUntil` is in the future (see lease.ts).
 */
export interface OutboxRecord extends OutboxState {
  workshopId: string;
  /** Which access token made these mutations (a hash, never the token): see tokenKey.ts. */
  tokenKey: string;
  /** The tab (one id per page load) that holds the lease, or null when released. */
  leaseOwner: string | null;
  /** Client time until which the lease holds; 0 when released. */
  leaseUntil: number;
  /** Client time of the last write, for garbage collection. */
  updatedAt: number;
}

/** How long a lease holds without being renewed. */
export const LEASE_MS = 6000;
/** How often the owning tab renews its leases. */
export const RENEW_MS = 2000;
/** Empty, released outboxes untouched for this long are deleted. */
export const GC_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/** A record read back from IndexedDB, or null when it is not one (it is then ignored, never adopted). */
export function parseRecord(value: unknown): OutboxRecord | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  if (typeof r.workshopId !== 'string' || typeof r.tokenKey !== 'string') return null;
  if (r.leaseOwner !== null && typeof r.leaseOwner !== 'string') return null;
  if (typeof r.leaseUntil !== 'number' || typeof r.updatedAt !== 'number') return null;
  const outbox = parseOutbox(JSON.stringify({ clientId: r.clientId, lastMutationId: r.lastMutationId, pending: r.pending }));
  if (!outbox) return null;
  return {
    ...outbox,
    workshopId: r.workshopId,
    tokenKey: r.tokenKey,
    leaseOwner: r.leaseOwner as string | null,
    leaseUntil: r.leaseUntil,
    updatedAt: r.updatedAt,
  };
}

export function outboxOf(record: OutboxRecord): OutboxState {
  return { clientId: record.clientId, lastMutationId: record.lastMutationId, pending: record.pending };
}
