import { z } from 'zod';
import { LANGUAGES, LIMITS } from '../domain/constants.js';
import type { WorkshopEvent } from '../domain/events.js';
import type { Role } from '../domain/constants.js';
import type { WorkshopState } from '../domain/state.js';
import type { ErrorCode, ErrorParams } from '../errors.js';

/** Bumped when a message changes incompatibly; the server refuses other versions with `unsupported_protocol`. */
export const PROTOCOL_VERSION = 1;

export const clientId = z
  .string()
  .min(8)
  .max(LIMITS.clientIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"');
export const mutationId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const helloMessage = z.strictObject({
  t: z.literal('hello'),
  protocol: z.number().int(),
  workshopId: z.string().min(1).max(64),
  token: z.string().min(1).max(200),
  clientId,
  /** The last event this client has; 0 for none. */
  lastSeq: seq,
  lang: z.enum(LANGUAGES).optional(),
});

export const mutateMessage = z.strictObject({
  t: z.literal('mutate'),
  mutationId,
  name: z.string().min(1).max(64),
  args: z.unknown(),
});

export const pingMessage = z.strictObject({ t: z.literal('ping'), id: z.number().optional() });

export const clientMessage = z.discriminatedUnion('t', [helloMessage, mutateMessage, pingMessage]);
export type ClientMessage = z.infer<typeof clientMessage>;
export type HelloMessage = z.infer<typeof helloMessage>;
export type MutateMessage = z.infer<typeof mutateMessage>;

/** The same envelope over HTTP (`POST /api/workshops/:id/mutations`), where there is no hello. */
export const httpMutation = z.strictObject({
  clientId,
  mutationId,
  name: z.string().min(1).max(64),
  args: z.unknown(),
});

export type ServerMessage =
  | {
      t: 'welcome';
      protocol: number;
      role: Role;
      memberId: string | null;
      /** The code participants join with (shown on the projector). */
      joinCode: string;
      seq: number;
      /** The hash of the state at `seq` (shared/domain/state-hash.ts): a client that disagrees after catching up resynchronises. */
      hash: string;
      /** Either the events after the client's lastSeq … */
      events?: WorkshopEvent[];
      /** … or, when it is far behind or on another timeline, the whole state at `seq`. */
      snapshot?: WorkshopState;
      /** The server's clock (ms since the epoch) when it sent this: clients show server-timed things (the phase timer) with it. */
      now: number;
    }
  | { t: 'event'; e: WorkshopEvent }
  | { t: 'ack'; mutationId: number; seq: number }
  | { t: 'reject'; mutationId: number; code: ErrorCode; message: string; params?: ErrorParams }
  | { t: 'error'; code: ErrorCode; message: string; params?: ErrorParams }
  | { t: 'pong'; id?: number; now: number };
