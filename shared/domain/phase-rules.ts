import type { Rejection } from '../errors.js';
import type { PhaseKind } from '../template/schema.js';
import type { AttributionMode } from './constants.js';
import type { Actor, Authored, WorkshopState } from './state.js';

/**
 * The facilitator's per-phase switches, read by every decision: is input locked, and how are
 * contributions attributed. A contribution belongs to the first phase of its kind (the guide
 * has one of each).
 */

export function phaseOfKind(state: WorkshopState, kind: PhaseKind) {
  return state.template.phases.find((p) => p.kind === kind);
}

/** The PESTLE phase's lock is its board mode ("the facilitator records"); other phases keep theirs in `locks`. */
export function isPhaseLocked(state: WorkshopState, phaseId: string): boolean {
  const phase = state.template.phases.find((p) => p.id === phaseId);
  if (phase?.kind === 'pestle') return state.pestle.mode === 'facilitator';
  return Object.hasOwn(state.locks, phaseId);
}

export function attributionOfKind(state: WorkshopState, kind: PhaseKind): AttributionMode {
  const phase = phaseOfKind(state, kind);
  return (phase && Object.hasOwn(state.attribution, phase.id) ? state.attribution[phase.id] : undefined) ?? 'name';
}

/**
 * May this actor add to a phase of this kind now? The facilitator and the rapporteur (who
 * records for the room) always; participants unless the phase is locked; observers never.
 */
export function contributeDenied(state: WorkshopState, actor: Actor, kind: PhaseKind): Rejection | null {
  if (actor.role === 'facilitator' || actor.role === 'rapporteur') return null;
  if (actor.role !== 'participant' || actor.memberId === null) return { code: 'forbidden' };
  const phase = phaseOfKind(state, kind);
  return phase && isPhaseLocked(state, phase.id) ? { code: 'phase_locked' } : null;
}

/** How a new contribution records its author: the phase's mode now, and the byline "institution" shows. */
export function authorship(state: WorkshopState, actor: Actor, kind: PhaseKind): Omit<Authored, 'authorId'> {
  const attribution = attributionOfKind(state, kind);
  if (attribution !== 'institution') return { attribution };
  const member = actor.memberId && Object.hasOwn(state.members, actor.memberId) ? state.members[actor.memberId] : undefined;
  return { attribution, byline: { institution: member?.institution ?? '', country: member?.country ?? '' } };
}

/** The more private of two modes: a contribution is never shown more openly than when it was written. */
export function stricterAttribution(a: AttributionMode, b: AttributionMode): AttributionMode {
  const order: AttributionMode[] = ['name', 'institution', 'anonymous'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))] ?? 'anonymous';
}
