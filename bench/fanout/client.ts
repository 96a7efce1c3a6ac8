// One WebSocket client of the load generator: a sender (PESTLE adds, acks), a probe (latency samples) or a sink (counts frames).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';

const TEXT_BYTES = 250;
const CATEGORIES = ['political', 'economic', 'social', 'technological', 'legal', 'environmental'] as const;
const KINDS = ['state', 'challenge', 'advance', 'opportunity', 'disadvantage'] as const;

export type Role = 'sender' | 'probe' | 'sink';

/** What the run needs of a client, whatever protocol it speaks (Mesa's, or Hocuspocus's in hocuspocus-client.ts). */
export interface BenchClient {
  readonly index: number;
  readonly role: Role;
  readonly welcome: Promise<void>;
  /** Frames after the welcome: events for probes and sinks; events + acks for senders. */
  frames: number;
  events: number;
  acks: number;
  rejects: number;
  closedEarly: boolean;
  frameBytes: number;
  readonly samples: Array<[number, number]>;
  onAck: ((mutationId: number, at: number) => void) | null;
  sendAdd(mutationId: number, messageIndex: number): number;
  /** Stops reading the socket (a phone that has fallen behind): the server's queue to it grows. */
  pauseReading(): void;
  close(): void;
}

/** The net.Socket under a ws WebSocket (ws keeps it in `_socket`). */
export function pauseSocket(ws: WebSocket): void {
  (ws as unknown as { _socket?: { pause(): void } })._socket?.pause();
}

/** The ~250-byte text of message `index`: "b<index> <send time> xxx…", so receivers can time it. */
export function stampedText(messageIndex: number, sentAt: number): string {
  const head = `b${messageIndex} ${sentAt.toFixed(3)} `;
  return head + 'x'.repeat(Math.max(0, TEXT_BYTES - head.length));
}

/** Reads back what stampedText wrote: [message index, send time], or null. */
export function readStamp(text: string): [number, number] | null {
  const match = /b(\d+) (\d+\.\d+) /.exec(text);
  if (!match) return null;
  return [Number(match[1]), Number(match[2])];
}

export const categoryOf = (messageIndex: number) => CATEGORIES[messageIndex % CATEGORIES.length] ?? 'social';
export const kindOf = (messageIndex: number) => KINDS[messageIndex % KINDS.length] ?? 'challenge';

/** A client of Mesa (or of the floor, which speaks the same protocol). */
export class Client implements BenchClient {
  readonly ws: WebSocket;
  welcomed = false;
  /** Frames after the welcome: events for probes and sinks; events + acks for senders. */
  frames = 0;
  events = 0;
  acks = 0;
  rejects = 0;
  closedEarly = false;
  /** Set before we close it ourselves, so that close is not counted as a loss. */
  closing = false;
  frameBytes = 0;
  /** Probe samples: [message index, latency ms]. */
  readonly samples: Array<[number, number]> = [];
  private welcomeResolve: (() => void) | null = null;
  private welcomeReject: ((e: Error) => void) | null = null;
  readonly welcome: Promise<void>;
  onAck: ((mutationId: number, at: number) => void) | null = null;

  constructor(
    url: string,
    readonly index: number,
    readonly role: Role,
    hello: Record<string, unknown>,
    private readonly sendTimes: number[],
  ) {
    this.welcome = new Promise((resolve, reject) => {
      this.welcomeResolve = resolve;
      this.welcomeReject = reject;
    });
    this.ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true, handshakeTimeout: 30_000 });
    this.ws.on('open', () => this.ws.send(JSON.stringify(hello)));
    this.ws.on('error', (error) => this.welcomeReject?.(error));
    this.ws.on('close', (code) => {
      if (!this.closing) this.closedEarly = true;
      this.welcomeReject?.(new Error(`closed ${code} before welcome`));
    });
    if (role === 'sink') this.ws.on('message', () => this.onSink());
    else if (role === 'probe') this.ws.on('message', (data: Buffer) => this.onProbe(data));
    else this.ws.on('message', (data: Buffer) => this.onSender(data));
  }

  private markWelcomed(): void {
    this.welcomed = true;
    this.welcomeResolve?.();
    this.welcomeResolve = null;
    this.welcomeReject = null;
  }

  /** Sinks must stay cheap: count frames, never parse them. The first frame is the welcome. */
  private onSink(): void {
    if (this.welcomed) this.frames += 1;
    else this.markWelcomed();
  }

  private onProbe(data: Buffer): void {
    const now = performance.now();
    if (!this.welcomed) return this.checkWelcome(data);
    this.frames += 1;
    const msg = JSON.parse(data.toString()) as { t: string; e?: { data?: { text?: string } } };
    if (msg.t !== 'event') return;
    this.events += 1;
    this.frameBytes = data.length;
    const stamp = readStamp(msg.e?.data?.text ?? '');
    if (stamp) this.samples.push([stamp[0], now - stamp[1]]);
  }

  private onSender(data: Buffer): void {
    const now = performance.now();
    if (!this.welcomed) return this.checkWelcome(data);
    this.frames += 1;
    const msg = JSON.parse(data.toString()) as { t: string; mutationId?: number; code?: string };
    if (msg.t === 'event') this.events += 1;
    else if (msg.t === 'ack') {
      this.acks += 1;
      this.onAck?.(msg.mutationId ?? 0, now);
    } else if (msg.t === 'reject' || msg.t === 'error') {
      this.rejects += 1;
      if (this.rejects <= 3) console.error(`  sender ${this.index}: ${data.toString().slice(0, 200)}`);
    }
  }

  private checkWelcome(data: Buffer): void {
    const msg = JSON.parse(data.toString()) as { t: string };
    if (msg.t === 'welcome') this.markWelcomed();
    else this.welcomeReject?.(new Error(`expected welcome, got ${data.toString().slice(0, 200)}`));
  }

  /** Sends one PESTLE add carrying its send time; returns the send time. */
  sendAdd(mutationId: number, messageIndex: number): number {
    const sentAt = performance.now();
    const text = stampedText(messageIndex, sentAt);
    this.sendTimes[messageIndex] = sentAt;
    this.ws.send(
      JSON.stringify({
        t: 'mutate',
        mutationId,
        name: 'pestle.add',
        args: { id: randomUUID(), category: categoryOf(messageIndex), kind: kindOf(messageIndex), text },
      }),
    );
    return sentAt;
  }

  pauseReading(): void {
    pauseSocket(this.ws);
  }

  close(): void {
    this.closing = true;
    this.ws.terminate();
  }
}
