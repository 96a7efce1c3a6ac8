import type { Mutate } from '../pestle/types';
import type { CellValue } from './cells';
import type { RouteChanges } from './routes';

/** Saves a cell; false when the change was refused before sending (a toast says why). */
export type SaveCell = (profileId: string, needId: string, changes: Partial<CellValue>) => boolean;
/** Saves a route's changed fields; false when one was refused before sending. */
export type SaveRoute = (profileId: string, changes: RouteChanges) => boolean;

export function cellSaver(mutate: Mutate): SaveCell {
  return (profileId, needId, changes) => mutate('grid.setCell', { profileId, needId, ...changes });
}

/**
 * One mutation per changed step, then the considerations. It stops at the first refusal: the
 * rest would be refused for the same reason, and one notice is enough.
 */
export function routeSaver(mutate: Mutate): SaveRoute {
  return (profileId, changes) => {
    for (const [stepId, institutions] of Object.entries(changes.steps)) {
      if (!mutate('referral.setStep', { profileId, stepId, institutions })) return false;
    }
    if (changes.considerations !== undefined) return mutate('referral.setConsiderations', { profileId, text: changes.considerations });
    return true;
  };
}
