import type { FastifyInstance } from 'fastify';
import { WebSocketServer } from 'ws';
import { LIMITS } from '../../shared/domain/constants.js';
import { pickLanguage } from '../../shared/i18n/errors.js';
import type { AppContext } from '../commands/context.js';
import { Connection } from './connection.js';

const HEARTBEAT_MS = 30_000;
/** The heartbeat pings a slice of the connections each second, never all at once. */
const HEARTBEAT_SLICES = HEARTBEAT_MS / 1000;

export const websocketOptions = {
  // Frames above the hard limit are not buffered at all (ws closes with 1009); between the
  // soft limit and this, Mesa answers payload_too_large and keeps the connection.
  maxPayload: LIMITS.hardFrameBytes,
  perMessageDeflate: false,
};

/**
 * The WebSocket endpoint `/ws`, on a bare `ws` server attached to Fastify's HTTP server.
 * Not a Fastify route on purpose: authentication happens in the `hello`, and a routed
 * upgrade keeps Fastify's request, reply and logger alive for the life of every socket
 * (about 6 KB each; see bench/README.md).
 */
export function attachRealtime(app: FastifyInstance, ctx: AppContext): void {
  const wss = new WebSocketServer({ noServer: true, ...websocketOptions });
  const connections = new Set<Connection>();

  app.server.on('upgrade', (request, socket, head) => {
    const pathname = (request.url ?? '').split('?')[0];
    if (pathname !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new Connection(ws, ctx, pickLanguage(request.headers['accept-language']), app.log);
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
