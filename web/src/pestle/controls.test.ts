import { describe, expect, it } from 'vitest';
import { ids, uuid, workshopState } from '../../../shared/domain/fixtures.test-util';
import type { Actor, PestleBoard, PestleItem, WorkshopState } from '../../../shared/domain/state';
import { dotControls, itemControls } from './controls';

const a = uuid(1);
const b = uuid(2);

function item(id: string): PestleItem {
  return {
    id,
    category: 'legal',
    kind: 'state',
    text: id,
    authorId: ids.ana,
    attribution: 'name',
    createdAt: 0,
    updatedAt: 0,
    impact: null,
    likelihood: null,
    clusterId: null,
    merged: [],
  };
}

function state(pestle: Partial<PestleBoard> = {}): WorkshopState {
  const base = workshopState();
  return { ...base, pestle: { ...base.pestle, items: { [a]: item(a), [b]: item(b) }, order: [a, b], ...pestle } };
}

const facilitator: Actor = { role: 'facilitator', memberId: ids.facilitator };
const rapporteur: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
const ana: Actor = { role: 'participant', memberId: ids.ana };
const ben: Actor = { role: 'participant', memberId: ids.ben };
const projector: Actor = { role: 'observer', memberId: null };

describe('itemControls', () => {
  it('lets the facilitator and the rapporteur organise any item', () => {
    for (const actor of [facilitator, rapporteur]) {
      expect(itemControls(state(), actor, item(a), b)).toEqual({ move: true, cluster: true, rate: true, merge: true });
    }
  });

  it('lets an author place and rate their own item in an open board, never merge', () => {
    expect(itemControls(state(), ana, item(a), b)).toEqual({ move: true, cluster: true, rate: true, merge: false });
    expect(itemControls(state({ mode: 'facilitator' }), ana, item(a), b)).toEqual({
      move: false,
      cluster: false,
      rate: false,
      merge: false,
    });
  });

  it('shows nothing to others, the projector, or without a merge target', () => {
    const none = { move: false, cluster: false, rate: false, merge: false };
    expect(itemControls(state(), ben, item(a), b)).toEqual(none);
    expect(itemControls(state(), projector, item(a), b)).toEqual(none);
    expect(itemControls(state(), null, item(a), b)).toEqual(none);
    expect(itemControls(state(), facilitator, item(a)).merge).toBe(false);
  });
});

describe('dotControls', () => {
  it('is null while no vote is open, after the reveal, and for the projector', () => {
    expect(dotControls(state(), ben, a)).toBeNull();
    expect(dotControls(state({ voting: { dots: 2, revealed: {} } }), ben, a)).toBeNull();
    expect(dotControls(state({ voting: { dots: 2, revealed: null } }), projector, a)).toBeNull();
    expect(dotControls(state({ voting: { dots: 2, revealed: null } }), null, a)).toBeNull();
  });

  it('counts the viewer’s dots and stops at the allowance', () => {
    const open = { voting: { dots: 2, revealed: null } };
    expect(dotControls(state(open), ben, a)).toEqual({ mine: 0, canAdd: true, canRemove: false });
    const one = state({ ...open, ballots: { [ids.ben]: { [a]: 1 } } });
    expect(dotControls(one, ben, a)).toEqual({ mine: 1, canAdd: true, canRemove: true });
    const spent = state({ ...open, ballots: { [ids.ben]: { [a]: 1, [b]: 1 } } });
    expect(dotControls(spent, ben, a)).toEqual({ mine: 1, canAdd: false, canRemove: true });
    expect(dotControls(spent, facilitator, a)).toEqual({ mine: 0, canAdd: true, canRemove: false });
  });
});
