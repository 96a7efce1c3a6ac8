// One seat of the matrices bench: a participant or a lead on its own WebSocket, timing what it receives.
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';

/** "s<seat> <n> <send time> …": who sent it and when, readable wherever the text arrives. */
export function stamp(n: number, sentAt: number, seat: number): string {
  return `s${seat} ${n} ${sentAt.toFixed(3)} Protocolo regional de atención a personas migrantes objeto de tráfico ilícito`;
}

function readStamp(text: unknown): { seat: number; sentAt: number } | null {
  if (typeof text !== 'string') return null;
  const match = /^s(-?\d+) \d+ (\d+\.\d+) /.exec(text);
  return match ? { seat: Number(match[1]), sentAt: Number(match[2]) } : null;
}

interface EventFrame {
  t: 'event';
  e: { type: string; data: { text?: unknown; comment?: unknown } };
}

export class Seat {
  readonly ws: WebSocket;
  readonly welcome: Promise<void>;
  private mutationId = 0;
  private readonly sentAt = new Map<number, number>();
  /** Own saves: send → ack. */
  readonly ackMs: number[] = [];
  /** A lead's: participants' saves, send → received here. */
  readonly fromParticipantsMs: number[] = [];
  /** A participant's: the facilitator's final-matrix writes, send → received here. */
  readonly fromFacilitatorMs: number[] = [];
  redacted = 0;
  rejected = 0;

  constructor(
    url: string,
    workshopId: string,
    token: string,
    clientId: string,
    /** The participant's number; -1 for the facilitator and the rapporteur. */
    readonly index: number,
  ) {
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.welcome = new Promise((resolve, reject) => {
      this.ws.once('error', reject);
      this.ws.on('message', (data: Buffer) => {
        const msg = JSON.parse(data.toString()) as { t: string; mutationId?: number } | EventFrame;
        if (msg.t === 'welcome') resolve();
        else if (msg.t === 'ack') this.onAck((msg as { mutationId: number }).mutationId);
        else if (msg.t === 'event') this.onEvent(msg as EventFrame);
        else if (msg.t === 'reject' || msg.t === 'error') {
          this.rejected += 1;
          if (this.rejected <= 3) console.error(`seat ${index}: ${data.toString().slice(0, 200)}`);
        }
      });
    });
    this.ws.on('open', () => this.ws.send(JSON.stringify({ t: 'hello', protocol: 1, workshopId, token, clientId, lastSeq: 0 })));
  }

  private onAck(mutationId: number): void {
    const at = this.sentAt.get(mutationId);
    if (at === undefined) return;
    this.sentAt.delete(mutationId);
    this.ackMs.push(performance.now() - at);
  }

  private onEvent({ e }: EventFrame): void {
    const now = performance.now();
    if (e.type === 'redacted') {
      this.redacted += 1;
      return;
    }
    const stamped = readStamp(e.data.text) ?? readStamp(e.data.comment);
    if (!stamped) return;
    if (this.index === -1 && stamped.seat >= 0 && e.type.startsWith('matrix.')) this.fromParticipantsMs.push(now - stamped.sentAt);
    if (this.index >= 0 && stamped.seat === -1 && e.type === 'final.textSet') this.fromFacilitatorMs.push(now - stamped.sentAt);
  }

  send(name: string, args: unknown): void {
    this.mutationId += 1;
    this.sentAt.set(this.mutationId, performance.now());
    this.ws.send(JSON.stringify({ t: 'mutate', mutationId: this.mutationId, name, args }));
  }

  get outstanding(): number {
    return this.sentAt.size;
  }

  close(): void {
    this.ws.terminate();
  }
}
