import { describe, expect, it } from 'vitest';
import { finalOf } from '../../../shared/domain/final-matrix-model';
import { as, F, fac, ids, run, uuid, WM, workshopState } from './fixtures.test-util';
import { defaultTarget, preview, targetOptions, toTarget } from './targets';

describe('promotion targets', () => {
  it('list a new action, replace/add for each action in order, then the commitment', () => {
    const options = targetOptions(finalOf(workshopState(), F));
    expect(options.map((o) => o.value)).toEqual([
      'new',
      ...['a1', 'a2', 'a3', 'a4', 'a5'].flatMap((a) => [`action:${a}:replace`, `action:${a}:append`]),
      'commitment:replace',
      'commitment:append',
    ]);
    expect(options[0]).toEqual({ value: 'new', kind: 'new', disabled: false });
  });

  it('turn a menu value into the mutation’s target', () => {
    expect(toTarget('new', () => uuid(5))).toEqual({ kind: 'new', actionId: uuid(5) });
    expect(toTarget('commitment:append')).toEqual({ kind: 'commitment', mode: 'append' });
    expect(toTarget(`action:${uuid(2)}:replace`)).toEqual({ kind: 'action', actionId: uuid(2), mode: 'replace' });
    expect(toTarget('action:a1:move')).toBeNull();
    expect(toTarget('commitment')).toBeNull();
  });

  it('propose a commitment for a commitment, the first empty slot (else a new action) for an action, the sibling’s action for a comment', () => {
    let s = run(workshopState(), as(ids.ana), 'matrix.setAction', { matrixId: WM, slot: 2, text: 'Protocolos', comment: 'Niñez' });
    s = run(s, as(ids.ana), 'matrix.propose', { matrixId: WM, id: uuid(3), text: 'Red' });
    let final = finalOf(s, F);
    const of = (part: Parameters<typeof defaultTarget>[3]) => defaultTarget(final, ids.ana, WM, part);
    expect(of({ field: 'commitment' })).toBe('commitment:replace');
    expect(of({ field: 'action', slot: 2 })).toBe('action:a1:replace');
    expect(of({ field: 'proposal', proposalId: uuid(3) })).toBe('action:a1:replace');
    expect(of({ field: 'notes' })).toBe('action:a1:replace');
    // A comment whose action was not taken: the final action of the same number; a proposal's comment: the last action.
    expect(of({ field: 'comment', slot: 2 })).toBe('action:a2:append');
    expect(of({ field: 'proposalComment', proposalId: uuid(3) })).toBe('action:a5:append');

    const source = (part: object) => ({ memberId: ids.ana, matrixId: WM, part });
    s = run(s, fac, 'final.promote', {
      finalId: F,
      source: source({ field: 'action', slot: 2 }),
      target: { kind: 'new', actionId: uuid(1) },
    });
    s = run(s, fac, 'final.promote', {
      finalId: F,
      source: source({ field: 'proposal', proposalId: uuid(3) }),
      target: { kind: 'action', actionId: 'a4', mode: 'replace' },
    });
    s = run(s, fac, 'final.setText', { finalId: F, actionId: null, field: 'commitment', text: 'Atender', baseRev: 0 });
    final = finalOf(s, F);
    expect(of({ field: 'comment', slot: 2 })).toBe(`action:${uuid(1)}:append`);
    expect(of({ field: 'proposalComment', proposalId: uuid(3) })).toBe('action:a4:append');
    expect(of({ field: 'commitment' })).toBe('commitment:append');
    // Ben's comment on action 2 follows where Ana's wording of action 2 went; his comment on action 1, the final action 1.
    expect(defaultTarget(final, ids.ben, WM, { field: 'comment', slot: 2 })).toBe(`action:${uuid(1)}:append`);
    expect(defaultTarget(final, ids.ben, WM, { field: 'comment', slot: 1 })).toBe('action:a1:append');
    expect(defaultTarget(final, ids.ben, 'wm-4-2', { field: 'comment', slot: 2 })).toBe('action:a2:append');
  });

  it('add to the last action rather than offer a new one the full matrix would refuse', () => {
    let s = workshopState();
    // Twenty actions, every one written: no empty slot, and no room for another.
    for (let i = 1; i <= 15; i++) s = run(s, fac, 'final.addAction', { finalId: F, actionId: uuid(i), text: `Acción ${i}` });
    for (let i = 1; i <= 5; i++)
      s = run(s, fac, 'final.setText', { finalId: F, actionId: `a${i}`, field: 'text', text: `Ranura ${i}`, baseRev: 0 });
    const final = finalOf(s, F);
    expect(targetOptions(final)[0]).toMatchObject({ value: 'new', disabled: true });
    expect(defaultTarget(final, ids.ana, WM, { field: 'action', slot: 1 })).toBe(`action:${uuid(15)}:append`);
  });

  it('preview an action’s words on one short line', () => {
    expect(preview('  Red\nde  albergues ')).toBe('Red de albergues');
    expect(preview('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
