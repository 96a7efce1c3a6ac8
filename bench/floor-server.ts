/**
 * The floor for bench/fanout.ts: a bare `ws` server speaking just enough of Mesa's protocol
 * (hello → welcome, mutate → event to everyone + ack to the sender) that the same load
 * generator drives both. Per mutation it encodes one frame shaped like Mesa's event frame
 * (same keys, same sizes) once, and relays that one buffer to every connection with
 * `ws.send`, in hello order, exactly like Mesa's room does. No validation, no
 * authorisation, no storage: whatever Mesa spends beyond this is Mesa's overhead.
 *
 * Run: PORT=<port> HOST=127.0.0.1 node --import tsx bench/floor-server.ts
 * Prints "listening <port>" once ready; exits on SIGTERM/SIGINT.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';

// Mesa's facilitator member id is "fac-" + 8 hex characters; keep the frame the same size.
const actorId = `fac-${randomUUID().slice(0, 8)}`;
const subscribers = new Set<WebSocket>();
let seq = 3; // Mesa's workshop starts with 3 events (created + 2 members joined).

const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"status":"ok","store":"none"}');
});
const wss = new WebSocketServer({ server, path: '/ws', perMessageDeflate: false, maxPayload: 1024 * 1024 });

interface Incoming {
  t?: unknown;
  mutationId?: unknown;
  name?: unknown;
  args?: unknown;
  clientId?: unknown;
}

wss.on('connection', (socket) => {
  let clientId = '';
  socket.on('message', (data: RawData) => {
    let msg: Incoming;
    try {
      msg = JSON.parse(data.toString()) as Incoming;
    } catch {
      return;
    }
    if (msg.t === 'hello') {
      clientId = String(msg.clientId ?? '');
      subscribers.add(socket);
      socket.send(JSON.stringify({ t: 'welcome', protocol: 1, role: 'observer', memberId: null, lastMutationId: 0, seq, events: [] }));
      return;
    }
    if (msg.t !== 'mutate') return;
    seq += 1;
    // Same key order and value shapes as Mesa's `{ t: 'event', e: { ...event, seq, v } }`.
    const event = {
      type: 'pestle.added',
      data: msg.args,
      actorId,
      clientId,
      mutationId: msg.mutationId,
      at: Date.now(),
      seq,
      v: 1,
    };
    const frame = Buffer.from(JSON.stringify({ t: 'event', e: event }));
    for (const s of subscribers) {
      if (s.readyState === s.OPEN) s.send(frame, { binary: false });
    }
    socket.send(JSON.stringify({ t: 'ack', mutationId: msg.mutationId, seq }));
  });
  socket.on('close', () => subscribers.delete(socket));
  socket.on('error', () => subscribers.delete(socket));
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`listening ${actual}\n`);
});

const stop = () => {
  for (const s of subscribers) s.terminate();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
