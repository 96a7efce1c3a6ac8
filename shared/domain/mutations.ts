import { z } from 'zod';
import type { Rejection } from '../errors.js';
import { LIMITS } from './constants.js';
import { type Decided, own, refuse } from './decision.js';
import { decideGuide, guideArgs } from './guide-edit.js';
import { decideInput, inputArgs } from './inputs.js';
import { authorship } from './phase-rules.js';
import { canOrganize, decideOrganize, organizeArgs } from './pestle-organize.js';
import { decideProfile, profileArgs } from './profiles.js';
import { decideFinal, finalArgs } from './final-matrices.js';
import { decidePlenary, plenaryArgs } from './plenary.js';
import { decideMatrix, matrixArgs } from './working-matrices.js';
import {
  attributionMode,
  clientUuid,
  memberChanges,
  memberId,
  navigationMode,
  pestleCategory,
  pestleKind,
  pestleMode,
  pestleText,
  phaseId,
  rating,
  timerSeconds,
} from './fields.js';
import type { Actor, WorkshopState } from './state.js';

/** Argument schemas of every mutation a client may send, named `resource.verb`. */
export const mutationArgs = {
  'pestle.add': z.strictObject({ id: clientUuid, category: pestleCategory, kind: pestleKind, text: pestleText }),
  'pestle.edit': z
    .strictObject({
      id: clientUuid,
      category: pestleCategory.optional(),
      kind: pestleKind.optional(),
      text: pestleText.optional(),
      impact: rating.optional(),
      likelihood: rating.optional(),
      clusterId: clientUuid.nullable().optional(),
    })
    .refine((a) => Object.entries(a).some(([k, v]) => k !== 'id' && v !== undefined), { message: 'nothing to change' }),
  'pestle.remove': z.strictObject({ id: clientUuid }),
  'pestle.setMode': z.strictObject({ mode: pestleMode }),
  'phase.set': z.strictObject({ phaseId }),
  'phase.setNavigation': z.strictObject({ mode: navigationMode }),
  'phase.setLock': z.strictObject({ phaseId, locked: z.boolean() }),
  'phase.setAttribution': z.strictObject({ phaseId, mode: attributionMode }),
  'member.update': z
    .strictObject({ id: memberId, ...memberChanges })
    .refine((a) => Object.entries(a).some(([k, v]) => k !== 'id' && v !== undefined), { message: 'nothing to change' }),
  'timer.start': z.strictObject({ seconds: timerSeconds }),
  'timer.pause': z.strictObject({}),
  'timer.resume': z.strictObject({}),
  'timer.extend': z.strictObject({ seconds: timerSeconds }),
  'timer.clear': z.strictObject({}),
  ...organizeArgs,
  ...inputArgs,
  ...profileArgs,
  ...guideArgs,
  ...matrixArgs,
  ...finalArgs,
  ...plenaryArgs,
} as const;

export type MutationName = keyof typeof mutationArgs;
export const MUTATION_NAMES = Object.keys(mutationArgs) as MutationName[];
export type MutationArgs<N extends MutationName> = z.output<(typeof mutationArgs)[N]>;

export type Mutation = { [N in MutationName]: { name: N; args: MutationArgs<N> } }[MutationName];

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationArgs, name);
}

export type ParsedMutation = { ok: true; mutation: Mutation } | ({ ok: false } & Rejection);

/** Validates a mutation's name and arguments; the first problem becomes a coded rejection. */
export function parseMutation(name: string, args: unknown): ParsedMutation {
  if (!isMutationName(name)) return { ok: false, code: 'unknown_mutation', params: { name: String(name).slice(0, 64) } };
  const result = mutationArgs[name].safeParse(args);
  if (result.success) return { ok: true, mutation: { name, args: result.data } as Mutation };
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'args';
  if (issue?.code === 'too_big' && typeof issue.maximum === 'number') {
    return { ok: false, code: 'too_long', params: { field, max: Number(issue.maximum) } };
  }
  return { ok: false, code: 'invalid_args', params: { field, reason: issue?.message ?? 'invalid' } };
}

const canLead = (actor: Actor) => actor.role === 'facilitator';

/** May this actor write on the PESTLE board at all in its current mode? */
export function canWritePestle(state: WorkshopState, actor: Actor): boolean {
  if (actor.role === 'facilitator' || actor.role === 'rapporteur') return true;
  return actor.role === 'participant' && state.pestle.mode === 'open';
}

/** May this actor change or remove this item? Authors their own, the facilitator any. */
export function canChangePestleItem(state: WorkshopState, actor: Actor, authorId: string): boolean {
  if (actor.role === 'facilitator') return true;
  return canWritePestle(state, actor) && actor.memberId !== null && actor.memberId === authorId;
}

/** Placing an item (category, cluster) and rating it (impact, likelihood) is organising, not rewriting. */
const onlyOrganizes = (args: MutationArgs<'pestle.edit'>) => args.text === undefined && args.kind === undefined;

function pestleDenied(state: WorkshopState, actor: Actor): Rejection {
  if (actor.role === 'observer') return { code: 'forbidden' };
  return state.pestle.mode === 'facilitator' ? { code: 'board_locked' } : { code: 'forbidden' };
}

/**
 * The authority's decision: may this actor do this now, and what event records it.
 * Pure, so the browser can use it to hide what the server would refuse; the server always
 * runs it again before appending.
 */
export function decide(state: WorkshopState, actor: Actor, mutation: Mutation): Decided {
  switch (mutation.name) {
    case 'pestle.add': {
      if (!canWritePestle(state, actor)) return { ok: false, ...pestleDenied(state, actor) };
      if (own(state.pestle.items, mutation.args.id)) return { ok: false, code: 'duplicate_id' };
      if (state.pestle.order.length >= LIMITS.pestleItemsPerWorkshop) {
        return { ok: false, code: 'limit_reached', params: { max: LIMITS.pestleItemsPerWorkshop } };
      }
      return { ok: true, type: 'pestle.added', data: { ...mutation.args, ...authorship(state, actor, 'pestle') } };
    }
    case 'pestle.edit': {
      const item = own(state.pestle.items, mutation.args.id);
      if (!item) return { ok: false, code: 'item_missing' };
      const { clusterId } = mutation.args;
      if (clusterId && !own(state.pestle.clusters, clusterId)) return refuse('cluster_missing');
      const organizer = canOrganize(actor) && onlyOrganizes(mutation.args);
      if (!organizer && !canChangePestleItem(state, actor, item.authorId)) {
        return { ok: false, ...(canWritePestle(state, actor) ? { code: 'not_author' } : pestleDenied(state, actor)) };
      }
      return { ok: true, type: 'pestle.edited', data: mutation.args };
    }
    case 'pestle.remove': {
      const item = own(state.pestle.items, mutation.args.id);
      if (!item) return { ok: false, code: 'item_missing' };
      if (!canChangePestleItem(state, actor, item.authorId)) {
        return { ok: false, ...(canWritePestle(state, actor) ? { code: 'not_author' } : pestleDenied(state, actor)) };
      }
      return { ok: true, type: 'pestle.removed', data: mutation.args };
    }
    case 'pestle.setMode':
      if (!canLead(actor)) return { ok: false, code: 'forbidden' };
      return { ok: true, type: 'pestle.modeSet', data: mutation.args };
    case 'member.update': {
      // Each person completes or corrects their own line of the roster; the facilitator anyone's.
      if (actor.role !== 'facilitator' && (actor.memberId === null || actor.memberId !== mutation.args.id))
        return { ok: false, code: 'forbidden' };
      // Own keys only: an id like "constructor" must not find Object.prototype's.
      if (!Object.hasOwn(state.members, mutation.args.id)) return { ok: false, code: 'member_missing' };
      return { ok: true, type: 'member.updated', data: mutation.args };
    }
    case 'phase.setNavigation':
      if (!canLead(actor)) return { ok: false, code: 'forbidden' };
      return { ok: true, type: 'phase.navigationSet', data: mutation.args };
    case 'phase.set':
      if (!canLead(actor)) return { ok: false, code: 'forbidden' };
      if (!state.template.phases.some((p) => p.id === mutation.args.phaseId)) return { ok: false, code: 'unknown_phase' };
      return { ok: true, type: 'phase.set', data: mutation.args };
    case 'phase.setLock': {
      if (!canLead(actor)) return refuse('forbidden');
      const phase = state.template.phases.find((p) => p.id === mutation.args.phaseId);
      if (!phase) return refuse('unknown_phase');
      // The PESTLE's lock is its board mode: one switch, whichever control flips it.
      if (phase.kind === 'pestle') {
        return { ok: true, type: 'pestle.modeSet', data: { mode: mutation.args.locked ? 'facilitator' : 'open' } };
      }
      return { ok: true, type: 'phase.lockSet', data: mutation.args };
    }
    case 'phase.setAttribution':
      if (!canLead(actor)) return refuse('forbidden');
      if (!state.template.phases.some((p) => p.id === mutation.args.phaseId)) return refuse('unknown_phase');
      return { ok: true, type: 'phase.attributionSet', data: mutation.args };
    case 'timer.start':
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.extend':
    case 'timer.clear':
      return decideTimer(state, actor, mutation);
    default:
      return decideFeature(state, actor, mutation);
  }
}

type FeatureMutation = Exclude<
  Mutation,
  {
    name: Exclude<
      MutationName,
      | keyof typeof organizeArgs
      | keyof typeof inputArgs
      | keyof typeof profileArgs
      | keyof typeof guideArgs
      | keyof typeof matrixArgs
      | keyof typeof finalArgs
      | keyof typeof plenaryArgs
    >;
  }
>;

function decideFeature(state: WorkshopState, actor: Actor, mutation: FeatureMutation): Decided {
  if (Object.hasOwn(organizeArgs, mutation.name)) return decideOrganize(state, actor, mutation as Parameters<typeof decideOrganize>[2]);
  if (Object.hasOwn(inputArgs, mutation.name)) return decideInput(state, actor, mutation as Parameters<typeof decideInput>[2]);
  if (Object.hasOwn(profileArgs, mutation.name)) return decideProfile(state, actor, mutation as Parameters<typeof decideProfile>[2]);
  if (Object.hasOwn(guideArgs, mutation.name)) return decideGuide(state, actor, mutation as Parameters<typeof decideGuide>[2]);
  if (Object.hasOwn(matrixArgs, mutation.name)) return decideMatrix(state, actor, mutation as Parameters<typeof decideMatrix>[2]);
  if (Object.hasOwn(finalArgs, mutation.name)) return decideFinal(state, actor, mutation as Parameters<typeof decideFinal>[2]);
  return decidePlenary(state, actor, mutation as Parameters<typeof decidePlenary>[2]);
}

type TimerMutation = Extract<Mutation, { name: `timer.${string}` }>;

/** The phase timer: the facilitator runs it; pausing a paused timer and the like are refused, not ignored. */
function decideTimer(state: WorkshopState, actor: Actor, mutation: TimerMutation): Decided {
  if (!canLead(actor)) return { ok: false, code: 'forbidden' };
  const timer = state.timer;
  switch (mutation.name) {
    case 'timer.start':
      return { ok: true, type: 'timer.started', data: mutation.args };
    case 'timer.pause':
      if (!timer || timer.runningSince === null) return { ok: false, code: 'timer_not_running' };
      return { ok: true, type: 'timer.paused', data: {} };
    case 'timer.resume':
      if (!timer || timer.runningSince !== null) return { ok: false, code: 'timer_not_paused' };
      return { ok: true, type: 'timer.resumed', data: {} };
    case 'timer.extend':
      if (!timer) return { ok: false, code: 'timer_not_set' };
      if (timer.durationMs + mutation.args.seconds * 1000 > LIMITS.timerSeconds * 1000) {
        return { ok: false, code: 'limit_reached', params: { max: LIMITS.timerSeconds } };
      }
      return { ok: true, type: 'timer.extended', data: mutation.args };
    case 'timer.clear':
      if (!timer) return { ok: false, code: 'timer_not_set' };
      return { ok: true, type: 'timer.cleared', data: {} };
  }
}
