import fs from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { LIMITS } from '../shared/domain/constants.js';
import type { AppContext } from './commands/context.js';
import { apiRoutes } from './http/api-routes.js';
import { installErrorHandling, sendError } from './http/errors.js';
import { realtimeRoutes, websocketOptions } from './realtime/hub.js';

export interface AppOptions {
  ctx: AppContext;
  version: string;
  publicUrl: string | null;
  joinsPerMinute?: number;
  /** The address the server listens on, to work out the join address for other devices. */
  listenHost?: string;
  /** The built web app; skipped when absent (API-only tests). */
  webDir: string | null;
  logLevel?: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: LIMITS.messageBytes,
    trustProxy: true,
  });
  installErrorHandling(app);
  await app.register(helmet, {
    // Mesa is often served over plain http on a venue's LAN: no HSTS, no forced upgrade.
    hsts: false,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'upgrade-insecure-requests': null,
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'ws:', 'wss:'],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: websocketOptions });
  await app.register(apiRoutes, {
    ctx: options.ctx,
    options: {
      version: options.version,
      publicUrl: options.publicUrl,
      joinsPerMinute: options.joinsPerMinute ?? 30,
      listenHost: options.listenHost ?? '127.0.0.1',
    },
  });
  await app.register(realtimeRoutes, { ctx: options.ctx });

  const webDir = options.webDir;
  const index = webDir ? path.join(webDir, 'index.html') : null;
  if (webDir && index && fs.existsSync(index)) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
    // Client-side routes (/w/…, /join/…) all load the single page app.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/ws')) {
        return reply.type('text/html').send(fs.createReadStream(index));
      }
      return sendError(request, reply, 'not_found');
    });
  }
  return app;
}
