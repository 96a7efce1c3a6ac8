import { z } from 'zod';
import { template } from '../template/schema.js';
import { guideArgs } from './guide-edit.js';
import { finalEventData } from './final-matrices.js';
import { plenaryEventData, ROOM_KINDS } from './plenary.js';
import { matrixArgs } from './working-matrices.js';
import { LANGUAGES, LIMITS, ROLES } from './constants.js';
import {
  attributionMode,
  byline,
  clientUuid,
  contributionTarget,
  guideId,
  priority,
  rating,
  relevance,
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
export const EVENT_VERSION = 4;

export const eventData = {
  'workshop.created': z.strictObject({
    id: z.string().min(1).max(64),
    title: z.string().min(1).max(LIMITS.workshopTitle),
    language: z.enum(LANGUAGES),
    templateId: z.string().min(1).max(64),
    template,
    firstPhaseId: phaseId,
    /** A plenary hosts the groups of a workshop; absent in logs from before groups existed: a group. */
    kind: z.enum(ROOM_KINDS).optional(),
    /** For a group created within a workshop: its plenary, and the group's name there. */
    plenaryId: z.string().min(1).max(64).optional(),
    groupName: z.string().max(LIMITS.workshopTitle).optional(),
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
  'pestle.added': z.strictObject({
    id: clientUuid,
    category: pestleCategory,
    kind: pestleKind,
    text: z.string(),
    attribution: attributionMode,
    byline: byline.optional(),
  }),
  'pestle.edited': z.strictObject({
    id: clientUuid,
    category: pestleCategory.optional(),
    kind: pestleKind.optional(),
    text: z.string().optional(),
    impact: rating.optional(),
    likelihood: rating.optional(),
    clusterId: clientUuid.nullable().optional(),
  }),
  'pestle.removed': z.strictObject({ id: clientUuid }),
  'pestle.modeSet': z.strictObject({ mode: pestleMode }),
  'timer.started': z.strictObject({ seconds: timerSeconds }),
  'timer.paused': z.strictObject({}),
  'timer.resumed': z.strictObject({}),
  'timer.extended': z.strictObject({ seconds: timerSeconds }),
  'timer.cleared': z.strictObject({}),
  'pestle.clusterAdded': z.strictObject({ id: clientUuid, category: pestleCategory, label: z.string() }),
  'pestle.clusterRenamed': z.strictObject({ id: clientUuid, label: z.string() }),
  'pestle.clusterRemoved': z.strictObject({ id: clientUuid }),
  'pestle.merged': z.strictObject({ id: clientUuid, intoId: clientUuid }),
  'pestle.votingOpened': z.strictObject({ dots: z.number().int().min(1).max(LIMITS.votingDots) }),
  'pestle.voted': z.strictObject({ itemId: clientUuid, dots: z.number().int().min(0).max(LIMITS.votingDots) }),
  /** The totals are counted by the server at the reveal: nobody's client ever held the others' dots. */
  'pestle.votesRevealed': z.strictObject({ totals: z.record(z.string(), z.number().int().min(0)) }),
  'pestle.votingCleared': z.strictObject({}),
  'phase.lockSet': z.strictObject({ phaseId, locked: z.boolean() }),
  'phase.attributionSet': z.strictObject({ phaseId, mode: attributionMode }),
  'contribution.added': z.strictObject({
    id: clientUuid,
    target: contributionTarget,
    targetId: guideId,
    text: z.string(),
    attribution: attributionMode,
    byline: byline.optional(),
  }),
  'contribution.edited': z.strictObject({ id: clientUuid, text: z.string() }),
  'contribution.removed': z.strictObject({ id: clientUuid }),
  'contribution.keySet': z.strictObject({ id: clientUuid, key: z.boolean() }),
  /** `previous` is the member's mark before, so a view that does not know whose mark it is can still count. */
  'objective.rated': z.strictObject({ objectiveId: guideId, relevance, previous: relevance }),
  'objective.highlighted': z.strictObject({ objectiveId: guideId, highlighted: z.boolean() }),
  'practice.added': z.strictObject({
    id: clientUuid,
    themeId: guideId,
    country: z.string(),
    title: z.string(),
    summary: z.string(),
    presenter: z.string(),
  }),
  'practice.edited': z.strictObject({
    id: clientUuid,
    country: z.string().optional(),
    title: z.string().optional(),
    summary: z.string().optional(),
    presenter: z.string().optional(),
  }),
  'practice.removed': z.strictObject({ id: clientUuid }),
  'grid.cellSet': z.strictObject({
    profileId: guideId,
    needId: guideId,
    note: z.string().optional(),
    priority: priority.nullable().optional(),
  }),
  'referral.stepSet': z.strictObject({ profileId: guideId, stepId: guideId, institutions: z.string() }),
  'referral.considerationsSet': z.strictObject({ profileId: guideId, text: z.string() }),
  /**
   * Never stored: what a viewer receives in place of an event it may not see (another member's
   * hidden dots), so its stream keeps every seq. Changes nothing.
   */
  'guide.added': guideArgs['guide.add'],
  'guide.edited': guideArgs['guide.edit'],
  'guide.removed': guideArgs['guide.remove'],
  'guide.moved': guideArgs['guide.move'],
  'matrix.set': matrixArgs['matrix.set'],
  'matrix.actionSet': matrixArgs['matrix.setAction'],
  'matrix.proposed': matrixArgs['matrix.propose'],
  'matrix.proposalEdited': matrixArgs['matrix.editProposal'],
  'matrix.proposalRemoved': matrixArgs['matrix.removeProposal'],
  ...finalEventData,
  ...plenaryEventData,
  redacted: z.strictObject({}),
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
