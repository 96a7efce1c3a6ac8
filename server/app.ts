import fs from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { LIMITS } from '../shared/domain/constants.js';
import type { AppContext } from './commands/context.js';
import { apiRoutes } from './http/api-routes.js';
import { answerClientError, installErrorHandling } from './http/errors.js';
import { MAX_BUFFERED_BYTES } from './realtime/connection.js';
import { attachRealtime, MAX_CONNECTIONS_PER_IP } from './realtime/hub.js';

export interface AppOptions {
  ctx: AppContext;
  version: string;
  publicUrl: string | null;
  joinsPerMinute?: number;
  /** Open WebSockets per client IP address (default 1,000; 0 for no limit). */
  wsConnectionsPerIp?: number;
  /** Fastify's trustProxy: true, or the addresses of the proxies whose X-Forwarded-For to believe. */
  trustProxy?: boolean | string;
  /** Count loopback addresses against `wsConnectionsPerIp` too (tests); exempt by default. */
  wsLimitLoopback?: boolean;
  /** Unsent bytes after which a WebSocket is cut off as too slow; MAX_BUFFERED_BYTES by default (tests lower it). */
  wsMaxBufferedBytes?: number;
  /** The address the server listens on, to work out the join address for other devices. */
  listenHost?: string;
  /** The built web app; skipped when absent (API-only tests). */
  webDir: string | null;
  logLevel?: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: LIMITS.messageBytes,
    // Off unless configured: X-Forwarded-For from an untrusted client would let it pick the
    // address the join rate limit counts.
    trustProxy: options.trustProxy ?? false,
    // Requests Node cannot parse (bad header lines, headers over 16 KiB) get Mesa's coded JSON error too.
    clientErrorHandler: (error, socket) => answerClientError(error, socket, app.log),
    // On shutdown, cut every HTTP connection rather than wait for them: a browser keeps
    // connections it opened ahead of need, and Node would wait up to its 60 s headers timeout
    // for those. Clients reconnect and re-send (idempotently) whatever was cut.
    forceCloseConnections: true,
  });
  const index = options.webDir ? path.join(options.webDir, 'index.html') : null;
  const hasWeb = index !== null && fs.existsSync(index);
  installErrorHandling(app, hasWeb ? index : null);
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
  await app.register(apiRoutes, {
    ctx: options.ctx,
    options: {
      version: options.version,
      publicUrl: options.publicUrl,
      joinsPerMinute: options.joinsPerMinute ?? 120,
      listenHost: options.listenHost ?? '127.0.0.1',
    },
  });
  attachRealtime(app, options.ctx, {
    connectionsPerIp: options.wsConnectionsPerIp ?? MAX_CONNECTIONS_PER_IP,
    limitLoopback: options.wsLimitLoopback ?? false,
    maxBufferedBytes: options.wsMaxBufferedBytes ?? MAX_BUFFERED_BYTES,
  });

  if (hasWeb && options.webDir) {
    // wildcard: false serves the files present at start (hashed assets); rebuilding needs a restart.
    await app.register(fastifyStatic, {
      root: options.webDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Vite names assets by their content hash: a phone keeps them for good, and a new build's
      // index.html (revalidated every time) points at new names.
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  return app;
}
