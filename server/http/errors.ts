import fs from 'node:fs';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
    if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(request, reply, 'payload_too_large', { max: LIMITS.messageBytes });
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
