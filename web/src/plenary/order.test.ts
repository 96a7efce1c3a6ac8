import { describe, expect, it } from 'vitest';
import { plenaryWith } from './fixtures.test-util';
import { columnOrder, neighbour, presentable, waiting } from './order';

const sent = { g1: [], g3: [], g4: [] };

describe('presentation order', () => {
  it('keeps the groups that sent results, in the order they were added', () => {
    const p = plenaryWith(['g1', 'g2', 'g3', 'g4'], sent);
    expect(presentable(p)).toEqual(['g1', 'g3', 'g4']);
    expect(waiting(p)).toEqual(['g2']);
  });

  it('steps forward from the start and stops at the last group', () => {
    const p = plenaryWith(['g1', 'g2', 'g3', 'g4'], sent);
    expect(neighbour(p, 1)).toBe('g1');
    expect(neighbour(p, -1)).toBeNull();
    expect(neighbour({ ...p, presenting: 'g1' }, 1)).toBe('g3');
    expect(neighbour({ ...p, presenting: 'g3' }, -1)).toBe('g1');
    expect(neighbour({ ...p, presenting: 'g4' }, 1)).toBeNull();
    expect(neighbour({ ...p, presenting: 'g1' }, -1)).toBeNull();
  });

  it('has nothing to step to when no group has sent', () => {
    const p = plenaryWith(['g1']);
    expect([neighbour(p, 1), neighbour(p, -1)]).toEqual([null, null]);
  });

  it('puts the presenting group first only when the columns are stacked', () => {
    const p = plenaryWith(['g1', 'g2', 'g3', 'g4'], sent, { presenting: 'g3' });
    expect(columnOrder(p, false)).toEqual(['g1', 'g3', 'g4']);
    expect(columnOrder(p, true)).toEqual(['g3', 'g1', 'g4']);
    expect(columnOrder({ ...p, presenting: null }, true)).toEqual(['g1', 'g3', 'g4']);
  });
});
