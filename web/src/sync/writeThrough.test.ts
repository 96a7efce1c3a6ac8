import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteThrough } from './writeThrough';

/** An asynchronous store whose writes the test completes or fails one by one. */
function fakeStore() {
  const calls: { value: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const stored: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const write = (value: string) =>
    new Promise<void>((resolve, reject) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      calls.push({
        value,
        resolve: () => {
          inFlight -= 1;
          stored.push(value);
          resolve();
        },
        reject: (e) => {
          inFlight -= 1;
          reject(e);
        },
      });
    });
  return {
    write,
    calls,
    stored,
    get maxInFlight() {
      return maxInFlight;
    },
    last: () => calls[calls.length - 1]!,
  };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WriteThrough', () => {
  it('writes one value at a time and, after a write, only the latest of those saved meanwhile', async () => {
    const store = fakeStore();
    const written: string[] = [];
    const w = new WriteThrough<string>({ write: store.write, onWritten: (v) => written.push(v) });
    w.save('a');
    w.save('b');
    w.save('c');
    expect(store.calls.map((c) => c.value)).toEqual(['a']);
    store.last().resolve();
    await flush();
    expect(store.calls.map((c) => c.value)).toEqual(['a', 'c']);
    store.last().resolve();
    await flush();
    expect(store.stored).toEqual(['a', 'c']);
    expect(written).toEqual(['a', 'c']);
    expect(store.maxInFlight).toBe(1);
    expect(w.idle).toBe(true);
  });

  it('retries a failed write with backoff and never drops the value', async () => {
    const store = fakeStore();
    const errors: number[] = [];
    const w = new WriteThrough<string>({ write: store.write, onError: (_e, attempt) => errors.push(attempt), retryDelayMs: () => 1000 });
    w.save('a');
    store.last().reject(new Error('disk full'));
    await flush();
    expect(errors).toEqual([1]);
    expect(store.calls).toHaveLength(1);
    expect(w.idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls.map((c) => c.value)).toEqual(['a', 'a']);
    store.last().resolve();
    await flush();
    expect(store.stored).toEqual(['a']);
    expect(w.idle).toBe(true);
  });

  it('a newer value replaces a failed one on the retry', async () => {
    const store = fakeStore();
    const w = new WriteThrough<string>({ write: store.write, retryDelayMs: () => 1000 });
    w.save('a');
    store.last().reject(new Error('busy'));
    await flush();
    w.save('b');
    // Waits for the backoff rather than hammering a failing store.
    expect(store.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls.map((c) => c.value)).toEqual(['a', 'b']);
    store.last().resolve();
    await flush();
    expect(store.stored).toEqual(['b']);
  });

  it('a value saved while a write fails is the one retried', async () => {
    const store = fakeStore();
    const w = new WriteThrough<string>({ write: store.write, retryDelayMs: () => 1000 });
    w.save('a');
    w.save('b');
    store.last().reject(new Error('busy'));
    await flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls.map((c) => c.value)).toEqual(['a', 'b']);
  });

  it('retryNow skips the backoff', async () => {
    const store = fakeStore();
    const w = new WriteThrough<string>({ write: store.write, retryDelayMs: () => 60_000 });
    w.save('a');
    store.last().reject(new Error('busy'));
    await flush();
    w.retryNow();
    expect(store.calls).toHaveLength(2);
  });

  it('stops for good on a fatal error', async () => {
    const store = fakeStore();
    const fatal: unknown[] = [];
    const w = new WriteThrough<string>({
      write: store.write,
      isFatal: (e) => e === 'lost',
      onFatal: (e) => fatal.push(e),
    });
    w.save('a');
    w.save('b');
    store.last().reject('lost');
    await flush();
    expect(fatal).toEqual(['lost']);
    expect(w.isStopped).toBe(true);
    w.save('c');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls.map((c) => c.value)).toEqual(['a']);
  });

  it('whenIdle resolves once the latest value is written', async () => {
    const store = fakeStore();
    const w = new WriteThrough<string>({ write: store.write });
    let idle = false;
    w.save('a');
    void w.whenIdle().then(() => {
      idle = true;
    });
    w.save('b');
    store.last().resolve();
    await flush();
    expect(idle).toBe(false);
    store.last().resolve();
    await flush();
    expect(idle).toBe(true);
  });

  it('a write function that throws synchronously counts as a failed write', async () => {
    let n = 0;
    const w = new WriteThrough<string>({
      write: () => {
        n += 1;
        if (n === 1) throw new Error('sync');
        return Promise.resolve();
      },
      retryDelayMs: () => 10,
    });
    w.save('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(n).toBe(2);
    expect(w.idle).toBe(true);
  });
});
