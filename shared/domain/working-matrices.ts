import { z } from 'zod';
import type { LocalizedText, Template } from '../template/schema.js';
import { LIMITS } from './constants.js';
import { type Decided, own, refusal, refuse } from './decision.js';
import type { NewEvent } from './events.js';
import { clientUuid, guideId, optionalText, text } from './fields.js';
import { contributeDenied } from './phase-rules.js';
import type { Actor, WorkingMatrix, WorkshopState } from './state.js';

/**
 * Each participant's working matrices (Annex I of the guide): one per objective the group
 * works on, pre-filled from the template — commitment or scope, actions 1..n each with a
 * comment, the participant's notes, and further actions they propose. A member writes only
 * their own; the facilitator and the rapporteur read them all to consolidate (views.ts).
 */

export interface MatrixOutline {
  id: string;
  /** "4.1", or '' for a matrix not numbered by the guide. */
  number: string;
  objective: LocalizedText;
  commitment?: LocalizedText;
  /** The guide's action per slot (undefined for an open slot) and its comment hints. */
  actions: Array<{ text?: LocalizedText; commentHints: LocalizedText[] }>;
}

/**
 * The working matrices of a guide: its Annex I pre-fills, or — for a guide without any, like
 * the generic working-group template — one empty matrix per final matrix the group must make.
 */
export function workingMatrixOutlines(t: Template): MatrixOutline[] {
  const slots = t.matrices.working.actionSlots;
  if (t.matrices.prefills.length > 0) {
    return t.matrices.prefills.map((p) => ({
      id: p.id,
      number: p.number,
      objective: p.objective,
      commitment: p.commitment,
      actions: Array.from({ length: Math.max(slots, p.actions.length) }, (_, i) => p.actions[i] ?? { commentHints: [] }),
    }));
  }
  return t.matrices.final.required.map((r) => ({
    id: r.id,
    number: '',
    objective: r.title,
    actions: Array.from({ length: slots }, () => ({ commentHints: [] })),
  }));
}

const slot = z.number().int().min(1).max(20);

export const matrixArgs = {
  'matrix.set': z.strictObject({
    matrixId: guideId,
    field: z.enum(['commitment', 'notes']),
    text: optionalText(LIMITS.matrixText),
  }),
  'matrix.setAction': z
    .strictObject({
      matrixId: guideId,
      slot,
      text: optionalText(LIMITS.matrixText).optional(),
      comment: optionalText(LIMITS.matrixText).optional(),
    })
    .refine((a) => a.text !== undefined || a.comment !== undefined, { message: 'nothing to change' }),
  'matrix.propose': z.strictObject({ matrixId: guideId, id: clientUuid, text: text(LIMITS.matrixText) }),
  'matrix.editProposal': z
    .strictObject({
      matrixId: guideId,
      id: clientUuid,
      text: text(LIMITS.matrixText).optional(),
      comment: optionalText(LIMITS.matrixText).optional(),
    })
    .refine((a) => a.text !== undefined || a.comment !== undefined, { message: 'nothing to change' }),
  'matrix.removeProposal': z.strictObject({ matrixId: guideId, id: clientUuid }),
} as const;

type MatrixName = keyof typeof matrixArgs;
type MatrixMutation = { [N in MatrixName]: { name: N; args: z.output<(typeof matrixArgs)[N]> } }[MatrixName];
export type MatrixEvent = Extract<NewEvent, { type: `matrix.${string}` }>;

export const EMPTY_MATRIX: WorkingMatrix = { commitment: '', notes: '', actions: {}, proposals: [], updatedAt: 0 };

/** A member's matrix as it stands (empty until they first write in it). */
export function matrixOf(state: WorkshopState, memberId: string, matrixId: string): WorkingMatrix {
  return own(own(state.workingMatrices, memberId) ?? {}, matrixId) ?? EMPTY_MATRIX;
}

export function decideMatrix(state: WorkshopState, actor: Actor, mutation: MatrixMutation): Decided {
  const denied = contributeDenied(state, actor, 'working-matrix');
  if (denied) return refusal(denied);
  if (actor.memberId === null) return refuse('forbidden');
  const outline = workingMatrixOutlines(state.template).find((m) => m.id === mutation.args.matrixId);
  if (!outline) return refuse('target_missing');
  const matrix = matrixOf(state, actor.memberId, outline.id);
  switch (mutation.name) {
    case 'matrix.set':
      return { ok: true, type: 'matrix.set', data: mutation.args };
    case 'matrix.setAction':
      if (mutation.args.slot > outline.actions.length) return refuse('target_missing');
      return { ok: true, type: 'matrix.actionSet', data: mutation.args };
    case 'matrix.propose':
      if (matrix.proposals.some((p) => p.id === mutation.args.id)) return refuse('duplicate_id');
      if (matrix.proposals.length >= LIMITS.proposalsPerMatrix) return refuse('limit_reached', { max: LIMITS.proposalsPerMatrix });
      return { ok: true, type: 'matrix.proposed', data: mutation.args };
    case 'matrix.editProposal':
      if (!matrix.proposals.some((p) => p.id === mutation.args.id)) return refuse('item_missing');
      return { ok: true, type: 'matrix.proposalEdited', data: mutation.args };
    case 'matrix.removeProposal':
      if (!matrix.proposals.some((p) => p.id === mutation.args.id)) return refuse('item_missing');
      return { ok: true, type: 'matrix.proposalRemoved', data: mutation.args };
  }
}

/** Applies a matrix event to its sender's matrix; an event whose sender a viewer may not know never reaches it (views.ts). */
export function applyMatrix(state: WorkshopState, event: MatrixEvent): WorkshopState {
  const memberId = event.actorId;
  if (memberId === null) return state;
  const matrix = matrixOf(state, memberId, event.data.matrixId);
  let next: WorkingMatrix;
  switch (event.type) {
    case 'matrix.set':
      next = { ...matrix, [event.data.field]: event.data.text };
      break;
    case 'matrix.actionSet': {
      const key = String(event.data.slot);
      const action = own(matrix.actions, key) ?? { text: '', comment: '' };
      const { text: t = action.text, comment = action.comment } = event.data;
      next = { ...matrix, actions: { ...matrix.actions, [key]: { text: t, comment } } };
      break;
    }
    case 'matrix.proposed':
      if (matrix.proposals.some((p) => p.id === event.data.id)) return state;
      next = { ...matrix, proposals: [...matrix.proposals, { id: event.data.id, text: event.data.text, comment: '' }] };
      break;
    case 'matrix.proposalEdited':
      next = {
        ...matrix,
        proposals: matrix.proposals.map((p) =>
          p.id === event.data.id ? { ...p, text: event.data.text ?? p.text, comment: event.data.comment ?? p.comment } : p,
        ),
      };
      break;
    case 'matrix.proposalRemoved':
      next = { ...matrix, proposals: matrix.proposals.filter((p) => p.id !== event.data.id) };
      break;
  }
  const mine = own(state.workingMatrices, memberId) ?? {};
  return {
    ...state,
    workingMatrices: { ...state.workingMatrices, [memberId]: { ...mine, [event.data.matrixId]: { ...next, updatedAt: event.at } } },
  };
}

/** How much of a matrix is filled: commitment, each action's comment, notes; proposals count extra. */
export function matrixProgress(outline: MatrixOutline, matrix: WorkingMatrix): { filled: number; total: number; proposals: number } {
  const comments = outline.actions.filter((_, i) => (own(matrix.actions, String(i + 1))?.comment ?? '') !== '').length;
  const filled = (matrix.commitment ? 1 : 0) + comments + (matrix.notes ? 1 : 0);
  return { filled, total: outline.actions.length + 2, proposals: matrix.proposals.length };
}
