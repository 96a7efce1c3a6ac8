import type { SocketLike } from '../../../shared/sync/client';

const OPEN = 1;

/** The mutationId of a `mutate` frame, or null for any other frame. */
export function mutationIdOf(frame: string): number | null {
  if (!frame.includes('"mutate"')) return null;
  try {
    const message = JSON.parse(frame) as { t?: unknown; mutationId?: unknown };
    return message.t === 'mutate' && typeof message.mutationId === 'number' ? message.mutationId : null;
  } catch {
    return null;
  }
}

/**
 * Write-ahead for the outbox: a mutation leaves the tab only once it is durably written to
 * IndexedDB under this tab's lease. `durable` is the highest mutationId so written.
 *
 * Why: if this tab lost its lease (it was frozen in the background and another tab took its
 * outbox over), the write fails and the mutation is never sent with the old clientId, so it
 * can never collide with a different mutation the new owner sends under the same number; the
 * tab re-issues it under a new clientId instead. Anything written while the lease was ours is
 * also in the new owner's copy, so both may send it: the server keeps one.
 */
export class SendGate {
  private readonly sockets = new Set<GatedSocket>();

  /** `durableId`: the counter of the outbox as taken from IndexedDB, all of it written already. */
  constructor(private durableId = 0) {}

  get durable(): number {
    return this.durableId;
  }

  /** Everything up to `mutationId` is durable now: release the frames held for it. */
  advance(mutationId: number): void {
    if (mutationId <= this.durableId) return;
    this.durableId = mutationId;
    for (const socket of this.sockets) socket.release(mutationId);
  }

  /** Wraps a socket so that its `mutate` frames wait for the gate. */
  wrap(socket: SocketLike): SocketLike {
    const gated = new GatedSocket(socket, this);
    this.sockets.add(gated);
    return gated;
  }

  forget(socket: GatedSocket): void {
    this.sockets.delete(socket);
  }
}

class GatedSocket implements SocketLike {
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  private held: { mutationId: number; frame: string }[] = [];

  constructor(
    private readonly inner: SocketLike,
    private readonly gate: SendGate,
  ) {
    inner.onopen = (ev) => this.onopen?.(ev);
    inner.onmessage = (ev) => this.onmessage?.(ev);
    inner.onerror = (ev) => this.onerror?.(ev);
    inner.onclose = (ev) => {
      // Held frames die with the socket: the client re-sends every pending mutation after the next welcome.
      this.held = [];
      this.gate.forget(this);
      this.onclose?.(ev);
    };
  }

  get readyState(): number {
    return this.inner.readyState;
  }

  send(frame: string): void {
    const mutationId = mutationIdOf(frame);
    if (mutationId !== null && mutationId > this.gate.durable) {
      this.held.push({ mutationId, frame });
      return;
    }
    this.inner.send(frame);
  }

  release(durable: number): void {
    const ready = this.held.filter((h) => h.mutationId <= durable);
    if (ready.length === 0) return;
    this.held = this.held.filter((h) => h.mutationId > durable);
    if (this.inner.readyState !== OPEN) return;
    for (const h of ready) this.inner.send(h.frame);
  }

  close(code?: number, reason?: string): void {
    this.held = [];
    this.gate.forget(this);
    this.inner.close(code, reason);
  }
}
