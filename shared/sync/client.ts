import type { Language, Role } from '../domain/constants.js';
import type { NewEvent, WorkshopEvent } from '../domain/events.js';
import { decide, type Mutation, type MutationArgs, type MutationName, parseMutation } from '../domain/mutations.js';
import { apply } from '../domain/reducer.js';
import { stateHash } from '../domain/state-hash.js';
import type { WorkshopState } from '../domain/state.js';
import type { ErrorCode, ErrorParams } from '../errors.js';
import { PROTOCOL_VERSION, type ServerMessage } from '../protocol/messages.js';
import { reconnectDelay } from './backoff.js';

/** The part of the standard WebSocket API the client uses, so browsers and Node's `ws` both fit. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface PendingMutation {
  mutationId: number;
  name: MutationName;
  args: unknown;
  /** Client time it was made; shown as offline age. */
  createdAt: number;
}

/** What must survive a reload: who this client is and what it has not yet had confirmed. */
export interface OutboxState {
  clientId: string;
  lastMutationId: number;
  pending: PendingMutation[];
}

export interface OutboxStorage {
  load(): OutboxState | null;
  save(state: OutboxState): void;
}

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface RejectionNotice {
  mutationId: number;
  name: MutationName | string;
  /** The refused mutation's arguments (what the person typed), when it was still pending here. */
  args?: unknown;
  /** When the refused mutation was made (client time), when it was still pending here. */
  createdAt?: number;
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
}

export interface SyncClientOptions {
  url: string;
  workshopId: string;
  token: string;
  lang?: Language;
  createSocket: (url: string) => SocketLike;
  storage: OutboxStorage;
  newClientId: () => string;
  now?: () => number;
  random?: () => number;
  /** Failed attempts after which "reconnecting" becomes "offline". */
  offlineAfterAttempts?: number;
}

const OPEN = 1;

/** Refusals about load, not about the mutation: it stays pending and is sent again. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'store_unavailable', 'internal']);
const RETRY_DELAY_MS = 2000;

/**
 * The browser side of the sync engine: confirmed state up to `seq` from the server, plus this
 * client's pending mutations replayed on top (optimistic apply and rebase). Pending mutations
 * are kept in `storage` and re-sent after every reconnect until the server acknowledges or
 * rejects them; the server's (clientId, mutationId) idempotency makes re-sending safe.
 */
export class SyncClient {
  confirmed: WorkshopState | null = null;
  seq = 0;
  role: Role | null = null;
  memberId: string | null = null;
  joinCode: string | null = null;
  status: ConnectionStatus = 'connecting';
  /** When the connection was last lost (client time), for "offline for 2 min". */
  disconnectedAt: number | null = null;
  lastError: RejectionNotice | null = null;
  /** Server clock minus this device's clock, from the last welcome (±half a round trip). */
  serverOffsetMs = 0;
  /** How many times a state-hash mismatch made this client reload a snapshot. */
  resyncs = 0;
  fatal: { code: ErrorCode; message: string } | null = null;

  private outbox: OutboxState;
  private socket: SocketLike | null = null;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private cachedView: WorkshopState | null = null;
  private viewDirty = true;
  private listeners = new Set<() => void>();
  private rejectionListeners = new Set<(r: RejectionNotice) => void>();
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: SyncClientOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.outbox = options.storage.load() ?? { clientId: options.newClientId(), lastMutationId: 0, pending: [] };
    options.storage.save(this.outbox);
  }

  /** The server's time now, as well as this device can tell: what the phase timer counts against. */
  serverNow(): number {
    return this.now() + this.serverOffsetMs;
  }

  get clientId(): string {
    return this.outbox.clientId;
  }

  get pending(): readonly PendingMutation[] {
    return this.outbox.pending;
  }

  /** Confirmed state with pending mutations replayed on top: what the user sees. */
  get view(): WorkshopState | null {
    if (this.viewDirty) {
      this.cachedView = this.outbox.pending.reduce((state, p) => this.applyPending(state, p), this.confirmed);
      this.viewDirty = false;
    }
    return this.cachedView;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.close(1000, 'bye');
    }
  }

  /** Reconnects now instead of waiting for the backoff (e.g. the browser came back online). */
  reconnectNow(): void {
    if (this.stopped || this.status === 'online' || this.fatal) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.connect();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onRejection(listener: (r: RejectionNotice) => void): () => void {
    this.rejectionListeners.add(listener);
    return () => this.rejectionListeners.delete(listener);
  }

  /**
   * Queues a mutation: applied at once on the view, sent now or after reconnecting.
   * Input that can never be valid is refused here with the server's own code, not queued.
   */
  mutate<N extends MutationName>(
    name: N,
    args: MutationArgs<N>,
  ): { ok: true; mutationId: number } | { ok: false; code: ErrorCode; params?: ErrorParams } {
    const parsed = parseMutation(name, args);
    if (!parsed.ok) return { ok: false, code: parsed.code, ...(parsed.params ? { params: parsed.params } : {}) };
    const mutationId = this.outbox.lastMutationId + 1;
    const pending: PendingMutation = { mutationId, name, args: parsed.mutation.args, createdAt: this.now() };
    this.outbox = { ...this.outbox, lastMutationId: mutationId, pending: [...this.outbox.pending, pending] };
    this.options.storage.save(this.outbox);
    this.viewDirty = true;
    if (this.status === 'online') this.sendMutation(pending);
    this.emit();
    return { ok: true, mutationId };
  }

  private applyPending(state: WorkshopState | null, pending: PendingMutation): WorkshopState | null {
    if (!state || !this.role) return state;
    const parsed = parseMutation(pending.name, pending.args);
    if (!parsed.ok) return state;
    const decided = decide(state, { role: this.role, memberId: this.memberId }, parsed.mutation as Mutation);
    if (!decided.ok) return state;
    const event = {
      type: decided.type,
      data: decided.data,
      actorId: this.memberId,
      clientId: this.outbox.clientId,
      mutationId: pending.mutationId,
      at: pending.createdAt,
    } as NewEvent;
    return apply(state, event);
  }

  private connect(): void {
    if (this.stopped) return;
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      socket.send(
        JSON.stringify({
          t: 'hello',
          protocol: PROTOCOL_VERSION,
          workshopId: this.options.workshopId,
          token: this.options.token,
          clientId: this.outbox.clientId,
          lastSeq: this.seq,
          ...(this.options.lang ? { lang: this.options.lang } : {}),
        }),
      );
    };
    socket.onmessage = (ev) => {
      if (typeof ev.data !== 'string') return;
      let message: ServerMessage;
      try {
        message = JSON.parse(ev.data) as ServerMessage;
      } catch {
        return;
      }
      this.receive(message);
    };
    socket.onerror = () => {};
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.fatal) return;
    if (this.status === 'online' || this.disconnectedAt === null) this.disconnectedAt = this.now();
    this.attempts += 1;
    this.status = this.attempts > (this.options.offlineAfterAttempts ?? 3) ? 'offline' : 'reconnecting';
    const delay = reconnectDelay(this.attempts, this.random);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
    this.emit();
  }

  private receive(message: ServerMessage): void {
    switch (message.t) {
      case 'welcome':
        if (typeof message.now === 'number') this.serverOffsetMs = message.now - this.now();
        this.role = message.role;
        this.memberId = message.memberId;
        this.joinCode = message.joinCode;
        if (message.snapshot) {
          this.confirmed = message.snapshot;
          this.seq = message.seq;
        } else {
          for (const event of message.events ?? []) this.applyConfirmed(event);
        }
        if (message.hash && stateHash(this.confirmed) !== message.hash) {
          // Drifted from the server (a bug, or a store restored from backup): start over from a snapshot.
          this.resyncs += 1;
          this.confirmed = null;
          this.seq = 0;
          this.socket?.close(4000, 'resync');
          return;
        }
        this.status = 'online';
        this.attempts = 0;
        this.disconnectedAt = null;
        // Everything still pending is sent again, in order: the server acknowledges the ones it
        // already has with their original seq (idempotency) and applies the rest.
        for (const pending of this.outbox.pending) this.sendMutation(pending);
        this.viewDirty = true;
        this.emit();
        return;
      case 'event':
        this.applyConfirmed(message.e);
        this.viewDirty = true;
        this.emit();
        return;
      case 'ack':
        if (this.dropPending((p) => p.mutationId === message.mutationId)) this.emit();
        return;
      case 'reject': {
        if (RETRYABLE.has(message.code)) {
          this.scheduleResend(message.mutationId);
          return;
        }
        const pending = this.outbox.pending.find((p) => p.mutationId === message.mutationId);
        this.dropPending((p) => p.mutationId === message.mutationId);
        const notice: RejectionNotice = {
          mutationId: message.mutationId,
          name: pending?.name ?? '',
          ...(pending ? { args: pending.args, createdAt: pending.createdAt } : {}),
          code: message.code,
          message: message.message,
          ...(message.params ? { params: message.params } : {}),
        };
        this.lastError = notice;
        for (const listener of this.rejectionListeners) listener(notice);
        this.emit();
        return;
      }
      case 'error':
        // Errors about the connection itself (bad token, old protocol) will not heal by retrying.
        if (message.code === 'unauthorized' || message.code === 'unsupported_protocol' || message.code === 'workshop_not_found') {
          this.fatal = { code: message.code, message: message.message };
          this.stop();
          this.status = 'offline';
          this.emit();
        }
        return;
      case 'pong':
        return;
    }
  }

  private scheduleResend(mutationId: number): void {
    const pending = this.outbox.pending.find((p) => p.mutationId === mutationId);
    if (!pending) return;
    setTimeout(
      () => {
        if (this.outbox.pending.includes(pending) && this.status === 'online') this.sendMutation(pending);
      },
      RETRY_DELAY_MS * (0.5 + this.random()),
    );
  }

  private applyConfirmed(event: WorkshopEvent): void {
    if (event.seq <= this.seq) return;
    this.confirmed = apply(this.confirmed, event);
    this.seq = event.seq;
    if (event.clientId === this.outbox.clientId && event.mutationId !== null) {
      const id = event.mutationId;
      this.dropPending((p) => p.mutationId === id);
    }
  }

  private dropPending(predicate: (p: PendingMutation) => boolean): boolean {
    const kept = this.outbox.pending.filter((p) => !predicate(p));
    if (kept.length === this.outbox.pending.length) return false;
    this.outbox = { ...this.outbox, pending: kept };
    this.options.storage.save(this.outbox);
    this.viewDirty = true;
    return true;
  }

  private sendMutation(pending: PendingMutation): void {
    if (!this.socket || this.socket.readyState !== OPEN) return;
    this.socket.send(JSON.stringify({ t: 'mutate', mutationId: pending.mutationId, name: pending.name, args: pending.args }));
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
