import { describe, expect, it } from 'vitest';
import { accepted, ids, PLENARY_GROUP, plenaryState, runMutation, sysEvent, uuid } from './fixtures.test-util.js';
import { actionKey } from './plenary.js';
import { apply } from './reducer.js';
import type { Actor } from './state.js';
import { viewState } from './views.js';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const rap: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
const ana: Actor = { role: 'participant', memberId: ids.ana };
const ben: Actor = { role: 'participant', memberId: ids.ben };
const G = PLENARY_GROUP;
const plenaryWithResult = plenaryState;

describe('the plenary', () => {
  it('receives a group’s final matrices as they stand: filled actions only, with their scheme', () => {
    const p = plenaryWithResult();
    expect(p.kind).toBe('plenary');
    const [care, solutions] = p.plenary.results[G]?.matrices ?? [];
    expect(care?.actions).toEqual([
      expect.objectContaining({ id: 'a1', text: 'Protocolo', scope: ['regional'], timeframe: 'short', institutions: '' }),
    ]);
    expect(solutions?.actions).toEqual([]);
    expect(p.plenary.results[G]?.version).toBe(1);
  });

  it('is stepped through by its facilitator, only among groups that sent results', () => {
    const p = plenaryWithResult();
    expect(runMutation(p, rap, 'plenary.present', { groupId: G })).toBe('forbidden');
    expect(runMutation(p, fac, 'plenary.present', { groupId: 'other' })).toBe('target_missing');
    expect(accepted(runMutation(p, fac, 'plenary.present', { groupId: G })).plenary.presenting).toBe(G);
    expect(accepted(runMutation(p, fac, 'plenary.present', { groupId: null })).plenary.presenting).toBeNull();
  });

  it('takes comments per action from the whole plenary, as the attribution allows, and adoption from those who lead', () => {
    const target = { groupId: G, finalId: 'care-prevention', actionId: 'a1' };
    let p = accepted(runMutation(plenaryWithResult(), fac, 'phase.setAttribution', { phaseId: 'plenary', mode: 'anonymous' }));
    p = accepted(runMutation(p, ana, 'plenary.comment', { id: uuid(1), ...target, text: 'Incluir a la niñez' }));
    expect(runMutation(p, ana, 'plenary.comment', { id: uuid(2), ...target, actionId: 'a2', text: 'x' })).toBe('target_missing');
    expect(viewState(p, ben).plenary.comments[uuid(1)]?.authorId).toBe('');
    expect(viewState(p, ana).plenary.comments[uuid(1)]?.authorId).toBe(ids.ana);
    expect(runMutation(p, ben, 'plenary.removeComment', { id: uuid(1) })).toBe('not_author');
    expect(runMutation(p, ana, 'plenary.setAdoption', { ...target, status: 'adopted' })).toBe('forbidden');
    p = accepted(runMutation(p, rap, 'plenary.setAdoption', { ...target, status: 'deferred' }));
    expect(p.plenary.adoption[actionKey(G, 'care-prevention', 'a1')]).toBe('deferred');
    p = accepted(runMutation(p, fac, 'plenary.setAdoption', { ...target, status: null }));
    expect(p.plenary.adoption).toEqual({});
    p = accepted(runMutation(p, fac, 'plenary.removeComment', { id: uuid(1) }));
    expect(p.plenary.commentOrder).toEqual([]);
  });

  it('counts a group’s sendings: a newer copy replaces the older', () => {
    const again = apply(plenaryWithResult(), sysEvent({ type: 'plenary.received', data: { groupId: G, matrices: [] } }));
    expect(again.plenary.results[G]).toMatchObject({ version: 2, matrices: [] });
  });
});
