import type { OutboxState, OutboxStorage, PendingMutation } from '../../../shared/sync/client';
import type { KeyValueStorage } from '../lib/storage';

export const outboxKey = (workshopId: string) => `mesa.outbox.${workshopId}`;

function isPending(value: unknown): value is PendingMutation {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return Number.isSafeInteger(p.mutationId) && typeof p.name === 'string' && typeof p.createdAt === 'number' && 'args' in p;
}

/** Reads a stored outbox, or null when there is none or it is not one (then the client starts afresh). */
export function parseOutbox(raw: string | null): OutboxState | null {
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as Record<string, unknown>;
    if (typeof data.clientId !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(data.clientId)) return null;
    if (!Number.isSafeInteger(data.lastMutationId) || (data.lastMutationId as number) < 0) return null;
    if (!Array.isArray(data.pending) || !data.pending.every(isPending)) return null;
    return { clientId: data.clientId, lastMutationId: data.lastMutationId as number, pending: data.pending };
  } catch {
    return null;
  }
}

/**
 * The sync client's outbox on sessionStorage: it survives a reload of the tab but is not
 * shared with other tabs, so two tabs never share a clientId and its mutation counter.
 */
export function sessionOutboxStorage(storage: KeyValueStorage, workshopId: string): OutboxStorage {
  const key = outboxKey(workshopId);
  return {
    load: () => parseOutbox(storage.getItem(key)),
    save: (state) => storage.setItem(key, JSON.stringify(state)),
  };
}
