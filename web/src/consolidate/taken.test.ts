import { describe, expect, it } from 'vitest';
import { finalOf } from '../../../shared/domain/final-matrix-model';
import { as, F, fac, ids, run, uuid, WM, workshopState } from './fixtures.test-util';
import { samePart, takenInto } from './taken';

describe('takenInto', () => {
  it('finds where a text went by its author, matrix and part, with the action’s number as it stands', () => {
    let s = run(workshopState(), as(ids.ana), 'matrix.setAction', { matrixId: WM, slot: 2, text: 'Protocolos', comment: 'Niñez' });
    s = run(s, as(ids.ana), 'matrix.set', { matrixId: WM, field: 'commitment', text: 'Atender' });
    const source = (part: object) => ({ memberId: ids.ana, matrixId: WM, part });
    s = run(s, fac, 'final.promote', {
      finalId: F,
      source: source({ field: 'action', slot: 2 }),
      target: { kind: 'new', actionId: uuid(1) },
    });
    s = run(s, fac, 'final.promote', {
      finalId: F,
      source: source({ field: 'comment', slot: 2 }),
      target: { kind: 'action', actionId: 'a3', mode: 'append' },
    });
    s = run(s, fac, 'final.promote', {
      finalId: F,
      source: source({ field: 'commitment' }),
      target: { kind: 'commitment', mode: 'replace' },
    });
    s = run(s, fac, 'final.promote', {
      finalId: F,
      source: source({ field: 'comment', slot: 2 }),
      target: { kind: 'action', actionId: 'a1', mode: 'append' },
    });
    const final = finalOf(s, F);
    expect(takenInto(final, ids.ana, WM, { field: 'action', slot: 2 })).toEqual([{ kind: 'action', actionId: uuid(1), n: 6 }]);
    expect(takenInto(final, ids.ana, WM, { field: 'comment', slot: 2 })).toEqual([
      { kind: 'action', actionId: 'a1', n: 1 },
      { kind: 'action', actionId: 'a3', n: 3 },
    ]);
    expect(takenInto(final, ids.ana, WM, { field: 'commitment' })).toEqual([{ kind: 'commitment' }]);
    // Another slot, another author, another matrix: not taken.
    expect(takenInto(final, ids.ana, WM, { field: 'comment', slot: 1 })).toEqual([]);
    expect(takenInto(final, ids.ben, WM, { field: 'action', slot: 2 })).toEqual([]);
    expect(takenInto(final, ids.ana, 'wm-4-2', { field: 'action', slot: 2 })).toEqual([]);
  });

  it('compares parts by field and their slot or proposal', () => {
    expect(samePart({ field: 'notes' }, { field: 'notes' })).toBe(true);
    expect(samePart({ field: 'notes' }, { field: 'commitment' })).toBe(false);
    expect(samePart({ field: 'action', slot: 1 }, { field: 'comment', slot: 1 })).toBe(false);
    expect(samePart({ field: 'proposal', proposalId: uuid(1) }, { field: 'proposal', proposalId: uuid(2) })).toBe(false);
  });
});
