export interface WriteThroughOptions<T> {
  /** Writes one value durably; rejects when it could not. */
  write: (value: T) => Promise<void>;
  /** After each successful write, in the order the values were saved. */
  onWritten?: (value: T) => void;
  /** Errors that make retrying pointless (the record belongs to another tab now): writing stops. */
  isFatal?: (error: unknown) => boolean;
  onFatal?: (error: unknown) => void;
  /** Every failed attempt that will be retried. */
  onError?: (error: unknown, attempt: number) => void;
  retryDelayMs?: (attempt: number) => number;
}

const defaultDelay = (attempt: number) => Math.min(10_000, 250 * 2 ** Math.min(attempt, 6));

/**
 * Writes the latest saved value to an asynchronous store, one write at a time. `save()` is
 * synchronous and never throws, so it fits the SyncClient's synchronous `OutboxStorage`: the
 * caller keeps its in-memory copy and this keeps the store catching up.
 *
 * - Serialised: at most one write in flight, so writes can never land out of order.
 * - Latest wins: values saved while a write is in flight replace each other; only the last is written.
 * - A failed write is retried (with backoff) until it succeeds or a newer value replaces it.
 */
export class WriteThrough<T> {
  private queued: { value: T } | null = null;
  private writing = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: WriteThroughOptions<T>) {}

  save(value: T): void {
    if (this.stopped) return;
    this.queued = { value };
    if (!this.retryTimer) this.pump();
  }

  /** Retries now instead of waiting for the backoff (the page is going away, or came back). */
  retryNow(): void {
    if (!this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.pump();
  }

  /** Nothing written yet or being written. */
  get idle(): boolean {
    return !this.writing && !this.queued;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Resolves once everything saved so far is written, or writing stopped. */
  whenIdle(): Promise<void> {
    if (this.idle || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops writing; a write in flight still completes. */
  stop(): void {
    this.stopped = true;
    this.queued = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.settle();
  }

  private settle(): void {
    if (!this.idle && !this.stopped) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private pump(): void {
    if (this.stopped || this.writing || !this.queued) {
      this.settle();
      return;
    }
    const { value } = this.queued;
    this.queued = null;
    this.writing = true;
    let written: Promise<void>;
    try {
      written = this.options.write(value);
    } catch (error) {
      written = Promise.reject(error);
    }
    written.then(
      () => {
        this.writing = false;
        this.attempt = 0;
        if (!this.stopped) this.options.onWritten?.(value);
        this.pump();
      },
      (error: unknown) => {
        this.writing = false;
        if (this.stopped) return this.settle();
        if (this.options.isFatal?.(error)) {
          this.stop();
          this.options.onFatal?.(error);
          return;
        }
        this.attempt += 1;
        this.options.onError?.(error, this.attempt);
        // Keep the failed value unless a newer one already replaced it: nothing saved is dropped.
        if (!this.queued) this.queued = { value };
        this.retryTimer = setTimeout(
          () => {
            this.retryTimer = null;
            this.pump();
          },
          (this.options.retryDelayMs ?? defaultDelay)(this.attempt),
        );
      },
    );
  }
}
