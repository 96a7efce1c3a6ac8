import { describe, expect, it } from 'vitest';
import type { SocketLike } from '../../../shared/sync/client';
import { mutationIdOf, SendGate } from './gatedSocket';

function inner(): SocketLike & { frames: string[]; readyState: number } {
  const s = {
    readyState: 1,
    frames: [] as string[],
    onopen: null,
    onmessage: null,
    onclose: null as ((ev: unknown) => void) | null,
    onerror: null,
    send(data: string) {
      s.frames.push(data);
    },
    close() {
      s.readyState = 3;
    },
  };
  return s;
}

const mutate = (mutationId: number) => JSON.stringify({ t: 'mutate', mutationId, name: 'pestle.add', args: {} });

describe('SendGate', () => {
  it('holds mutate frames above the durable id and releases them in order', () => {
    const raw = inner();
    const gate = new SendGate(2);
    const socket = gate.wrap(raw);
    socket.send(JSON.stringify({ t: 'hello' }));
    socket.send(mutate(2));
    socket.send(mutate(3));
    socket.send(mutate(4));
    expect(raw.frames.map((f) => JSON.parse(f).mutationId ?? 'hello')).toEqual(['hello', 2]);
    gate.advance(3);
    expect(raw.frames.map(mutationIdOf)).toEqual([null, 2, 3]);
    gate.advance(10);
    expect(raw.frames.map(mutationIdOf)).toEqual([null, 2, 3, 4]);
  });

  it('drops held frames with the socket: the client re-sends after the next welcome', () => {
    const raw = inner();
    const gate = new SendGate();
    const socket = gate.wrap(raw);
    socket.send(mutate(1));
    raw.readyState = 3;
    raw.onclose?.({});
    gate.advance(1);
    expect(raw.frames).toEqual([]);
  });

  it('reads the mutationId of mutate frames only', () => {
    expect(mutationIdOf(mutate(7))).toBe(7);
    expect(mutationIdOf('{"t":"ping"}')).toBeNull();
    expect(mutationIdOf('{"t":"mutate"')).toBeNull();
  });
});
