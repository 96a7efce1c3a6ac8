import type { ReferralRoute, WorkshopState } from '../../../shared/domain/state';

export const EMPTY_ROUTE: ReferralRoute = { steps: {}, considerations: '' };

/** A profile's route; own keys only, so a guide id never finds Object.prototype's. */
export function routeOf(state: WorkshopState, profileId: string): ReferralRoute {
  return Object.hasOwn(state.referrals, profileId) ? (state.referrals[profileId] ?? EMPTY_ROUTE) : EMPTY_ROUTE;
}

export function stepText(route: ReferralRoute, stepId: string): string {
  return Object.hasOwn(route.steps, stepId) ? (route.steps[stepId] ?? '') : '';
}

export interface RouteChanges {
  /** Step id → institutions, only the steps the person changed. */
  steps: Record<string, string>;
  considerations?: string;
}

/**
 * What changed between the route as it was when editing began (`base`) and the draft, trimmed
 * as the server stores it; null when nothing did. Untouched fields are left out, so two people
 * editing different steps of one route do not undo each other.
 */
export function routeChanges(base: ReferralRoute, draft: ReferralRoute, stepIds: readonly string[]): RouteChanges | null {
  const steps: Record<string, string> = {};
  for (const id of stepIds) {
    const text = stepText(draft, id).trim();
    if (text !== stepText(base, id).trim()) steps[id] = text;
  }
  const considerations = draft.considerations.trim();
  const changed = considerations !== base.considerations.trim();
  if (Object.keys(steps).length === 0 && !changed) return null;
  return changed ? { steps, considerations } : { steps };
}
