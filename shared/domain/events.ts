import { z } from 'zod';
import { template } from '../template/schema.js';
import { LANGUAGES, LIMITS, ROLES } from './constants.js';
import {
  clientUuid,
  memberChanges,
  memberId,
  navigationMode,
  optionalText,
  pestleCategory,
  pestleKind,
  pestleMode,
  phaseId,
  sector,
  timerSeconds,
} from './fields.js';

/** Stored events carry this version; `upgradeEvent` lifts older ones (see upgrade.ts). */
export const EVENT_VERSION = 2;

export const eventData = {
  'workshop.created': z.strictObject({
    id: z.string().min(1).max(64),
    title: z.string().min(1).max(LIMITS.workshopTitle),
    language: z.enum(LANGUAGES),
    templateId: z.string().min(1).max(64),
    template,
    firstPhaseId: phaseId,
  }),
  'member.joined': z.strictObject({
    id: memberId,
    role: z.enum(ROLES).exclude(['observer']),
    name: optionalText(LIMITS.participantName),
    institution: optionalText(LIMITS.institution),
    country: optionalText(LIMITS.country),
    sector: z.union([sector, z.literal('')]),
  }),
  'member.updated': z.strictObject({ id: memberId, ...memberChanges }),
  'phase.set': z.strictObject({ phaseId }),
  'phase.navigationSet': z.strictObject({ mode: navigationMode }),
  'pestle.added': z.strictObject({ id: clientUuid, category: pestleCategory, kind: pestleKind, text: z.string() }),
  'pestle.edited': z.strictObject({
    id: clientUuid,
    category: pestleCategory.optional(),
    kind: pestleKind.optional(),
    text: z.string().optional(),
  }),
  'pestle.removed': z.strictObject({ id: clientUuid }),
  'pestle.modeSet': z.strictObject({ mode: pestleMode }),
  'timer.started': z.strictObject({ seconds: timerSeconds }),
  'timer.paused': z.strictObject({}),
  'timer.resumed': z.strictObject({}),
  'timer.extended': z.strictObject({ seconds: timerSeconds }),
  'timer.cleared': z.strictObject({}),
} as const;

export type EventType = keyof typeof eventData;
export type EventData<T extends EventType> = z.output<(typeof eventData)[T]>;

/** An event before the store gave it a sequence number. */
export type NewEvent = {
  [T in EventType]: {
    type: T;
    data: EventData<T>;
    /** The member who caused it; null for the system. */
    actorId: string | null;
    /** Idempotency key of the mutation that caused it; null for events not caused by a client mutation. */
    clientId: string | null;
    mutationId: number | null;
    /** Server time, ms since the epoch. */
    at: number;
  };
}[EventType];

/** An event as stored and sent: gapless `seq` per workshop, and its schema version `v`. */
export type WorkshopEvent = NewEvent & { seq: number; v: number };

export const storedEventEnvelope = z.object({
  seq: z.number().int().positive(),
  v: z.number().int().positive(),
  type: z.string(),
  data: z.unknown(),
  actorId: z.string().nullable(),
  clientId: z.string().nullable(),
  mutationId: z.number().int().nullable(),
  at: z.number(),
});
