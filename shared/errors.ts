/**
 * Stable error codes: clients branch on `code`, people read `message` (from the i18n
 * catalogues, in the user's language). The HTTP status for each code lives here so the
 * HTTP API and the WebSocket hub can never disagree.
 */
export const ERROR_STATUS = {
  invalid_json: 400,
  invalid_message: 400,
  invalid_args: 400,
  too_long: 400,
  unknown_mutation: 400,
  unknown_phase: 400,
  unknown_template: 400,
  invalid_template: 400,
  invalid_backup: 400,
  unsupported_protocol: 400,
  hello_required: 400,
  unauthorized: 401,
  forbidden: 403,
  board_locked: 403,
  not_author: 403,
  phase_locked: 403,
  workshop_not_found: 404,
  join_code_not_found: 404,
  not_found: 404,
  export_unavailable: 404,
  request_timeout: 408,
  item_missing: 409,
  member_missing: 409,
  duplicate_id: 409,
  limit_reached: 409,
  template_exists: 409,
  timer_not_set: 409,
  timer_not_running: 409,
  timer_not_paused: 409,
  target_missing: 409,
  cluster_missing: 409,
  voting_closed: 409,
  dots_exhausted: 409,
  in_use: 409,
  not_a_plenary: 409,
  workshop_exists: 409,
  no_plenary: 409,
  payload_too_large: 413,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  store_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, value);
}

/** Values interpolated into the localized message, e.g. `{ max: 500 }`. */
export type ErrorParams = Record<string, string | number>;

export interface Rejection {
  code: ErrorCode;
  params?: ErrorParams;
}
