import fs from 'node:fs';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { Language } from '../../shared/domain/constants.js';
import { ERROR_STATUS, type ErrorCode, type ErrorParams } from '../../shared/errors.js';
import { errorMessage, pickLanguage } from '../../shared/i18n/errors.js';
import { LIMITS } from '../../shared/domain/constants.js';
import { MesaError } from '../errors.js';

/** The user's language for messages: `?lang=` first, then Accept-Language, then Spanish. */
export function requestLanguage(request: FastifyRequest): Language {
  const query = (request.query as { lang?: unknown } | undefined)?.lang;
  if (query === 'es' || query === 'en' || query === 'fr') return query;
  return pickLanguage(request.headers['accept-language']);
}

export function sendError(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, params?: ErrorParams) {
  return reply
    .status(ERROR_STATUS[code])
    .send({ error: { code, message: errorMessage(requestLanguage(request), code, params), ...(params ? { params } : {}) } });
}

/** Turns a zod failure on a request body into `invalid_args` or `too_long`, naming the field. */
export function zodToMesaError(error: ZodError): MesaError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'body';
  if (issue?.code === 'too_big' && typeof issue.maximum === 'number')
    return new MesaError('too_long', { field, max: Number(issue.maximum) });
  return new MesaError('invalid_args', { field, reason: issue?.message ?? 'invalid' });
}

/**
 * Every failure, Mesa's own or Fastify's, leaves as `{"error":{"code","message"}}`. With
 * `spaIndex`, unknown GETs outside /api and /ws load the single-page app instead, so client
 * routes (/w/…, /join/…) work on reload.
 */
export function installErrorHandling(app: FastifyInstance, spaIndex: string | null = null): void {
  app.setErrorHandler((error: FastifyError | MesaError, request, reply) => {
    if (error instanceof MesaError) return sendError(request, reply, error.code, error.params);
    const fastifyCode = (error as FastifyError).code;
    if (fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && (error as FastifyError).statusCode === 400)) {
      return sendError(request, reply, 'invalid_json');
    }
    if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // The route's own limit (a template import takes more than a mutation).
      return sendError(request, reply, 'payload_too_large', { max: request.routeOptions.bodyLimit ?? LIMITS.messageBytes });
    }
    if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return sendError(request, reply, 'invalid_message', { field: 'content-type' });
    }
    if ((error as FastifyError).statusCode === 429) return sendError(request, reply, 'rate_limited');
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) return sendError(request, reply, 'invalid_message', { field: 'request' });
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 'internal');
  });
  app.setNotFoundHandler((request, reply) => {
    if (spaIndex && request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/ws')) {
      return reply.type('text/html').send(fs.createReadStream(spaIndex));
    }
    return sendError(request, reply, 'not_found');
  });
}

/** A connection-level failure, before any request or reply exists (Node's `clientError`). */
export type ClientError = Error & { code?: string; rawPacket?: unknown };

/** Node's fixed limit on the extensions of a chunked body's chunks. */
const CHUNK_EXTENSIONS_BYTES = 16 * 1024;

/** Mesa's code for a request Node could not parse, or that never arrived in full. */
export function clientErrorCode(error: ClientError): { code: ErrorCode; params?: ErrorParams } {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { code: 'headers_too_large', params: { max: maxHeaderSize } };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { code: 'request_timeout' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { code: 'payload_too_large', params: { max: CHUNK_EXTENSIONS_BYTES } };
    default:
      return { code: 'invalid_message', params: { field: 'request' } };
  }
}

/** Best effort: the Accept-Language of the bytes Node had read, so the message is in the reader's language. */
function rawLanguage(raw: unknown): Language {
  const match = Buffer.isBuffer(raw) ? /\r\naccept-language:[ \t]*([^\r\n]{0,200})/i.exec(raw.toString('latin1')) : null;
  return pickLanguage(match?.[1]);
}

/** The raw HTTP/1.1 reply for a client error: Mesa's JSON error body, and the connection closes. */
export function clientErrorResponse(error: ClientError): string {
  const { code, params } = clientErrorCode(error);
  const status = ERROR_STATUS[code];
  const body = JSON.stringify({
    error: { code, message: errorMessage(rawLanguage(error.rawPacket), code, params), ...(params ? { params } : {}) },
  });
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** The part of the socket the handler uses: `_httpMessage` is Node's reply in flight on it, if any. */
type ClientSocket = Pick<Socket, 'writable' | 'writableEnded' | 'destroyed' | 'end' | 'destroy' | 'destroySoon'> & {
  _httpMessage?: { headersSent?: boolean } | null;
};

/**
 * Fastify's `clientErrorHandler`: a malformed request line or header, headers over Node's limit
 * (16 KiB) or a request that never arrived in full gets Mesa's coded JSON error instead of
 * Fastify's own. Nothing is written to a socket that is gone, already closing, or in the middle
 * of another reply (a pipelined request's bytes would be corrupted): it is only destroyed.
 */
export function answerClientError(error: ClientError, socket: ClientSocket, log?: FastifyBaseLogger): void {
  // Already answered, or closing after a reply: one more write would land after the end.
  if (socket.writableEnded) return;
  log?.debug({ err: error }, 'client error');
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(error));
  // Closes once the reply is flushed, so a client that keeps the connection open cannot hold it.
  socket.destroySoon();
}
