import { describe, expect, it } from 'vitest';
import type { Mutate } from '../pestle/types';
import { cellSaver, routeSaver } from './send';

/** A fake `mutate` that records calls and refuses the names listed. */
function recorder(refused: string[] = []) {
  const calls: [string, unknown][] = [];
  const mutate: Mutate = (name, args) => {
    calls.push([name, args]);
    return !refused.includes(name);
  };
  return { calls, mutate };
}

describe('cellSaver', () => {
  it('sends grid.setCell with only the changed fields', () => {
    const { calls, mutate } = recorder();
    expect(cellSaver(mutate)('lgbti', 'shelter', { priority: 'high' })).toBe(true);
    expect(calls).toEqual([['grid.setCell', { profileId: 'lgbti', needId: 'shelter', priority: 'high' }]]);
  });
});

describe('routeSaver', () => {
  it('sends one referral.setStep per changed step, then the considerations', () => {
    const { calls, mutate } = recorder();
    const ok = routeSaver(mutate)('lgbti', { steps: { detection: 'Migración', referral: '' }, considerations: 'Niñez' });
    expect(ok).toBe(true);
    expect(calls).toEqual([
      ['referral.setStep', { profileId: 'lgbti', stepId: 'detection', institutions: 'Migración' }],
      ['referral.setStep', { profileId: 'lgbti', stepId: 'referral', institutions: '' }],
      ['referral.setConsiderations', { profileId: 'lgbti', text: 'Niñez' }],
    ]);
  });

  it('leaves the considerations alone when they did not change', () => {
    const { calls, mutate } = recorder();
    routeSaver(mutate)('lgbti', { steps: { detection: 'x' } });
    expect(calls.map(([name]) => name)).toEqual(['referral.setStep']);
  });

  it('stops at the first refusal and reports it', () => {
    const { calls, mutate } = recorder(['referral.setStep']);
    expect(routeSaver(mutate)('lgbti', { steps: { detection: 'a', referral: 'b' }, considerations: 'c' })).toBe(false);
    expect(calls).toHaveLength(1);
  });
});
