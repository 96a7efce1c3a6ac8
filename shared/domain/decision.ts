import type { ErrorCode, ErrorParams, Rejection } from '../errors.js';
import type { EventData, EventType } from './events.js';

/** What `decide` answers: the event that records an allowed mutation, or why it is refused. */
export type Decided = { [T in EventType]: { ok: true; type: T; data: EventData<T> } }[EventType] | ({ ok: false } & Rejection);

export function refuse(code: ErrorCode, params?: ErrorParams): Decided {
  return params ? { ok: false, code, params } : { ok: false, code };
}

export function refusal(rejection: Rejection): Decided {
  return { ok: false, ...rejection };
}

/** Own keys only: an id like "constructor" must never find Object.prototype's. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
