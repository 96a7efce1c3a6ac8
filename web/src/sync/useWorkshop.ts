import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Role } from '../../../shared/domain/constants';
import type { WorkshopState } from '../../../shared/domain/state';
import type { ErrorCode } from '../../../shared/errors';
import { type ConnectionStatus, type SocketLike, SyncClient } from '../../../shared/sync/client';
import { currentLanguage } from '../i18n';
import { randomId } from '../lib/random';
import { session } from '../lib/storage';
import { sessionOutboxStorage } from './outboxStorage';

/** Everything a workshop screen renders from the sync client, as one immutable snapshot. */
export interface WorkshopSnapshot {
  client: SyncClient;
  /** Confirmed state with this tab's pending mutations applied: what the user sees. */
  view: WorkshopState | null;
  confirmed: WorkshopState | null;
  status: ConnectionStatus;
  pendingCount: number;
  disconnectedAt: number | null;
  role: Role | null;
  memberId: string | null;
  /** The code participants join with, as the server's welcome tells it. */
  joinCode: string | null;
  fatal: { code: ErrorCode; message: string } | null;
}

function take(client: SyncClient): WorkshopSnapshot {
  return {
    client,
    view: client.view,
    confirmed: client.confirmed,
    status: client.status,
    pendingCount: client.pending.length,
    disconnectedAt: client.disconnectedAt,
    role: client.role,
    memberId: client.memberId,
    joinCode: client.joinCode ?? null,
    fatal: client.fatal,
  };
}

function same(a: WorkshopSnapshot, b: WorkshopSnapshot): boolean {
  return (Object.keys(a) as (keyof WorkshopSnapshot)[]).every((k) => a[k] === b[k]);
}

export function syncUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/ws`;
}

/**
 * Adapts a SyncClient to useSyncExternalStore: one subscription to the client, and a snapshot
 * object that changes identity only when something on it changed.
 */
class WorkshopStore {
  private snap: WorkshopSnapshot;
  private readonly listeners = new Set<() => void>();
  private cleanup: (() => void)[] = [];

  constructor(readonly client: SyncClient) {
    this.snap = take(client);
  }

  start(): void {
    this.cleanup.push(
      this.client.subscribe(() => {
        const next = take(this.client);
        if (same(next, this.snap)) return;
        this.snap = next;
        for (const l of this.listeners) l();
      }),
    );
    // The browser knows before our backoff timer does that the network is back.
    const online = () => this.client.reconnectNow();
    window.addEventListener('online', online);
    this.cleanup.push(() => window.removeEventListener('online', online));
    this.client.start();
  }

  stop(): void {
    for (const c of this.cleanup) c();
    this.cleanup = [];
    this.client.stop();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.snap;
}

const noSubscribe = () => () => {};
const noSnapshot = () => null;

/** Connects to a workshop for as long as the calling component is mounted. */
export function useWorkshop(workshopId: string, token: string | null): WorkshopSnapshot | null {
  const [store, setStore] = useState<WorkshopStore | null>(null);
  useEffect(() => {
    if (!token) return;
    const client = new SyncClient({
      url: syncUrl(),
      workshopId,
      token,
      lang: currentLanguage(),
      // The DOM's handler types (ev: Event) are narrower than SocketLike's (ev: unknown); the client only reads `data`.
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      storage: sessionOutboxStorage(session, workshopId),
      newClientId: () => randomId(22),
    });
    const next = new WorkshopStore(client);
    next.start();
    setStore(next);
    return () => {
      next.stop();
      setStore(null);
    };
  }, [workshopId, token]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.getSnapshot ?? noSnapshot);
}
