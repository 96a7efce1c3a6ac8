import { decide } from '../../../shared/domain/mutations';
import type { Actor, WorkshopState } from '../../../shared/domain/state';

export interface ProfilesAccess {
  /** May this viewer change cells and routes now? */
  editable: boolean;
  /** A participant whose input the facilitator locked: the phase says so once, at the top. */
  locked: boolean;
}

/**
 * Asks the domain's own decision rather than re-deriving roles here, so the UI offers exactly
 * what the server would accept. The probe mutation is harmless: it is never sent.
 */
export function profilesAccess(state: WorkshopState, actor: Actor | null, canSend: boolean): ProfilesAccess {
  const profile = state.template.profiles[0];
  if (!actor || !profile) return { editable: false, locked: false };
  const decided = decide(state, actor, { name: 'referral.setConsiderations', args: { profileId: profile.id, text: '' } });
  if (decided.ok) return { editable: canSend, locked: false };
  return { editable: false, locked: decided.code === 'phase_locked' };
}
