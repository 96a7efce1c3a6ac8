// One WebSocket client of the load generator speaking Hocuspocus's protocol, as
// @hocuspocus/provider does: Auth(token) then SyncStep1, then Yjs updates both ways.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { type BenchClient, categoryOf, kindOf, pauseSocket, type Role, readStamp, stampedText } from './client.js';

export const DOCUMENT = 'bench';
// Hocuspocus message types (@hocuspocus/server's MessageType) and sub-types.
const SYNC = 0;
const AUTH = 2;
const SYNC_REPLY = 4;
const SYNC_STATUS = 8;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;

/** Every frame starts with varString(DOCUMENT): its length byte and the name. */
const PREFIX = 1 + Buffer.byteLength(DOCUMENT);

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, DOCUMENT);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export class HocuspocusClient implements BenchClient {
  readonly ws: WebSocket;
  welcomed = false;
  frames = 0;
  events = 0;
  acks = 0;
  rejects = 0;
  closedEarly = false;
  closing = false;
  frameBytes = 0;
  readonly samples: Array<[number, number]> = [];
  readonly welcome: Promise<void>;
  onAck: ((mutationId: number, at: number) => void) | null = null;
  private welcomeResolve: (() => void) | null = null;
  private welcomeReject: ((e: Error) => void) | null = null;
  /** Senders keep a real Y.Doc, so what they send are genuine Yjs updates. */
  private readonly doc: Y.Doc | null;
  private readonly items: Y.Array<unknown> | null;
  /** Hocuspocus acks (SyncStatus) in the order it received the updates. */
  private readonly unacked: number[] = [];

  constructor(
    url: string,
    readonly index: number,
    readonly role: Role,
    token: string,
    private readonly sendTimes: number[],
  ) {
    this.welcome = new Promise((resolve, reject) => {
      this.welcomeResolve = resolve;
      this.welcomeReject = reject;
    });
    this.doc = role === 'sender' ? new Y.Doc() : null;
    this.items = this.doc?.getArray('pestle') ?? null;
    this.doc?.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return; // came from the server
      this.ws.send(frame(SYNC, (e) => syncProtocol.writeUpdate(e, update)));
    });
    this.ws = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: 30_000 });
    this.ws.binaryType = 'nodebuffer';
    this.ws.on('open', () => {
      this.ws.send(
        frame(AUTH, (e) => {
          encoding.writeVarUint(e, AUTH_TOKEN);
          encoding.writeVarString(e, token);
        }),
      );
      const doc = this.doc ?? new Y.Doc();
      this.ws.send(frame(SYNC, (e) => syncProtocol.writeSyncStep1(e, doc)));
    });
    this.ws.on('error', (error) => this.welcomeReject?.(error));
    this.ws.on('close', (code) => {
      if (!this.closing) this.closedEarly = true;
      this.welcomeReject?.(new Error(`closed ${code} before welcome`));
    });
    this.ws.on('message', (data: Buffer) => this.onMessage(data));
  }

  private onMessage(data: Buffer): void {
    const now = performance.now();
    const type = data[PREFIX];
    const sub = data[PREFIX + 1];
    // The "welcome" is the server's SyncStep2: the document as it is.
    if (!this.welcomed) {
      if (type === AUTH && sub === AUTH_DENIED) this.welcomeReject?.(new Error('permission denied'));
      if ((type === SYNC || type === SYNC_REPLY) && sub === syncProtocol.messageYjsSyncStep2) this.markWelcomed(data);
      return;
    }
    if (type === SYNC_STATUS) {
      this.frames += 1;
      this.acks += 1;
      this.onAck?.(this.unacked.shift() ?? 0, now);
      return;
    }
    if (type !== SYNC || sub !== syncProtocol.messageYjsUpdate) return; // SyncStep1, awareness: not events
    this.frames += 1;
    this.events += 1;
    if (this.role === 'sink') return; // sinks stay cheap: count, never decode
    this.frameBytes = data.length;
    if (this.role === 'probe') {
      // The text is stored verbatim (UTF-8) inside the update: find the stamp without decoding Yjs.
      const stamp = readStamp(data.toString('latin1'));
      if (stamp) this.samples.push([stamp[0], now - stamp[1]]);
    }
  }

  private markWelcomed(data: Buffer): void {
    if (this.doc) {
      const decoder = decoding.createDecoder(data.subarray(PREFIX + 1));
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), this.doc, this);
    }
    this.welcomed = true;
    this.welcomeResolve?.();
    this.welcomeResolve = null;
    this.welcomeReject = null;
  }

  /** Adds one item to the shared array (the doc sends the update); returns the send time. */
  sendAdd(mutationId: number, messageIndex: number): number {
    if (!this.items) throw new Error('only senders send');
    const sentAt = performance.now();
    this.sendTimes[messageIndex] = sentAt;
    this.unacked.push(mutationId);
    const text = stampedText(messageIndex, sentAt);
    this.items.push([{ id: randomUUID(), category: categoryOf(messageIndex), kind: kindOf(messageIndex), text }]);
    return sentAt;
  }

  pauseReading(): void {
    pauseSocket(this.ws);
  }

  close(): void {
    this.closing = true;
    this.ws.terminate();
    this.doc?.destroy();
  }
}
