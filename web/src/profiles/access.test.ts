import { describe, expect, it } from 'vitest';
import { ids, workshopState } from '../../../shared/domain/fixtures.test-util';
import type { Actor } from '../../../shared/domain/state';
import { profilesAccess } from './access';

const participant: Actor = { role: 'participant', memberId: ids.ana };
const locked = () => ({ ...workshopState(), locks: { profiles: true as const } });

describe('profilesAccess', () => {
  it('lets participants edit an open phase when they can send', () => {
    expect(profilesAccess(workshopState(), participant, true)).toEqual({ editable: true, locked: false });
  });

  it('is read-only without a way to send (no client yet)', () => {
    expect(profilesAccess(workshopState(), participant, false)).toEqual({ editable: false, locked: false });
  });

  it('tells a participant the phase is locked', () => {
    expect(profilesAccess(locked(), participant, true)).toEqual({ editable: false, locked: true });
  });

  it('keeps the facilitator and the rapporteur editing a locked phase', () => {
    expect(profilesAccess(locked(), { role: 'facilitator', memberId: ids.facilitator }, true).editable).toBe(true);
    expect(profilesAccess(locked(), { role: 'rapporteur', memberId: ids.rapporteur }, true).editable).toBe(true);
  });

  it('never lets observers (the projector) edit, and shows them no lock notice', () => {
    expect(profilesAccess(workshopState(), { role: 'observer', memberId: null }, true)).toEqual({ editable: false, locked: false });
    expect(profilesAccess(locked(), { role: 'observer', memberId: null }, true)).toEqual({ editable: false, locked: false });
  });

  it('is read-only with no actor or no profiles in the template', () => {
    expect(profilesAccess(workshopState(), null, true).editable).toBe(false);
    const state = workshopState();
    const empty = { ...state, template: { ...state.template, profiles: [] } };
    expect(profilesAccess(empty, participant, true).editable).toBe(false);
  });
});
