import type { LocalizedText } from '../template/schema.js';
import { type AdoptionStatus, actionKey, type PlenaryState, type PresentedAction } from './plenary.js';

/** An action of the Work Plan: its number in its matrix as presented, and the plenary's decision (null: not decided). */
export interface PlanAction {
  n: number;
  action: PresentedAction;
  status: AdoptionStatus | null;
}

export interface PlanMatrix {
  finalId: string;
  title: LocalizedText;
  commitment: string;
  actions: PlanAction[];
}

export interface PlanGroup {
  id: string;
  name: string;
  matrices: PlanMatrix[];
  /** Deferred actions, kept apart at the end of the group with the objective they belong to. */
  deferred: Array<PlanAction & { finalId: string; title: LocalizedText }>;
}

export function adoptionOf(p: PlenaryState, groupId: string, finalId: string, actionId: string): AdoptionStatus | null {
  const key = actionKey(groupId, finalId, actionId);
  return Object.hasOwn(p.adoption, key) ? (p.adoption[key] ?? null) : null;
}

/**
 * The draft regional Work Plan: per group that sent results (in the order groups were added),
 * per final matrix, the actions still in the plan; deferred ones go to the group's end. A
 * matrix with neither a commitment nor an action left is not part of the plan.
 */
export function workPlan(p: PlenaryState): PlanGroup[] {
  return p.groupOrder.flatMap((groupId) => {
    const result = Object.hasOwn(p.results, groupId) ? p.results[groupId] : undefined;
    if (!result) return [];
    const deferred: PlanGroup['deferred'] = [];
    const matrices = result.matrices.flatMap((m) => {
      const actions: PlanAction[] = [];
      m.actions.forEach((action, index) => {
        const planned = { n: index + 1, action, status: adoptionOf(p, groupId, m.finalId, action.id) };
        if (planned.status === 'deferred') deferred.push({ ...planned, finalId: m.finalId, title: m.title });
        else actions.push(planned);
      });
      if (actions.length === 0 && m.commitment.trim() === '') return [];
      return [{ finalId: m.finalId, title: m.title, commitment: m.commitment, actions }];
    });
    return [{ id: groupId, name: p.groups[groupId]?.name ?? '', matrices, deferred }];
  });
}
