import type { TxBody } from './lease';
import { type CachedView, isCachedView, type OutboxDb } from './outboxDb';
import { type OutboxRecord, parseRecord } from './outboxRecord';

export const DB_NAME = 'mesa';
const DB_VERSION = 1;
const OUTBOXES = 'outboxes';
const VIEWS = 'views';

function openDatabase(factory: IDBFactory, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    // Opening can hang (blocked by another tab's older connection, or a browser bug): give up in time.
    const timer = setTimeout(() => {
      settled = true;
      reject(new Error('IndexedDB did not open in time'));
    }, timeoutMs);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOXES)) db.createObjectStore(OUTBOXES, { keyPath: 'clientId' });
      if (!db.objectStoreNames.contains(VIEWS)) db.createObjectStore(VIEWS, { keyPath: 'key' });
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      // Let a newer Mesa in another tab upgrade the database instead of being blocked by us.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(request.error ?? new Error('IndexedDB failed to open'));
    };
  });
}

/** Resolves when the transaction commits; rejects with `failure()` (or the transaction's error) when it aborts. */
function completion<T>(tx: IDBTransaction, result: () => T, failure: () => unknown = () => null): Promise<T> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(result());
    tx.onabort = () => reject(failure() ?? tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

class IndexedOutboxDb implements OutboxDb {
  private db: Promise<IDBDatabase> | null;

  constructor(
    private readonly factory: IDBFactory,
    first: IDBDatabase,
    private readonly timeoutMs: number,
  ) {
    this.db = Promise.resolve(first);
  }

  /** Runs `start` on the open connection, reopening it once if the browser closed it under us. */
  private async withTransaction<T>(start: (db: IDBDatabase) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.db ??= openDatabase(this.factory, this.timeoutMs);
      const opening = this.db;
      let db: IDBDatabase;
      try {
        db = await opening;
      } catch (error) {
        if (this.db === opening) this.db = null;
        throw error;
      }
      try {
        return await start(db);
      } catch (error) {
        // InvalidStateError: the connection is closed (version change, Safari's "connection lost").
        const closed = error instanceof DOMException && error.name === 'InvalidStateError';
        if (!closed || attempt > 0) throw error;
        if (this.db === opening) this.db = null;
      }
    }
  }

  transact<T>(body: TxBody<T>, options: { strict?: boolean } = {}): Promise<T> {
    return this.withTransaction((db) => {
      const tx = db.transaction(OUTBOXES, 'readwrite', { durability: options.strict ? 'strict' : 'default' });
      const store = tx.objectStore(OUTBOXES);
      let result: T | undefined;
      let failure: unknown = null;
      const all = store.getAll();
      all.onsuccess = () => {
        try {
          const records = (all.result as unknown[]).map(parseRecord).filter((r): r is OutboxRecord => r !== null);
          const out = body(records);
          for (const key of out.remove ?? []) store.delete(key);
          for (const record of out.put ?? []) store.put(record);
          result = out.result;
        } catch (error) {
          failure = error;
          tx.abort();
        }
      };
      return completion(
        tx,
        () => result as T,
        () => failure,
      );
    });
  }

  readView(key: string): Promise<CachedView | null> {
    return this.withTransaction((db) => {
      const tx = db.transaction(VIEWS, 'readonly');
      const get = tx.objectStore(VIEWS).get(key);
      return completion(tx, () => (isCachedView(get.result) ? get.result : null));
    });
  }

  writeView(view: CachedView): Promise<void> {
    return this.withTransaction((db) => {
      const tx = db.transaction(VIEWS, 'readwrite');
      tx.objectStore(VIEWS).put(view);
      return completion(tx, () => undefined);
    });
  }

  pruneViews(before: number): Promise<void> {
    return this.withTransaction((db) => {
      const tx = db.transaction(VIEWS, 'readwrite');
      const cursor = tx.objectStore(VIEWS).openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        const value: unknown = c.value;
        if (!isCachedView(value) || value.savedAt < before) c.delete();
        c.continue();
      };
      return completion(tx, () => undefined);
    });
  }

  close(): void {
    const db = this.db;
    this.db = null;
    db?.then(
      (d) => d.close(),
      () => {},
    );
  }
}

/**
 * Opens Mesa's IndexedDB database, or resolves null when the browser has none or refuses it
 * (some private modes, old browsers, a full disk): the caller then falls back to sessionStorage.
 */
export async function openOutboxDb(factory: IDBFactory | undefined = globalThis.indexedDB, timeoutMs = 4000): Promise<OutboxDb | null> {
  if (!factory) return null;
  try {
    const db = await openDatabase(factory, timeoutMs);
    return new IndexedOutboxDb(factory, db, timeoutMs);
  } catch {
    return null;
  }
}
