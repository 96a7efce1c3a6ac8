import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { WebSocketServer } from 'ws';
import { LIMITS } from '../../shared/domain/constants.js';
import type { ErrorCode } from '../../shared/errors.js';
import { errorMessage, pickLanguage } from '../../shared/i18n/errors.js';
import type { AppContext } from '../commands/context.js';
import { Connection } from './connection.js';

const HEARTBEAT_MS = 30_000;
/** The heartbeat pings a slice of the connections each second, never all at once. */
const HEARTBEAT_SLICES = HEARTBEAT_MS / 1000;

/**
 * Default for open WebSockets per client address (`WS_CONNECTIONS_PER_IP`). A venue NAT puts
 * a whole room behind one address, and a reconnecting tab briefly holds two sockets; 1,000 is
 * far above any room (500 participants at most) and far below what exhausts the server.
 */
export const MAX_CONNECTIONS_PER_IP = 1000;

export const websocketOptions = {
  // Frames above the hard limit are not buffered at all (ws closes with 1009); between the
  // soft limit and this, Mesa answers payload_too_large and keeps the connection.
  maxPayload: LIMITS.hardFrameBytes,
  perMessageDeflate: false,
};

export interface RealtimeOptions {
  /** Open WebSockets (including handshakes in progress) allowed per client address; 0 for no limit. */
  connectionsPerIp: number;
  /**
   * Whether loopback addresses (127.0.0.0/8, ::1) count too. Off by default: local processes
   * (the fan-out benchmark opens 2,000 sockets from 127.0.0.1; a reverse proxy on the same host
   * makes every client look like 127.0.0.1) are not the remote crowd this limit is about.
   */
  limitLoopback: boolean;
  /** Unsent bytes after which a connection is cut off as too slow (Connection's MAX_BUFFERED_BYTES by default). */
  maxBufferedBytes?: number;
}

/** The eight groups of an IPv6 address, `::` expanded (an embedded IPv4 takes two). */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  if (tail === undefined) return headGroups;
  const tailGroups = tail ? tail.split(':') : [];
  const size = (groups: string[]) => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  return [...headGroups, ...Array<string>(Math.max(0, 8 - size(headGroups) - size(tailGroups))).fill('0'), ...tailGroups];
}

/**
 * Who a socket is counted as: its IPv4 address (IPv4-mapped IPv6 unwrapped), or the /64 prefix
 * of its IPv6 address, since one IPv6 host may use any address of its /64. Taken from the
 * socket's peer address, never from X-Forwarded-For, which any client can set.
 */
export function clientAddress(remoteAddress: string): { key: string; loopback: boolean } {
  const address = (remoteAddress.split('%')[0] ?? '').toLowerCase();
  if (address.startsWith('::ffff:') && address.includes('.')) {
    const v4 = address.slice('::ffff:'.length);
    return { key: v4, loopback: v4.startsWith('127.') };
  }
  if (!address.includes(':')) return { key: address, loopback: address.startsWith('127.') };
  const groups = ipv6Groups(address).map((g) => (Number.parseInt(g, 16) || 0).toString(16));
  const loopback = groups.length === 8 && groups.slice(0, 7).every((g) => g === '0') && groups[7] === '1';
  return { key: `${groups.slice(0, 4).join(':')}::/64`, loopback };
}

/** Counts open sockets per address key. */
export class ConnectionCounter {
  private readonly open = new Map<string, number>();

  constructor(private readonly options: RealtimeOptions) {}

  /** Whether sockets from this client are counted at all. */
  counts(client: { loopback: boolean }): boolean {
    return this.options.connectionsPerIp > 0 && (this.options.limitLoopback || !client.loopback);
  }

  /** Takes a slot for this key, or returns false when the key is at its limit. */
  acquire(key: string): boolean {
    const max = this.options.connectionsPerIp;
    const count = this.open.get(key) ?? 0;
    if (count >= max) return false;
    this.open.set(key, count + 1);
    return true;
  }

  release(key: string): void {
    const count = (this.open.get(key) ?? 0) - 1;
    if (count > 0) this.open.set(key, count);
    else this.open.delete(key);
  }
}

/**
 * Node removes its own error listener from a socket it hands to 'upgrade': without one, a peer
 * that resets the connection while it is answered (a 404, a 429) crashes the whole process.
 */
function destroyOnError(this: Duplex): void {
  this.destroy();
}

/** Answers an upgrade request with a plain HTTP error in Mesa's JSON shape, then closes the socket. */
function refuseUpgrade(socket: Duplex, status: 404 | 429, reason: string, code: ErrorCode, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * The WebSocket endpoint `/ws`, on a bare `ws` server attached to Fastify's HTTP server.
 * Not a Fastify route on purpose: authentication happens in the `hello`, and a routed
 * upgrade keeps Fastify's request, reply and logger alive for the life of every socket
 * (about 6 KB each; see bench/README.md).
 */
export function attachRealtime(
  app: FastifyInstance,
  ctx: AppContext,
  options: RealtimeOptions = { connectionsPerIp: MAX_CONNECTIONS_PER_IP, limitLoopback: false },
): void {
  const wss = new WebSocketServer({ noServer: true, ...websocketOptions });
  const connections = new Set<Connection>();
  const counter = new ConnectionCounter(options);

  app.server.on('upgrade', (request, socket: Duplex, head) => {
    socket.on('error', destroyOnError);
    const lang = pickLanguage(request.headers['accept-language']);
    const pathname = (request.url ?? '').split('?')[0];
    if (pathname !== '/ws') {
      refuseUpgrade(socket, 404, 'Not Found', 'not_found', errorMessage(lang, 'not_found'));
      return;
    }
    const remote = request.socket.remoteAddress;
    if (remote === undefined) {
      // Already gone.
      socket.destroy();
      return;
    }
    const client = clientAddress(remote);
    if (counter.counts(client)) {
      if (!counter.acquire(client.key)) {
        refuseUpgrade(socket, 429, 'Too Many Requests', 'rate_limited', errorMessage(lang, 'rate_limited'));
        return;
      }
      // The slot is held from the handshake to the TCP close, whichever way the socket ends.
      socket.once('close', () => counter.release(client.key));
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new Connection(ws, ctx, lang, app.log, options.maxBufferedBytes);
      connections.add(connection);
      ws.on('close', () => connections.delete(connection));
    });
  });

  // A dead phone is found within HEARTBEAT_MS; pinging a slice per second keeps the send loop
  // from stalling every 30 s at 2,000 connections.
  let tick = 0;
  const timer = setInterval(() => {
    const slice = tick++ % HEARTBEAT_SLICES;
    let i = 0;
    for (const connection of connections) if (i++ % HEARTBEAT_SLICES === slice) connection.heartbeat();
  }, HEARTBEAT_MS / HEARTBEAT_SLICES);
  timer.unref();

  // Upgraded sockets keep the HTTP server from closing: end them first.
  app.addHook('preClose', async () => {
    clearInterval(timer);
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}
