import type { Language, Role } from '../../../shared/domain/constants';
import type { MutationArgs } from '../../../shared/domain/mutations';
import type { WorkshopState } from '../../../shared/domain/state';
import type { ErrorCode } from '../../../shared/errors';
import {
  type ConnectionStatus,
  type OutboxState,
  type OutboxStorage,
  type PendingMutation,
  type RejectionNotice,
  type SocketLike,
  SyncClient,
} from '../../../shared/sync/client';
import { type Conflict, type ConflictStore, conflictOf } from './conflictStore';
import { SendGate } from './gatedSocket';
import { acquireTx, claimOrphansTx, LeaseLostError, releaseTx, renewedSince, type Scope, writeTx } from './lease';
import { type CachedView, type OutboxDb, viewKey } from './outboxDb';
import { LEASE_MS, type OutboxRecord, outboxOf, RENEW_MS } from './outboxRecord';
import { WriteThrough } from './writeThrough';

/** Everything a workshop screen renders from the sync client, as one immutable snapshot. */
export interface WorkshopSnapshot {
  client: SyncClient;
  /** Confirmed state with this tab's pending mutations applied: what the user sees. */
  view: WorkshopState | null;
  confirmed: WorkshopState | null;
  status: ConnectionStatus;
  /** Unsent changes: this tab's, plus those of closed tabs it is sending. */
  pendingCount: number;
  disconnectedAt: number | null;
  role: Role | null;
  memberId: string | null;
  /** The code participants join with, as the server's welcome tells it. */
  joinCode: string | null;
  fatal: { code: ErrorCode; message: string } | null;
  /** Changes the server did not accept, kept until dismissed (this tab's and closed tabs' alike). */
  conflicts: readonly Conflict[];
  /** Where `conflicts` live: dismiss them here. */
  conflictStore: ConflictStore;
}

export interface SessionOptions {
  url: string;
  workshopId: string;
  token: string;
  /** Fingerprint of `token` (tokenKey.ts): outboxes and cached views are only shared under the same token. */
  tokenKey: string;
  lang?: Language;
  createSocket: (url: string) => SocketLike;
  newClientId: () => string;
  /** This page load's id, written as the owner of the leases it holds. */
  tabId: string;
  /** Null when IndexedDB is unavailable: the outbox is then kept in `fallback` (this tab only). */
  db: OutboxDb | null;
  fallback: OutboxStorage;
  /** Where refused changes are kept (conflictStore.ts): per workshop and token, across reloads. */
  conflicts: ConflictStore;
  /** The sessionStorage outbox of earlier versions, imported into IndexedDB once. */
  legacy: { load(): OutboxState | null; clear(): void };
  now?: () => number;
  warn?: (message: string, error?: unknown) => void;
  /** How many closed tabs' outboxes one tab sends at a time. */
  maxDrainers?: number;
  /** How long a starting tab waits for a lease on unsent changes to run out (default: a lease and a renewal). */
  patienceMs?: number;
  /** Backoff between failed IndexedDB writes (tests shorten it). */
  writeRetryMs?: (attempt: number) => number;
  /** Where page lifecycle events come from; null in tests. */
  events?: { window: Pick<Window, 'addEventListener' | 'removeEventListener'>; document: Document } | null;
}

/** The confirmed part of a client, to start another client where it was (no flash of "connecting", a shorter catch-up). */
interface Seed {
  confirmed: WorkshopState;
  seq: number;
  role: Role | null;
  memberId: string | null;
  joinCode: string | null;
  disconnectedAt: number | null;
}

function seedOf(client: SyncClient | null): Seed | null {
  if (!client?.confirmed) return null;
  const { confirmed, seq, role, memberId, joinCode, disconnectedAt } = client;
  return { confirmed, seq, role, memberId, joinCode, disconnectedAt };
}

/**
 * Starts a client from a known confirmed state. Uses the client's public fields, before it
 * starts and before its view is first read; the welcome then catches up from `seq`.
 */
function applySeed(client: SyncClient, seed: Seed): void {
  client.confirmed = seed.confirmed;
  client.seq = seed.seq;
  client.role = seed.role;
  client.memberId = seed.memberId;
  client.joinCode = seed.joinCode;
  if (seed.disconnectedAt !== null) client.disconnectedAt = seed.disconnectedAt;
}

/** Consecutive failed writes (about 8 s of retries) after which a tab stops relying on IndexedDB. */
const BROKEN_AFTER_FAILURES = 5;
/** How often, at most, the confirmed state is cached while it changes (and always when the page is hidden). */
const VIEW_SAVE_MS = 5000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * An outbox record this tab holds the lease on: the SyncClient's synchronous storage, written
 * through to IndexedDB (WriteThrough) with every write checking that the lease is still ours and
 * renewing it. `durable` is the highest mutationId known to be written under our lease.
 */
class OwnedOutbox {
  latest: OutboxState;
  durable: number;
  lost = false;
  private lastWritten: OutboxState | null = null;
  private readonly writer: WriteThrough<OutboxState>;
  private released: Promise<boolean> | null = null;

  constructor(
    private readonly db: OutboxDb,
    readonly record: OutboxRecord,
    private readonly tabId: string,
    private readonly hooks: {
      now: () => number;
      onDurable?: (mutationId: number) => void;
      onLost: () => void;
      /** Writes keep failing: IndexedDB is not usable for now. */
      onBroken?: () => void;
      warn: (message: string, error?: unknown) => void;
      retryDelayMs?: ((attempt: number) => number) | undefined;
    },
  ) {
    this.latest = outboxOf(record);
    this.durable = record.lastMutationId;
    this.writer = new WriteThrough<OutboxState>({
      write: async (state) => {
        // fsync when the outbox changed; a plain renewal may be lazy.
        await db.transact(writeTx(record.clientId, tabId, state, hooks.now()), { strict: state !== this.lastWritten });
        this.lastWritten = state;
      },
      onWritten: (state) => this.markDurable(state.lastMutationId),
      isFatal: (error) => error instanceof LeaseLostError,
      onFatal: () => {
        this.lost = true;
        hooks.onLost();
      },
      onError: (error, attempt) => {
        if (attempt === 3) hooks.warn('Mesa: unsent changes could not be saved on this device yet; retrying', error);
        if (attempt >= BROKEN_AFTER_FAILURES) hooks.onBroken?.();
      },
      ...(hooks.retryDelayMs ? { retryDelayMs: hooks.retryDelayMs } : {}),
    });
  }

  get clientId(): string {
    return this.record.clientId;
  }

  readonly storage: OutboxStorage = {
    load: () => this.latest,
    save: (state) => {
      this.latest = state;
      this.writer.save(state);
    },
  };

  private markDurable(mutationId: number): void {
    if (mutationId <= this.durable) return;
    this.durable = mutationId;
    this.hooks.onDurable?.(mutationId);
  }

  /** Renews the lease (and retries a failed write now). */
  renew(): void {
    if (this.lost || this.released) return;
    this.writer.save(this.latest);
    this.writer.retryNow();
  }

  /** Gives the record up with its latest state, so the next tab can take it at once; true when that was written. */
  release(): Promise<boolean> {
    this.released ??= (async () => {
      this.writer.stop();
      if (this.lost) return false;
      try {
        const state = this.latest;
        if (!(await this.db.transact(releaseTx(this.record.clientId, this.tabId, state, this.hooks.now()), { strict: true }))) return false;
        this.markDurable(state.lastMutationId);
        return true;
      } catch {
        // Best effort: the lease then simply runs out.
        return false;
      }
    })();
    return this.released;
  }
}

/** A closed tab's outbox this tab sends for it: a client of its own, which never makes new mutations. */
class Drainer {
  readonly owned: OwnedOutbox;
  readonly client: SyncClient;
  private done = false;

  constructor(
    db: OutboxDb,
    record: OutboxRecord,
    private readonly session: WorkshopSession,
    options: SessionOptions,
    now: () => number,
    warn: (message: string, error?: unknown) => void,
    seed: Seed | null,
  ) {
    this.owned = new OwnedOutbox(db, record, options.tabId, { now, onLost: () => this.finish(), warn });
    this.client = new SyncClient({
      url: options.url,
      workshopId: options.workshopId,
      token: options.token,
      ...(options.lang ? { lang: options.lang } : {}),
      createSocket: options.createSocket,
      storage: this.owned.storage,
      newClientId: () => record.clientId,
    });
    if (seed) applySeed(this.client, seed);
    this.client.onRejection((r) => this.session.recordRejection(record.clientId, r));
    this.client.subscribe(() => {
      if (this.client.pending.length === 0 || this.client.fatal) this.finish();
      this.session.drainerChanged();
    });
    this.client.start();
  }

  get pendingCount(): number {
    return this.done ? 0 : this.client.pending.length;
  }

  finish(): void {
    if (this.done) return;
    this.done = true;
    this.client.stop();
    void this.owned.release();
    this.session.drainerDone(this);
  }
}

/**
 * One tab's connection to one workshop, with its outbox kept in IndexedDB:
 *
 * - on start, it takes an outbox over atomically (a closed tab's unsent changes first, see
 *   lease.ts) or makes a new clientId, and starts the SyncClient on it, already showing the last
 *   cached view when there is one;
 * - every save is written through to IndexedDB and renews the lease; a mutation is sent only once
 *   written (SendGate); the lease is renewed every RENEW_MS and released when the page goes;
 * - if another tab took the outbox over (this one was frozen), it continues under a new clientId,
 *   re-issuing what was never written;
 * - it also sends the outboxes of tabs closed while it runs (Drainer);
 * - without IndexedDB, it falls back to this tab's sessionStorage, as before.
 */
export class WorkshopSession {
  private client: SyncClient | null = null;
  private main: OwnedOutbox | null = null;
  private readonly drainers = new Set<Drainer>();
  private snap: WorkshopSnapshot | null = null;
  private readonly listeners = new Set<() => void>();
  private unsubscribeClient: (() => void) | null = null;
  private closed = false;
  private suspended = false;
  private restarting = false;
  private claiming = false;
  /** IndexedDB stopped working during this page's life: the rest of it runs on the sessionStorage fallback. */
  private idbBroken = false;
  private renewTimer: ReturnType<typeof setInterval> | null = null;
  private viewTimer: ReturnType<typeof setTimeout> | null = null;
  private viewWritten: { seq: number; disconnectedAt: number | null } | null = null;
  private readonly cleanup: (() => void)[] = [];
  private readonly now: () => number;
  private readonly scope: Scope;
  private readonly warned = new Set<string>();

  constructor(private readonly options: SessionOptions) {
    this.now = options.now ?? Date.now;
    this.scope = { workshopId: options.workshopId, tokenKey: options.tokenKey };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): WorkshopSnapshot | null => this.snap;

  /** The clientId the tab sends new mutations with (tests and diagnostics). */
  get clientId(): string | null {
    return this.client?.clientId ?? null;
  }

  /** Whether the outbox is in IndexedDB (false: sessionStorage fallback). */
  get durable(): boolean {
    return this.main !== null;
  }

  private warn(message: string, error?: unknown): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    (this.options.warn ?? console.warn)(message, error);
  }

  async open(): Promise<void> {
    const { db } = this.options;
    const cached = db ? db.readView(viewKey(this.options.workshopId, this.options.tokenKey)).catch(() => null) : Promise.resolve(null);
    let record: OutboxRecord | null = null;
    if (db) {
      try {
        record = await this.acquire(db, true);
      } catch (error) {
        this.warn('Mesa: IndexedDB is not usable; unsent changes are kept for this tab only', error);
      }
    } else {
      this.warn('Mesa: IndexedDB is not available; unsent changes are kept for this tab only');
    }
    const view = await cached;
    if (this.closed) {
      if (record && db) void db.transact(releaseTx(record.clientId, this.options.tabId, null, this.now())).catch(() => {});
      return;
    }
    const seed: Seed | null =
      view && view.workshopId === this.options.workshopId
        ? {
            confirmed: view.state,
            seq: view.seq,
            role: view.role,
            memberId: view.memberId,
            joinCode: view.joinCode,
            disconnectedAt: view.disconnectedAt,
          }
        : null;
    if (view) this.viewWritten = { seq: view.seq, disconnectedAt: view.disconnectedAt };
    this.cleanup.push(this.options.conflicts.subscribe(() => this.changed()));
    this.startMain(record, seed, []);
    this.listen();
    this.renewTimer = setInterval(() => this.tick(), RENEW_MS);
    void this.claimOrphans();
    if (db) void db.pruneViews(this.now() - 30 * 24 * 60 * 60 * 1000).catch(() => {});
  }

  /**
   * Takes an outbox (lease.ts#acquireTx). When another tab's lease covers unsent changes and that
   * tab might be gone, polls until the lease runs out (then takes it) or is renewed (its tab is
   * alive: take or make another).
   */
  private async acquire(db: OutboxDb, patient: boolean): Promise<OutboxRecord> {
    const started = this.now();
    const patience = this.options.patienceMs ?? LEASE_MS + RENEW_MS;
    const legacy = this.options.legacy.load();
    let first: Map<string, number> | null = null;
    let alive = new Set<string>();
    for (;;) {
      const now = this.now();
      const result = await db.transact(
        acquireTx({
          scope: this.scope,
          tabId: this.options.tabId,
          now,
          newClientId: this.options.newClientId,
          legacy,
          alive,
          patient: patient && !this.closed && now - started < patience,
        }),
        { strict: true },
      );
      if (legacy) this.options.legacy.clear();
      if (result.kind === 'owned') return result.record;
      first ??= result.leases;
      alive = renewedSince(first, result.leases);
      await sleep(Math.min(500, RENEW_MS / 2));
    }
  }

  private startMain(record: OutboxRecord | null, seed: Seed | null, reissue: readonly PendingMutation[]): void {
    const { db } = this.options;
    let storage = this.options.fallback;
    let createSocket = this.options.createSocket;
    this.main = null;
    if (record && db) {
      const gate = new SendGate(record.lastMutationId);
      const owned: OwnedOutbox = new OwnedOutbox(db, record, this.options.tabId, {
        now: this.now,
        onDurable: (id) => gate.advance(id),
        onLost: () => void this.restart(owned, 'lost'),
        onBroken: () => void this.restart(owned, 'broken'),
        warn: (m, e) => this.warn(m, e),
        retryDelayMs: this.options.writeRetryMs,
      });
      this.main = owned;
      storage = owned.storage;
      createSocket = (url) => gate.wrap(this.options.createSocket(url));
    }
    const client = new SyncClient({
      url: this.options.url,
      workshopId: this.options.workshopId,
      token: this.options.token,
      ...(this.options.lang ? { lang: this.options.lang } : {}),
      createSocket,
      storage,
      newClientId: this.options.newClientId,
    });
    if (seed) applySeed(client, seed);
    for (const p of reissue) client.mutate(p.name, p.args as MutationArgs<typeof p.name>);
    this.unsubscribeClient?.();
    this.client = client;
    const offChange = client.subscribe(() => this.changed());
    const offRejection = client.onRejection((r) => this.recordRejection(client.clientId, r));
    this.unsubscribeClient = () => {
      offChange();
      offRejection();
    };
    client.start();
    this.changed();
  }

  /**
   * Starts over on another outbox: after losing the lease to another tab (`lost`), when writes to
   * IndexedDB keep failing (`broken`: on to the sessionStorage fallback), or when the page comes
   * back from the back/forward cache after releasing it (`resume`). Mutations that were never
   * written under the old lease were never sent either: they are made again here, under the new
   * clientId. Those that were written stay in IndexedDB with their clientId, for whichever tab
   * takes that outbox next (this one included), so none is sent under two ids.
   */
  private async restart(owned: OwnedOutbox | null, reason: 'lost' | 'broken' | 'resume'): Promise<void> {
    const { db } = this.options;
    if (this.closed || this.restarting || (reason !== 'resume' && this.main !== owned)) return;
    this.restarting = true;
    const old = this.client;
    old?.stop();
    if (reason === 'lost') this.warn('Mesa: another tab took over this tab’s unsent changes; continuing under a new client id');
    try {
      const released = await owned?.release();
      // Writes kept failing but this one went through: IndexedDB is back, take an outbox again.
      if (reason === 'broken' && !released) {
        this.idbBroken = true;
        this.warn('Mesa: IndexedDB stopped working; unsent changes are kept for this tab only');
      }
      let record: OutboxRecord | null = null;
      if (db && !this.idbBroken) {
        try {
          record = await this.acquire(db, false);
        } catch (error) {
          this.warn('Mesa: IndexedDB is not usable; unsent changes are kept for this tab only', error);
        }
      }
      if (this.closed) {
        if (record && db) void db.transact(releaseTx(record.clientId, this.options.tabId, null, this.now())).catch(() => {});
        return;
      }
      // Read at the last moment: the user may have typed on the old client while we were busy.
      const durable = owned?.durable ?? Number.POSITIVE_INFINITY;
      const unsent = (old?.pending ?? []).filter((p) => p.mutationId > durable);
      this.startMain(record, seedOf(old), unsent);
    } finally {
      this.restarting = false;
    }
  }

  private tick(): void {
    if (this.closed || this.suspended) return;
    this.main?.renew();
    for (const d of this.drainers) d.owned.renew();
    void this.claimOrphans();
  }

  /** Takes the outboxes of tabs that went away with unsent changes, and sends them. */
  private async claimOrphans(): Promise<void> {
    const { db } = this.options;
    const room = (this.options.maxDrainers ?? 2) - this.drainers.size;
    if (!db || !this.main || this.claiming || this.suspended || this.restarting || room <= 0 || this.client?.fatal) return;
    this.claiming = true;
    try {
      const claimed = await db.transact(claimOrphansTx(this.scope, this.options.tabId, this.now(), room));
      for (const record of claimed) {
        if (this.closed || this.suspended) {
          void db.transact(releaseTx(record.clientId, this.options.tabId, null, this.now())).catch(() => {});
          continue;
        }
        this.drainers.add(new Drainer(db, record, this, this.options, this.now, (m, e) => this.warn(m, e), seedOf(this.client)));
      }
      if (claimed.length > 0) this.changed();
    } catch {
      // Next tick.
    } finally {
      this.claiming = false;
    }
  }

  /** Keeps a change the server refused, so the person can still read and copy what they typed. */
  recordRejection(clientId: string, notice: RejectionNotice): void {
    const conflict = conflictOf(clientId, notice, this.now());
    if (conflict) this.options.conflicts.add(conflict);
  }

  drainerChanged(): void {
    this.changed();
  }

  drainerDone(drainer: Drainer): void {
    this.drainers.delete(drainer);
    this.changed();
  }

  /** The browser is back online: try now rather than at the end of the backoff. */
  reconnectNow(): void {
    this.client?.reconnectNow();
    for (const d of this.drainers) d.client.reconnectNow();
    this.tick();
  }

  private listen(): void {
    const events = this.options.events;
    if (!events) return;
    const on = (target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, type: string, fn: (e: Event) => void) => {
      target.addEventListener(type, fn);
      this.cleanup.push(() => target.removeEventListener(type, fn));
    };
    on(events.window, 'online', () => this.reconnectNow());
    on(events.window, 'pagehide', () => this.suspend());
    on(events.window, 'pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted) this.resume();
    });
    on(events.document, 'visibilitychange', () => {
      if (events.document.visibilityState === 'hidden') this.writeView();
      else this.tick();
    });
    // Page Lifecycle: a frozen tab's timers did not run; check the lease at once.
    on(events.document, 'resume', () => this.tick());
    // Another tab of the same member added or dismissed a refused change.
    on(events.window, 'storage', (e) => {
      const key = (e as StorageEvent).key;
      if (key === null || key === this.options.conflicts.key) this.options.conflicts.refresh();
    });
  }

  /** The page is going away (or into the back/forward cache): save the view, hand the outboxes back. */
  suspend(): void {
    if (this.closed || this.suspended) return;
    this.suspended = true;
    this.writeView();
    this.client?.stop();
    void this.main?.release();
    for (const d of [...this.drainers]) d.finish();
  }

  resume(): void {
    if (this.closed || !this.suspended) return;
    this.suspended = false;
    void this.restart(this.main, 'resume');
  }

  close(): void {
    if (this.closed) return;
    this.suspend();
    this.closed = true;
    for (const c of this.cleanup.splice(0)) c();
    if (this.renewTimer) clearInterval(this.renewTimer);
    if (this.viewTimer) clearTimeout(this.viewTimer);
    this.renewTimer = null;
    this.viewTimer = null;
    this.unsubscribeClient?.();
    this.unsubscribeClient = null;
  }

  private changed(): void {
    const client = this.client;
    if (!client) return;
    let pendingCount = client.pending.length;
    for (const d of this.drainers) pendingCount += d.pendingCount;
    const next: WorkshopSnapshot = {
      client,
      view: client.view,
      confirmed: client.confirmed,
      status: client.status,
      pendingCount,
      disconnectedAt: client.disconnectedAt,
      role: client.role,
      memberId: client.memberId,
      joinCode: client.joinCode ?? null,
      fatal: client.fatal,
      conflicts: this.options.conflicts.list(),
      conflictStore: this.options.conflicts,
    };
    const prev = this.snap;
    if (prev && (Object.keys(next) as (keyof WorkshopSnapshot)[]).every((k) => prev[k] === next[k])) return;
    this.snap = next;
    this.scheduleViewWrite();
    for (const l of this.listeners) l();
  }

  /**
   * At once when there is no cached view yet and when the connection is lost (the moment a
   * reopened tab will need it); otherwise at most every VIEW_SAVE_MS while the state changes.
   */
  private scheduleViewWrite(): void {
    const client = this.client;
    if (!this.options.db || this.idbBroken || !client?.confirmed || this.closed) return;
    const last = this.viewWritten;
    if (last && last.seq === client.seq && last.disconnectedAt === client.disconnectedAt) return;
    if (!last || (client.status !== 'online' && last.disconnectedAt === null)) {
      this.writeView();
      return;
    }
    if (this.viewTimer) return;
    this.viewTimer = setTimeout(() => {
      this.viewTimer = null;
      this.writeView();
    }, VIEW_SAVE_MS);
  }

  /** Saves the confirmed state, so that the next tab opened without a connection can show it. */
  private writeView(): void {
    const client = this.client;
    const db = this.options.db;
    if (this.viewTimer) clearTimeout(this.viewTimer);
    this.viewTimer = null;
    if (!db || this.idbBroken || !client?.confirmed) return;
    const last = this.viewWritten;
    if (last && last.seq === client.seq && last.disconnectedAt === client.disconnectedAt) return;
    const view: CachedView = {
      key: viewKey(this.options.workshopId, this.options.tokenKey),
      workshopId: this.options.workshopId,
      seq: client.seq,
      state: client.confirmed,
      role: client.role,
      memberId: client.memberId,
      joinCode: client.joinCode ?? null,
      disconnectedAt: client.disconnectedAt,
      savedAt: this.now(),
    };
    this.viewWritten = { seq: view.seq, disconnectedAt: view.disconnectedAt };
    db.writeView(view).catch((error: unknown) => {
      this.viewWritten = null;
      this.warn('Mesa: could not cache the workshop on this device', error);
    });
  }
}
