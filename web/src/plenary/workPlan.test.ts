import { describe, expect, it } from 'vitest';
import { action, matrix, plenaryWith } from './fixtures.test-util';
import { adoptionOf, workPlan } from '../../../shared/domain/work-plan';

describe('the draft Work Plan', () => {
  const p = plenaryWith(
    ['g1', 'g2', 'g3'],
    {
      g3: [matrix('m1', 'Compromiso A', [action('a1', 'Uno'), action('a2', 'Dos'), action('a3', 'Tres')]), matrix('m2', '', [])],
      g1: [matrix('m9', '', [action('x', 'Solo aplazada')])],
    },
    { adoption: { 'g3|m1|a1': 'adopted', 'g3|m1|a2': 'deferred', 'g1|m9|x': 'deferred' } },
  );

  it('follows the order groups were added and leaves out groups that sent nothing', () => {
    expect(workPlan(p).map((g) => [g.id, g.name])).toEqual([
      ['g1', 'Grupo g1'],
      ['g3', 'Grupo g3'],
    ]);
  });

  it('keeps each action’s number and decision, and moves deferred actions to the group’s end', () => {
    const g3 = workPlan(p)[1];
    expect(g3?.matrices.map((m) => [m.finalId, m.actions.map((a) => [a.n, a.action.id, a.status])])).toEqual([
      [
        'm1',
        [
          [1, 'a1', 'adopted'],
          [3, 'a3', null],
        ],
      ],
    ]);
    expect(g3?.deferred.map((a) => [a.finalId, a.n, a.action.text])).toEqual([['m1', 2, 'Dos']]);
  });

  it('drops a matrix left with neither a commitment nor an action', () => {
    const g1 = workPlan(p)[0];
    expect(g1?.matrices).toEqual([]);
    expect(g1?.deferred.map((a) => a.action.id)).toEqual(['x']);
  });

  it('reads an action’s decision, null while undecided', () => {
    expect(adoptionOf(p, 'g3', 'm1', 'a1')).toBe('adopted');
    expect(adoptionOf(p, 'g3', 'm1', 'a3')).toBeNull();
    expect(adoptionOf(p, 'g3', 'm1', 'toString')).toBeNull();
  });
});
