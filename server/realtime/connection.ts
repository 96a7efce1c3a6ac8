import type { WebSocket } from 'ws';
import type { Language } from '../../shared/domain/constants.js';
import type { WorkshopEvent } from '../../shared/domain/events.js';
import type { Actor } from '../../shared/domain/state.js';
import type { ErrorCode, ErrorParams } from '../../shared/errors.js';
import { errorMessage } from '../../shared/i18n/errors.js';
import { LIMITS } from '../../shared/domain/constants.js';
import {
  clientMessage,
  type HelloMessage,
  type MutateMessage,
  PROTOCOL_VERSION,
  type ServerMessage,
} from '../../shared/protocol/messages.js';
import { authenticate } from '../commands/authenticate.js';
import type { AppContext } from '../commands/context.js';
import { submitMutation } from '../commands/submit-mutation.js';
import { MesaError } from '../errors.js';
import type { Room, RoomSubscriber } from '../rooms/room.js';
import { viewEvent } from '../../shared/domain/views.js';
import { TokenBucket } from './rate-limiter.js';

/** A client further behind than this gets a snapshot instead of the missed events. */
const SNAPSHOT_AFTER_EVENTS = 500;
/** A socket with more than this unsent is too slow to keep up: it is cut off and catches up on reconnect. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;
/** How long a slow socket gets to take its close frame before it is dropped (it is not reading). */
const SLOW_CLOSE_GRACE_MS = 2000;
/** Close code for a slow consumer: "try again later". */
export const CLOSE_TOO_SLOW = 1013;
/** Close code for a client far over the mutation rate: "policy violation". */
export const CLOSE_POLICY = 1008;

type Phase = 'new' | 'joining' | 'ready' | 'closed';

export interface ConnectionLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * One WebSocket: decodes and validates every frame, authenticates the hello, catches the
 * client up, then relays its mutations to the room and the room's events to it.
 */
export class Connection implements RoomSubscriber {
  private phase: Phase = 'new';
  private room: Room | null = null;
  private actor: Actor | null = null;
  private clientId = '';
  private unsubscribe: (() => void) | null = null;
  /** Events committed while the catch-up was being read; sent after the welcome. */
  private held: Array<{ seq: number; frame: Buffer }> = [];
  private early: Buffer[] = [];
  private readonly bucket = new TokenBucket(LIMITS.mutationsPerSecond, LIMITS.mutationBurst);
  /** Mutations over the rate limit, waiting their turn in arrival order. */
  private backlog: MutateMessage[] = [];
  private backlogTimer: ReturnType<typeof setTimeout> | null = null;
  alive = true;

  constructor(
    private readonly socket: WebSocket,
    private readonly ctx: AppContext,
    private lang: Language,
    private readonly log: ConnectionLog,
    private readonly maxBufferedBytes = MAX_BUFFERED_BYTES,
  ) {
    socket.on('message', (data: Buffer, isBinary: boolean) => this.onFrame(data, isBinary));
    socket.on('close', () => this.close());
    socket.on('error', () => this.close());
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  /** Subscribed only once the hello named who this is; until then, nobody. */
  get viewer(): Actor {
    return this.actor ?? { role: 'observer', memberId: null };
  }

  deliver(event: WorkshopEvent, frame: Buffer): void {
    if (this.phase === 'joining') this.held.push({ seq: event.seq, frame });
    else if (this.phase === 'ready') this.sendFrame(frame);
  }

  /** Called by the heartbeat: a socket that did not answer the last ping is dead. */
  heartbeat(): void {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  /** A method, not a field read, because the socket may close while a hello is awaited. */
  private isClosed(): boolean {
    return this.phase === 'closed';
  }

  private close(): void {
    this.phase = 'closed';
    if (this.backlogTimer) clearTimeout(this.backlogTimer);
    this.backlogTimer = null;
    this.backlog = [];
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private send(message: ServerMessage): void {
    this.sendFrame(Buffer.from(JSON.stringify(message)));
  }

  private sendFrame(frame: Buffer): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      // One slow phone must never stall the room or fill the server's memory: stop sending to
      // it and drop it; it resumes from its last seq when it reconnects. The close frame waits
      // behind what is buffered, so a socket that is not reading at all is dropped after a grace.
      this.close();
      this.socket.close(CLOSE_TOO_SLOW, 'too slow');
      const socket = this.socket;
      setTimeout(() => socket.terminate(), SLOW_CLOSE_GRACE_MS).unref();
      return;
    }
    this.socket.send(frame, { binary: false });
  }

  private sendError(code: ErrorCode, params?: ErrorParams): void {
    this.send({ t: 'error', code, message: errorMessage(this.lang, code, params), ...(params ? { params } : {}) });
  }

  private sendReject(mutationId: number, code: ErrorCode, params?: ErrorParams): void {
    this.send({ t: 'reject', mutationId, code, message: errorMessage(this.lang, code, params), ...(params ? { params } : {}) });
  }

  private onFrame(data: Buffer, isBinary: boolean): void {
    if (this.isClosed()) return;
    if (this.phase === 'joining') {
      // Frames sent before the welcome wait for it, up to a burst's worth.
      if (this.early.length >= LIMITS.mutationBurst) return this.sendError('rate_limited');
      this.early.push(data);
      return;
    }
    if (isBinary) return this.sendError('invalid_message', { field: 'binary' });
    if (data.length > LIMITS.messageBytes) return this.sendError('payload_too_large', { max: LIMITS.messageBytes });
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString('utf8'));
    } catch {
      return this.sendError('invalid_json');
    }
    const parsed = clientMessage.safeParse(raw);
    if (!parsed.success) {
      const mutationId = (raw as { t?: unknown; mutationId?: unknown })?.mutationId;
      const field = parsed.error.issues[0]?.path.join('.') || 't';
      if ((raw as { t?: unknown })?.t === 'mutate' && Number.isSafeInteger(mutationId) && (mutationId as number) > 0) {
        return this.sendReject(mutationId as number, 'invalid_message', { field });
      }
      return this.sendError('invalid_message', { field });
    }
    const message = parsed.data;
    switch (message.t) {
      case 'ping':
        return this.send({ t: 'pong', now: Date.now(), ...(message.id !== undefined ? { id: message.id } : {}) });
      case 'hello':
        if (this.phase !== 'new') return this.sendError('invalid_message', { field: 't' });
        void this.hello(message);
        return;
      case 'mutate':
        if (this.phase !== 'ready' || !this.room || !this.actor) return this.sendReject(message.mutationId, 'hello_required');
        return this.admit(message);
    }
  }

  private async hello(hello: HelloMessage): Promise<void> {
    if (hello.protocol !== PROTOCOL_VERSION) {
      return this.sendError('unsupported_protocol', { field: String(hello.protocol) });
    }
    if (hello.lang) this.lang = hello.lang;
    this.phase = 'joining';
    try {
      const { actor, room } = await authenticate(this.ctx, hello.workshopId, hello.token);
      if (this.isClosed()) return;
      this.room = room;
      this.actor = actor;
      this.clientId = hello.clientId;
      this.unsubscribe = room.subscribe(this);
      // State and seq are read in the same tick, so the snapshot is exactly the state at seq.
      const head = room.seq;
      const farBehind = hello.lastSeq === 0 || hello.lastSeq > head || head - hello.lastSeq > SNAPSHOT_AFTER_EVENTS;
      // Everything sent is what this actor may see (shared/domain/views.ts).
      const snapshot = farBehind ? room.viewFor(actor).state : null;
      const events = farBehind
        ? []
        : (
            room.eventsAfter(hello.lastSeq, SNAPSHOT_AFTER_EVENTS + 1) ??
            (await this.ctx.store.readEvents(room.workshopId, hello.lastSeq, SNAPSHOT_AFTER_EVENTS + 1))
          ).map((e) => viewEvent(e, actor));
      if (this.isClosed()) return;
      const seq = snapshot ? head : (events.at(-1)?.seq ?? hello.lastSeq);
      // The hash is of the state at `seq`; events committed during the catch-up read make the
      // head newer, and then the client cannot check, so it gets no hash to compare.
      const hash = seq === room.seq ? room.viewFor(actor).hash : '';
      this.send({
        t: 'welcome',
        protocol: PROTOCOL_VERSION,
        role: actor.role,
        memberId: actor.memberId,
        joinCode: room.joinCode,
        seq,
        hash,
        ...(snapshot ? { snapshot } : { events }),
        now: Date.now(),
      });
      this.phase = 'ready';
      for (const held of this.held) if (held.seq > seq) this.sendFrame(held.frame);
      this.held = [];
      const early = this.early;
      this.early = [];
      for (const frame of early) this.onFrame(frame, false);
    } catch (error) {
      this.phase = 'new';
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.room = null;
      this.actor = null;
      if (error instanceof MesaError) this.sendError(error.code, error.params);
      else {
        this.log.error({ err: error }, 'hello failed');
        this.sendError('internal');
      }
      // Frames that came in while the hello was checked get their answer too (a mutation:
      // hello_required), never silence.
      const early = this.early;
      this.early = [];
      for (const frame of early) this.onFrame(frame, false);
    }
  }

  /** Runs a mutation now if the rate allows and nothing waits before it; else queues it. */
  private admit(message: MutateMessage): void {
    if (this.backlog.length === 0 && this.bucket.take()) return this.run(message);
    if (this.backlog.length >= LIMITS.mutationBacklog) {
      // A client this far over the rate is broken or hostile: say why, then hang up.
      this.sendError('rate_limited');
      this.close();
      this.socket.close(CLOSE_POLICY, 'rate limited');
      return;
    }
    this.backlog.push(message);
    this.scheduleBacklog();
  }

  private scheduleBacklog(): void {
    if (this.backlogTimer || this.backlog.length === 0) return;
    this.backlogTimer = setTimeout(
      () => {
        this.backlogTimer = null;
        while (this.backlog.length > 0 && !this.isClosed() && this.bucket.take()) this.run(this.backlog.shift() as MutateMessage);
        this.scheduleBacklog();
      },
      Math.max(1, this.bucket.msUntilNext()),
    );
  }

  private run(message: MutateMessage): void {
    if (!this.room || !this.actor) return;
    void this.mutate(this.room, this.actor, message.mutationId, message.name, message.args);
  }

  private async mutate(room: Room, actor: Actor, mutationId: number, name: string, args: unknown): Promise<void> {
    try {
      const outcome = await submitMutation(room, actor, { clientId: this.clientId, mutationId, name, args });
      this.send({ t: 'ack', mutationId, seq: outcome.seq });
    } catch (error) {
      if (error instanceof MesaError) return this.sendReject(mutationId, error.code, error.params);
      this.log.error({ err: error, mutationId }, 'mutation failed');
      this.sendReject(mutationId, 'store_unavailable');
    }
  }
}
