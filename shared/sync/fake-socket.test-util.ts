import type { SocketLike } from './client.js';

/** A socket a test drives by hand: what the client sends is recorded, what the server says is injected. */
export class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  sent: Array<Record<string, unknown>> = [];
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
  get hello() {
    return this.sent.find((f) => f.t === 'hello');
  }
  /** mutationIds sent, in order. */
  get mutations(): number[] {
    return this.sent.filter((f) => f.t === 'mutate').map((f) => f.mutationId as number);
  }
}
