import { describe, expect, it } from 'vitest';
import { finalOf } from '../../../shared/domain/final-matrix-model';
import { workshopState } from '../../../shared/domain/fixtures.test-util';
import { dotsLeft, isCandidate, ranking } from './voting';

const base = finalOf(workshopState(), 'care-prevention');

describe('the vote on candidate actions', () => {
  it('marks as candidates the actions beyond the matrix’s slots', () => {
    expect([3, 4, 5, 6].map((i) => isCandidate(i, 5))).toEqual([false, false, true, true]);
  });

  it('ranks the voted actions by their revealed totals, ties in the matrix’s order, positions 1-based', () => {
    const revealed = { ...base, voting: { dots: 3, revealed: { a4: 2, a2: 5, a1: 2, a3: 0 } } };
    expect(ranking(revealed)).toEqual([
      { actionId: 'a2', position: 2, total: 5 },
      { actionId: 'a1', position: 1, total: 2 },
      { actionId: 'a4', position: 4, total: 2 },
    ]);
    expect(ranking({ ...base, voting: { dots: 3, revealed: null } })).toEqual([]);
  });

  it('counts a voter’s dots left only while the vote is open', () => {
    const open = { ...base, voting: { dots: 3, revealed: null }, ballots: { ana: { a1: 1, a2: 1 } } };
    expect(dotsLeft(open, 'ana')).toBe(1);
    expect(dotsLeft(open, 'ben')).toBe(3);
    expect(dotsLeft(open, null)).toBeNull();
    expect(dotsLeft({ ...open, voting: { dots: 3, revealed: {} } }, 'ana')).toBeNull();
    expect(dotsLeft(base, 'ana')).toBeNull();
  });
});
