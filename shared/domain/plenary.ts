import { z } from 'zod';
import { localizedText } from '../template/schema.js';
import { LIMITS } from './constants.js';
import { type Decided, own, refusal, refuse } from './decision.js';
import type { NewEvent } from './events.js';
import { ACTION_SCOPES, cellOf, finalOf, TIME_FRAMES } from './final-matrix-model.js';
import { attributionMode, byline, clientUuid, guideId, text } from './fields.js';
import { authorship, contributeDenied } from './phase-rules.js';
import type { Actor, Authored, WorkshopState } from './state.js';

/**
 * The plenary of a workshop with several groups: each group (its own room, with its own guide,
 * facilitator, rapporteur and participants) sends its final matrices; the plenary facilitator
 * steps through the groups as each presents; the whole plenary comments per action, and each
 * action gets an adoption status. All of it together is the draft regional Work Plan.
 *
 * A plenary is a room of kind "plenary". What a group sent is copied into the plenary's log
 * (a snapshot, without the group's provenance), so the plenary discusses exactly what was
 * presented, and its log alone rebuilds the Work Plan.
 */

export const ADOPTION_STATUSES = ['adopted', 'adopted_with_changes', 'deferred'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];
export const ROOM_KINDS = ['group', 'plenary'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

const presentedAction = z.strictObject({
  id: z.string().min(1).max(64),
  text: z.string(),
  scope: z.array(z.enum(ACTION_SCOPES)),
  timeframe: z.enum(TIME_FRAMES).nullable(),
  populations: z.string(),
  institutions: z.string(),
  evaluation: z.string(),
  coordination: z.string(),
  indicators: z.string(),
});
export const presentedMatrix = z.strictObject({
  finalId: guideId,
  title: localizedText,
  commitment: z.string(),
  actions: z.array(presentedAction),
});
export type PresentedMatrix = z.infer<typeof presentedMatrix>;
export type PresentedAction = z.infer<typeof presentedAction>;

export interface PlenaryGroup {
  id: string;
  name: string;
  templateId: string;
  addedAt: number;
}

/** What a group last sent: its final matrices, and how many times it has sent them. */
export interface GroupResult {
  matrices: PresentedMatrix[];
  version: number;
  receivedAt: number;
}

export interface PlenaryComment extends Authored {
  id: string;
  groupId: string;
  finalId: string;
  actionId: string;
  text: string;
  createdAt: number;
}

export interface PlenaryState {
  groups: Record<string, PlenaryGroup>;
  groupOrder: string[];
  results: Record<string, GroupResult>;
  /** The group presenting now; null between presentations. */
  presenting: string | null;
  comments: Record<string, PlenaryComment>;
  commentOrder: string[];
  /** Per action, keyed actionKey(group, matrix, action). */
  adoption: Record<string, AdoptionStatus>;
}

export const EMPTY_PLENARY: PlenaryState = {
  groups: {},
  groupOrder: [],
  results: {},
  presenting: null,
  comments: {},
  commentOrder: [],
  adoption: {},
};

/** The key of one presented action ("|" cannot appear in the ids). */
export const actionKey = (groupId: string, finalId: string, actionId: string) => `${groupId}|${finalId}|${actionId}`;

/** A group's final matrices as they are sent to the plenary: the text of every cell, in the group's order. */
export function presentFinals(state: WorkshopState): PresentedMatrix[] {
  return state.template.matrices.final.required.map((r) => {
    const m = finalOf(state, r.id);
    const actions = m.actionOrder.flatMap((id) => {
      const a = own(m.actions, id);
      if (!a) return [];
      const cell = (f: Parameters<typeof cellOf>[1]) => cellOf(a, f).text;
      return [
        {
          id,
          text: cell('text'),
          scope: a.scope,
          timeframe: a.timeframe,
          populations: cell('populations'),
          institutions: cell('institutions'),
          evaluation: cell('evaluation'),
          coordination: cell('coordination'),
          indicators: cell('indicators'),
        },
      ];
    });
    // Empty slots are the format, not a proposal: they are not presented.
    return { finalId: r.id, title: r.title, commitment: m.commitment.text, actions: actions.filter((a) => a.text !== '') };
  });
}

const target = { groupId: z.string().min(1).max(64), finalId: guideId, actionId: z.string().min(1).max(64) };

export const plenaryArgs = {
  'plenary.present': z.strictObject({ groupId: z.string().min(1).max(64).nullable() }),
  'plenary.comment': z.strictObject({ id: clientUuid, ...target, text: text(LIMITS.contributionText) }),
  'plenary.removeComment': z.strictObject({ id: clientUuid }),
  'plenary.setAdoption': z.strictObject({ ...target, status: z.enum(ADOPTION_STATUSES).nullable() }),
} as const;

export const plenaryEventData = {
  /** Written by the server when the plenary facilitator adds a group (its room is created with it). */
  'plenary.groupAdded': z.strictObject({ groupId: z.string().min(1).max(64), name: z.string(), templateId: z.string() }),
  /** Written by the server when a group sends its final matrices. */
  'plenary.received': z.strictObject({ groupId: z.string().min(1).max(64), matrices: z.array(presentedMatrix) }),
  'plenary.presenting': plenaryArgs['plenary.present'],
  'plenary.commented': z.strictObject({
    id: clientUuid,
    ...target,
    text: z.string(),
    attribution: attributionMode,
    byline: byline.optional(),
  }),
  'plenary.commentRemoved': plenaryArgs['plenary.removeComment'],
  'plenary.adoptionSet': plenaryArgs['plenary.setAdoption'],
  /** In a group's log: its final matrices went to the plenary. */
  'final.sent': z.strictObject({ version: z.number().int().min(1) }),
} as const;

type PlenaryName = keyof typeof plenaryArgs;
type PlenaryMutation = { [N in PlenaryName]: { name: N; args: z.output<(typeof plenaryArgs)[N]> } }[PlenaryName];
export type PlenaryEvent = Extract<NewEvent, { type: `plenary.${string}` | 'final.sent' }>;

/** Does this presented action exist in what its group sent? */
function presentedActionExists(p: PlenaryState, groupId: string, finalId: string, actionId: string): boolean {
  const result = own(p.results, groupId);
  return result?.matrices.some((m) => m.finalId === finalId && m.actions.some((a) => a.id === actionId)) ?? false;
}

export function decidePlenary(state: WorkshopState, actor: Actor, mutation: PlenaryMutation): Decided {
  const p = state.plenary;
  switch (mutation.name) {
    case 'plenary.present':
      if (actor.role !== 'facilitator') return refuse('forbidden');
      if (mutation.args.groupId !== null && !own(p.results, mutation.args.groupId)) return refuse('target_missing');
      return { ok: true, type: 'plenary.presenting', data: mutation.args };
    case 'plenary.comment': {
      const denied = contributeDenied(state, actor, 'plenary');
      if (denied) return refusal(denied);
      const { groupId, finalId, actionId, id } = mutation.args;
      if (!presentedActionExists(p, groupId, finalId, actionId)) return refuse('target_missing');
      if (own(p.comments, id)) return refuse('duplicate_id');
      if (p.commentOrder.length >= LIMITS.contributionsPerWorkshop)
        return refuse('limit_reached', { max: LIMITS.contributionsPerWorkshop });
      return { ok: true, type: 'plenary.commented', data: { ...mutation.args, ...authorship(state, actor, 'plenary') } };
    }
    case 'plenary.removeComment': {
      const comment = own(p.comments, mutation.args.id);
      if (!comment) return refuse('item_missing');
      if (actor.role !== 'facilitator' && (actor.memberId === null || comment.authorId !== actor.memberId)) {
        return refuse(actor.role === 'observer' ? 'forbidden' : 'not_author');
      }
      const denied = contributeDenied(state, actor, 'plenary');
      if (denied) return refusal(denied);
      return { ok: true, type: 'plenary.commentRemoved', data: mutation.args };
    }
    case 'plenary.setAdoption': {
      if (actor.role !== 'facilitator' && actor.role !== 'rapporteur') return refuse('forbidden');
      const { groupId, finalId, actionId } = mutation.args;
      if (!presentedActionExists(p, groupId, finalId, actionId)) return refuse('target_missing');
      return { ok: true, type: 'plenary.adoptionSet', data: mutation.args };
    }
  }
}

export function applyPlenary(state: WorkshopState, event: PlenaryEvent): WorkshopState {
  const p = state.plenary;
  const withPlenary = (changes: Partial<PlenaryState>) => ({ ...state, plenary: { ...p, ...changes } });
  switch (event.type) {
    case 'plenary.groupAdded': {
      if (own(p.groups, event.data.groupId)) return state;
      const group = { id: event.data.groupId, name: event.data.name, templateId: event.data.templateId, addedAt: event.at };
      return withPlenary({ groups: { ...p.groups, [group.id]: group }, groupOrder: [...p.groupOrder, group.id] });
    }
    case 'plenary.received': {
      const version = (own(p.results, event.data.groupId)?.version ?? 0) + 1;
      return withPlenary({
        results: { ...p.results, [event.data.groupId]: { matrices: event.data.matrices, version, receivedAt: event.at } },
      });
    }
    case 'plenary.presenting':
      return withPlenary({ presenting: event.data.groupId });
    case 'plenary.commented': {
      if (own(p.comments, event.data.id)) return state;
      const comment: PlenaryComment = { ...event.data, authorId: event.actorId ?? '', createdAt: event.at };
      return withPlenary({ comments: { ...p.comments, [comment.id]: comment }, commentOrder: [...p.commentOrder, comment.id] });
    }
    case 'plenary.commentRemoved': {
      if (!own(p.comments, event.data.id)) return state;
      const { [event.data.id]: _removed, ...comments } = p.comments;
      return withPlenary({ comments, commentOrder: p.commentOrder.filter((id) => id !== event.data.id) });
    }
    case 'plenary.adoptionSet': {
      const key = actionKey(event.data.groupId, event.data.finalId, event.data.actionId);
      const { [key]: _old, ...rest } = p.adoption;
      return withPlenary({ adoption: event.data.status ? { ...rest, [key]: event.data.status } : rest });
    }
    case 'final.sent':
      return { ...state, finalSentVersion: event.data.version, finalSentAt: event.at };
  }
}
