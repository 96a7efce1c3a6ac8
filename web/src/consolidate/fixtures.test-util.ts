import type { Sector } from '../../../shared/domain/constants';
import { accepted, ids, runMutation, sysEvent, uuid, workshopState } from '../../../shared/domain/fixtures.test-util';
import { apply } from '../../../shared/domain/reducer';
import type { Actor, WorkshopState } from '../../../shared/domain/state';

/** Test states for consolidation: the group 4 workshop (Ana and Ben from Costa Rica, migration) plus whoever a test seats. */
export const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
export const as = (memberId: string): Actor => ({ role: 'participant', memberId });
export const F = 'care-prevention';
export const WM = 'wm-4-1';
export { accepted, ids, uuid, workshopState };

export function seat(state: WorkshopState, id: string, name: string, country: string, sector: Sector | ''): WorkshopState {
  return apply(
    state,
    sysEvent({ type: 'member.joined', data: { id, role: 'participant', name, institution: 'Inst', country, sector } }) as never,
  );
}

/** Runs one mutation that must be accepted. */
export const run = (state: WorkshopState, actor: Actor, name: string, args: unknown) => accepted(runMutation(state, actor, name, args));
