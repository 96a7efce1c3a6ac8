import type { ErrorCode, ErrorParams } from '../shared/errors.js';

/** A refusal with a stable code; the HTTP and WebSocket layers turn it into a localized reply. */
export class MesaError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params?: ErrorParams,
  ) {
    super(code);
  }
}
