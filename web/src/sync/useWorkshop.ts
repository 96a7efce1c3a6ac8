import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SocketLike } from '../../../shared/sync/client';
import { currentLanguage } from '../i18n';
import { randomId } from '../lib/random';
import { local, session } from '../lib/storage';
import { ConflictStore, conflictKey } from './conflictStore';
import { openOutboxDb } from './indexedDb';
import { outboxKey, parseOutbox, sessionOutboxStorage } from './outboxStorage';
import { tokenKey } from './tokenKey';
import { type WorkshopSnapshot, WorkshopSession } from './workshopSession';

export type { WorkshopSnapshot } from './workshopSession';

export function syncUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/ws`;
}

/** One connection to IndexedDB per page, shared by every workshop view; null when the browser has none. */
let outboxDb: ReturnType<typeof openOutboxDb> | null = null;
function sharedOutboxDb(): ReturnType<typeof openOutboxDb> {
  outboxDb ??= openOutboxDb();
  return outboxDb;
}

function startSession(workshopId: string, token: string, db: Awaited<ReturnType<typeof openOutboxDb>>): WorkshopSession {
  const key = tokenKey(token);
  return new WorkshopSession({
    url: syncUrl(),
    workshopId,
    token,
    tokenKey: key,
    lang: currentLanguage(),
    // The DOM's handler types (ev: Event) are narrower than SocketLike's (ev: unknown); the client only reads `data`.
    createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    newClientId: () => randomId(22),
    tabId: randomId(16),
    db,
    fallback: sessionOutboxStorage(session, workshopId),
    // localStorage, not IndexedDB: see README.md (refused changes).
    conflicts: new ConflictStore(local, conflictKey(workshopId, key)),
    legacy: {
      load: () => parseOutbox(session.getItem(outboxKey(workshopId))),
      clear: () => session.removeItem(outboxKey(workshopId)),
    },
    events: { window, document },
  });
}

/**
 * Connects to a workshop for as long as the calling component is mounted. Unsent changes are kept
 * in IndexedDB (see workshopSession.ts), so the snapshot arrives after a short asynchronous start.
 */
export function useWorkshop(workshopId: string, token: string | null): WorkshopSnapshot | null {
  const [current, setCurrent] = useState<WorkshopSession | null>(null);
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    let started: WorkshopSession | null = null;
    void sharedOutboxDb().then((db) => {
      if (cancelled) return;
      started = startSession(workshopId, token, db);
      setCurrent(started);
      void started.open();
    });
    return () => {
      cancelled = true;
      started?.close();
      setCurrent(null);
    };
  }, [workshopId, token]);
  return useSyncExternalStore(current?.subscribe ?? noSubscribe, current?.getSnapshot ?? noSnapshot);
}

const noSubscribe = () => () => {};
const noSnapshot = () => null;
