import { decide, type Mutation } from '../../../shared/domain/mutations';
import { contributeDenied } from '../../../shared/domain/phase-rules';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import type { PhaseKind } from '../../../shared/template/schema';

/**
 * Which controls to show, asked of the same pure `decide` the server runs: the page offers
 * exactly what the server would accept, and follows the rules when they change. The mutation
 * is never sent; only who may do it is asked.
 */
export function allows(view: WorkshopState, actor: Actor | null, mutation: Mutation): boolean {
  return actor !== null && decide(view, actor, mutation).ok;
}

/** The viewer is a participant whose input in phases of this kind the facilitator closed. */
export function isLockedOut(view: WorkshopState, actor: Actor | null, kind: PhaseKind): boolean {
  return actor !== null && contributeDenied(view, actor, kind)?.code === 'phase_locked';
}
