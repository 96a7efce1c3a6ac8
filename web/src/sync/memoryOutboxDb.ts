import type { TxBody } from './lease';
import type { CachedView, OutboxDb } from './outboxDb';
import type { OutboxRecord } from './outboxRecord';

/**
 * An in-memory OutboxDb for unit tests, with IndexedDB's guarantees that matter here:
 * transactions run one at a time in the order they were started, each sees a copy of the
 * records, and a body that throws writes nothing. Several sessions sharing one instance behave
 * like several tabs sharing the browser's database.
 */
export class MemoryOutboxDb implements OutboxDb {
  readonly records = new Map<string, OutboxRecord>();
  readonly views = new Map<string, CachedView>();
  /** Fail this many of the next transactions (as a full disk would). */
  failNext = 0;
  transactions = 0;
  private queue: Promise<unknown> = Promise.resolve();

  private run<T>(work: () => T): Promise<T> {
    const next = this.queue.then(async () => {
      // A real transaction completes on a later task; let other work interleave like it would.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.failNext > 0) {
        this.failNext -= 1;
        throw new Error('simulated IndexedDB failure');
      }
      return work();
    });
    this.queue = next.catch(() => {});
    return next;
  }

  transact<T>(body: TxBody<T>): Promise<T> {
    return this.run(() => {
      this.transactions += 1;
      const out = body([...this.records.values()].map((r) => structuredClone(r)));
      for (const key of out.remove ?? []) this.records.delete(key);
      for (const record of out.put ?? []) this.records.set(record.clientId, structuredClone(record));
      return out.result;
    });
  }

  readView(key: string): Promise<CachedView | null> {
    return this.run(() => structuredClone(this.views.get(key) ?? null));
  }

  writeView(view: CachedView): Promise<void> {
    return this.run(() => void this.views.set(view.key, structuredClone(view)));
  }

  pruneViews(before: number): Promise<void> {
    return this.run(() => {
      for (const [key, view] of this.views) if (view.savedAt < before) this.views.delete(key);
    });
  }

  close(): void {}
}
