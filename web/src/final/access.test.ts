import { describe, expect, it } from 'vitest';
import { finalOf } from '../../../shared/domain/final-matrix-model';
import { accepted, ids, runMutation, workshopState } from '../../../shared/domain/fixtures.test-util';
import type { Actor } from '../../../shared/domain/state';
import { finalAccess, voteControls } from './access';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const rap: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
const ana: Actor = { role: 'participant', memberId: ids.ana };
const F = 'care-prevention';

describe('who does what with a final matrix', () => {
  it('lets the facilitator and the rapporteur write, and only the facilitator run the vote', () => {
    const s = workshopState();
    expect(finalAccess(s, fac, F)).toEqual({ write: true, openVoting: true, revealVotes: false, clearVoting: false });
    expect(finalAccess(s, rap, F)).toMatchObject({ write: true, openVoting: false });
    expect(finalAccess(s, ana, F).write).toBe(false);
    expect(finalAccess(s, null, F).write).toBe(false);
  });

  it('gives a voter − and + within their dots while the vote is open, and nothing to the projector', () => {
    let s = workshopState();
    for (const actionId of ['a1', 'a2']) {
      s = accepted(runMutation(s, fac, 'final.setText', { finalId: F, actionId, field: 'text', text: `Acción ${actionId}`, baseRev: 0 }));
    }
    s = accepted(runMutation(s, fac, 'final.openVoting', { finalId: F, dots: 2 }));
    s = accepted(runMutation(s, ana, 'final.vote', { finalId: F, actionId: 'a1', dots: 2 }));
    const m = finalOf(s, F);
    expect(voteControls(s, ana, F, m, 'a1')).toEqual({ mine: 2, canAdd: false, canRemove: true });
    expect(voteControls(s, ana, F, m, 'a2')).toEqual({ mine: 0, canAdd: false, canRemove: false });
    // An empty slot gets no dots at all.
    expect(voteControls(s, ana, F, m, 'a3')).toBeNull();
    expect(voteControls(s, { role: 'observer', memberId: null }, F, m, 'a1')).toBeNull();
    expect(finalAccess(s, fac, F)).toMatchObject({ revealVotes: true, clearVoting: true });
  });
});
