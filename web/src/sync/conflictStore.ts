import type { ErrorParams } from '../../../shared/errors';
import type { RejectionNotice } from '../../../shared/sync/client';
import type { KeyValueStorage } from '../lib/storage';

/** A change the server did not accept, kept until the person dismisses it. */
export interface Conflict {
  /** `clientId:mutationId`: the same refusal reported twice is kept once. */
  id: string;
  /** The mutation's name, e.g. `pestle.edit`. */
  name: string;
  /** Its arguments as sent: the text the person typed is here. */
  args: unknown;
  /** The server's error code (a newer server may send one this page does not know). */
  code: string;
  params?: ErrorParams;
  /** The server's message, in the connection's language: shown only for codes this page does not know. */
  message: string;
  /** When the change was made, and when the server refused it (client time, ms). */
  madeAt: number | null;
  rejectedAt: number;
}

/** One list per workshop and access token (one member in this browser). */
export function conflictKey(workshopId: string, tokenKey: string): string {
  return `mesa.conflicts.${workshopId}.${tokenKey}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isParams(value: unknown): value is ErrorParams {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}

/** A stored entry, checked field by field: storage is shared with other versions of the page. */
function parseConflict(value: unknown): Conflict | null {
  if (!isRecord(value)) return null;
  const { id, name, args, code, params, message, madeAt, rejectedAt } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof code !== 'string' || typeof message !== 'string') return null;
  if (typeof rejectedAt !== 'number' || (madeAt !== null && typeof madeAt !== 'number')) return null;
  if (params !== undefined && !isParams(params)) return null;
  return { id, name, args, code, ...(params ? { params } : {}), message, madeAt, rejectedAt };
}

export function parseConflicts(raw: string | null): Conflict[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.map(parseConflict).filter((c): c is Conflict => c !== null) : [];
  } catch {
    return [];
  }
}

/**
 * The changes the server did not accept, in localStorage, oldest first. Every write reads the
 * stored list again first, so a second tab of the same member adding or dismissing meanwhile
 * is not overwritten; `refresh()` picks up such changes (the `storage` event).
 */
export class ConflictStore {
  private items: readonly Conflict[];
  private readonly listeners = new Set<() => void>();
  /** A write did not reach storage (quota, private mode): from then on this tab's memory is the list. */
  private volatile = false;

  constructor(
    private readonly storage: KeyValueStorage,
    readonly key: string,
    private readonly warn: (message: string) => void = console.warn,
  ) {
    this.items = parseConflicts(storage.getItem(key));
  }

  /** The current list; a new array after every change, the same one otherwise. */
  list(): readonly Conflict[] {
    return this.items;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  add(conflict: Conflict): void {
    const stored = this.read();
    if (stored.some((c) => c.id === conflict.id)) {
      this.set(stored);
      return;
    }
    this.write([...stored, conflict]);
  }

  dismiss(id: string): void {
    this.write(this.read().filter((c) => c.id !== id));
  }

  dismissAll(): void {
    this.write([]);
  }

  /** Reads the stored list again (another tab changed it). */
  refresh(): void {
    if (!this.volatile) this.set(this.read());
  }

  private read(): Conflict[] {
    return this.volatile ? [...this.items] : parseConflicts(this.storage.getItem(this.key));
  }

  private write(list: Conflict[]): void {
    const raw = list.length === 0 ? null : JSON.stringify(list);
    if (raw === null) this.storage.removeItem(this.key);
    else this.storage.setItem(this.key, raw);
    if (!this.volatile && this.storage.getItem(this.key) !== raw) {
      this.volatile = true;
      this.warn('Mesa: the list of changes the server did not accept could not be saved on this device; it is kept for this tab only');
    }
    this.set(list);
  }

  private set(list: readonly Conflict[]): void {
    const same = list.length === this.items.length && list.every((c, i) => c.id === this.items[i]?.id);
    if (same) return;
    this.items = list;
    for (const l of this.listeners) l();
  }
}

/**
 * The entry for a refusal the client reported, or null when there is nothing to keep: the
 * mutation was no longer pending here (its refusal was reported already), or it removed an item
 * that someone else had removed first (what the person wanted happened).
 */
export function conflictOf(clientId: string, notice: RejectionNotice, now: number): Conflict | null {
  if (!notice.name || notice.args === undefined) return null;
  if (notice.name === 'pestle.remove' && notice.code === 'item_missing') return null;
  return {
    id: `${clientId}:${notice.mutationId}`,
    name: notice.name,
    args: notice.args,
    code: notice.code,
    ...(notice.params ? { params: notice.params } : {}),
    message: notice.message,
    madeAt: notice.createdAt ?? null,
    rejectedAt: now,
  };
}
