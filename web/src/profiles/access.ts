import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { allows, isLockedOut } from '../lib/allows';

export interface ProfilesAccess {
  /** May this viewer change cells and routes now? */
  editable: boolean;
  /** A participant whose input the facilitator locked: the phase says so once, at the top. */
  locked: boolean;
}

/** Who may edit the grid and routes, asked of the domain's own rules (lib/allows.ts). */
export function profilesAccess(state: WorkshopState, actor: Actor | null, canSend: boolean): ProfilesAccess {
  const profile = state.template.profiles[0];
  if (!profile) return { editable: false, locked: false };
  const editable = allows(state, actor, { name: 'referral.setConsiderations', args: { profileId: profile.id, text: '' } });
  return { editable: editable && canSend, locked: isLockedOut(state, actor, 'profiles') };
}
