import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { LIMITS } from '../../shared/domain/constants.js';
import { pickLanguage } from '../../shared/i18n/errors.js';
import type { AppContext } from '../commands/context.js';
import { Connection } from './connection.js';

const HEARTBEAT_MS = 30_000;

/** The WebSocket endpoint `/ws`: one Connection per socket, and a heartbeat that drops dead ones. */
export async function realtimeRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const connections = new Set<Connection>();
  const timer = setInterval(() => {
    for (const c of connections) c.heartbeat();
  }, HEARTBEAT_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  app.get('/ws', { websocket: true }, (socket: WebSocket, request) => {
    const connection = new Connection(socket, ctx, pickLanguage(request.headers['accept-language']), request.log);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
}

export const websocketOptions = {
  // Frames above the hard limit are not buffered at all (ws closes with 1009); between the
  // soft limit and this, Mesa answers payload_too_large and keeps the connection.
  maxPayload: LIMITS.hardFrameBytes,
  perMessageDeflate: false,
};
