// A Mesa client that follows the protocol like the browser's SyncClient (hello with lastSeq,
// catch-up in the welcome, gapless events, the same reconnect backoff) but keeps only its seq,
// so one load-generator core can run thousands of them. bench/storm.ts also runs real
// SyncClients (shared/sync/client.ts), which fold the state and check its hash.
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { reconnectDelay } from '../../shared/sync/backoff.js';

const EVENT_PREFIX = '{"t":"event",';
// A live event is {...event, seq, v} (server/store/sqlite/sqlite-store.ts): its seq is the last "seq" key.
const SEQ_KEY = '"seq":';

export class LightClient {
  seq = 0;
  online = false;
  /** performance.now() of the last welcome. */
  welcomedAt = 0;
  /** Events that did not follow the one before (must stay 0). */
  gaps = 0;
  /** Connection attempts since the last drop, and in total. */
  attempts = 0;
  connects = 0;
  errors: string[] = [];
  private ws: WebSocket | null = null;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: string,
    private readonly workshopId: string,
    private readonly token: string,
    private readonly clientId: string,
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.terminate();
  }

  private connect(): void {
    if (this.stopped) return;
    this.connects += 1;
    const ws = new WebSocket(this.url, { perMessageDeflate: false });
    this.ws = ws;
    ws.on('open', () => {
      ws.send(
        JSON.stringify({
          t: 'hello',
          protocol: 1,
          workshopId: this.workshopId,
          token: this.token,
          clientId: this.clientId,
          lastSeq: this.seq,
        }),
      );
    });
    ws.on('message', (data: Buffer) => this.onMessage(data.toString()));
    ws.on('error', () => {});
    ws.on('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.online = false;
      if (this.stopped) return;
      this.attempts += 1;
      this.timer = setTimeout(() => this.connect(), reconnectDelay(this.attempts));
    });
  }

  private onMessage(text: string): void {
    // Events are the bulk: read the seq without parsing the whole frame.
    if (text.startsWith(EVENT_PREFIX)) {
      const at = text.lastIndexOf(SEQ_KEY) + SEQ_KEY.length;
      const seq = Number(text.slice(at, text.indexOf(',', at)));
      if (seq !== this.seq + 1) this.gaps += 1;
      this.seq = Math.max(this.seq, seq);
      return;
    }
    const message = JSON.parse(text) as { t: string; seq?: number; e?: { seq: number }; events?: Array<{ seq: number }>; code?: string };
    if (message.t === 'event' && message.e) {
      if (message.e.seq !== this.seq + 1) this.gaps += 1;
      this.seq = Math.max(this.seq, message.e.seq);
    } else if (message.t === 'welcome') {
      let expected = this.seq + 1;
      for (const event of message.events ?? []) {
        if (event.seq !== expected) this.gaps += 1;
        expected = event.seq + 1;
      }
      this.seq = message.seq ?? this.seq;
      this.online = true;
      this.attempts = 0;
      this.welcomedAt = performance.now();
    } else if (message.t === 'error' && this.errors.length < 3) this.errors.push(text.slice(0, 200));
  }
}
