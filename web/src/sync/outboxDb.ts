import type { Role } from '../../../shared/domain/constants';
import type { WorkshopState } from '../../../shared/domain/state';
import type { TxBody } from './lease';

/**
 * The last confirmed state a tab saw, kept so that a tab reopened without a connection shows
 * the workshop (with its unsent changes on top) instead of "connecting…". Key: workshop and
 * token, so a projector and a participant in the same browser never see each other's view.
 */
export interface CachedView {
  key: string;
  workshopId: string;
  seq: number;
  state: WorkshopState;
  role: Role | null;
  memberId: string | null;
  joinCode: string | null;
  /** When the connection was lost, if it was, so "offline for 10 min" survives a reload. */
  disconnectedAt: number | null;
  savedAt: number;
}

export const viewKey = (workshopId: string, tokenKey: string) => `${workshopId}:${tokenKey}`;

/**
 * The little the sync layer needs from IndexedDB, so that its logic runs against an in-memory
 * fake in unit tests. `transact` runs `body` over every outbox record inside one readwrite
 * transaction: atomic, and serialised with every other tab's transactions. When `body` throws,
 * nothing is written and the promise rejects with what it threw.
 */
export interface OutboxDb {
  transact<T>(body: TxBody<T>, options?: { strict?: boolean }): Promise<T>;
  readView(key: string): Promise<CachedView | null>;
  writeView(view: CachedView): Promise<void>;
  /** Deletes cached views saved before `before`. */
  pruneViews(before: number): Promise<void>;
  close(): void;
}

export function isCachedView(value: unknown): value is CachedView {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.key === 'string' &&
    typeof v.workshopId === 'string' &&
    Number.isSafeInteger(v.seq) &&
    typeof v.state === 'object' &&
    v.state !== null &&
    typeof v.savedAt === 'number'
  );
}
