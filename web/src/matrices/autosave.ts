/** How long the person must pause typing before a field is saved. */
export const AUTOSAVE_DELAY_MS = 800;

/** What a field holds of its own: `typed` once the person has written in it since it got focus. */
export interface Draft {
  text: string;
  typed: boolean;
}

/** The draft's text if the person wrote it; a field only looked at has nothing to send. */
export function typedText(draft: Draft | null): string | null {
  return draft?.typed ? draft.text : null;
}

/**
 * The text to send for a field's draft, or null when there is nothing to send: no draft, the
 * same text as the view already holds (the domain trims, so spaces at the ends never count), or
 * an empty text where the domain needs one (a proposal's text).
 */
export function textToSend(draft: string | null, value: string, allowEmpty: boolean): string | null {
  if (draft === null) return null;
  const text = draft.trim();
  if (text === value.trim()) return null;
  if (text === '' && !allowEmpty) return null;
  return text;
}

interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs the last scheduled function once calls stop for `delay` ms; `cancel` drops it. */
export class Debouncer {
  private handle: unknown = null;

  constructor(
    private readonly delay: number,
    private readonly timers: Timers = realTimers,
  ) {}

  get pending(): boolean {
    return this.handle !== null;
  }

  schedule(fn: () => void): void {
    this.cancel();
    this.handle = this.timers.set(() => {
      this.handle = null;
      fn();
    }, this.delay);
  }

  cancel(): void {
    if (this.handle === null) return;
    this.timers.clear(this.handle);
    this.handle = null;
  }
}

/** A set with `key` added or removed; the same set when nothing changes (so React skips a render). */
export function toggled(set: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> {
  if (set.has(key) === on) return set;
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
