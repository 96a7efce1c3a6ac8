import type { ActionScope, TimeFrame } from '../../shared/domain/final-matrix-model.js';
import { accepted, ids, runMutation, workshopState } from '../../shared/domain/fixtures.test-util.js';
import type { Actor, WorkshopState } from '../../shared/domain/state.js';

/** The group 4 final matrix the renderer tests fill. */
export const FINAL = 'care-prevention';

/**
 * A group whose first final matrix has what is given — commitment, action 1's text, its scheme
 * — written through real mutations by the rapporteur and the facilitator.
 */
export function groupWithFinal(given: {
  commitment?: string;
  action?: string;
  scheme?: { scope: ActionScope[]; timeframe: TimeFrame };
}): WorkshopState {
  const rap: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
  const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
  let s = workshopState();
  const text = (actionId: string | null, field: 'commitment' | 'text', value: string) => {
    s = accepted(runMutation(s, rap, 'final.setText', { finalId: FINAL, actionId, field, text: value, baseRev: 0 }));
  };
  if (given.commitment !== undefined) text(null, 'commitment', given.commitment);
  if (given.action !== undefined) text('a1', 'text', given.action);
  if (given.scheme) s = accepted(runMutation(s, fac, 'final.setScheme', { finalId: FINAL, actionId: 'a1', ...given.scheme }));
  return s;
}
