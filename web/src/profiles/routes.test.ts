import { describe, expect, it } from 'vitest';
import { workshopState } from '../../../shared/domain/fixtures.test-util';
import { EMPTY_ROUTE, routeChanges, routeOf, stepText } from './routes';

const STEPS = ['detection', 'preliminary-identification', 'referral', 'assistance-protection'];

describe('routeOf', () => {
  it('gives an empty route for a profile nobody worked on, and never a prototype member', () => {
    expect(routeOf(workshopState(), 'lgbti')).toEqual(EMPTY_ROUTE);
    expect(routeOf(workshopState(), 'constructor')).toEqual(EMPTY_ROUTE);
    expect(stepText(EMPTY_ROUTE, 'toString')).toBe('');
  });

  it('reads a recorded route', () => {
    const route = { steps: { detection: 'Migración' }, considerations: 'Niñez' };
    const state = { ...workshopState(), referrals: { lgbti: route } };
    expect(routeOf(state, 'lgbti')).toBe(route);
  });
});

describe('routeChanges', () => {
  const base = { steps: { detection: 'Migración', referral: 'Fiscalía' }, considerations: 'Niñez' };

  it('is null when nothing changed, ignoring surrounding spaces', () => {
    expect(routeChanges(base, { ...base, considerations: ' Niñez ' }, STEPS)).toBeNull();
  });

  it('lists only the steps that changed, trimmed, including a new and an emptied one', () => {
    const draft = { steps: { detection: 'Migración', referral: '', 'assistance-protection': ' OIM ' }, considerations: 'Niñez' };
    expect(routeChanges(base, draft, STEPS)).toEqual({ steps: { referral: '', 'assistance-protection': 'OIM' } });
  });

  it('includes the considerations only when they changed', () => {
    expect(routeChanges(base, { ...base, considerations: 'Mujeres víctimas de violencia' }, STEPS)).toEqual({
      steps: {},
      considerations: 'Mujeres víctimas de violencia',
    });
  });

  it('ignores steps the template does not have', () => {
    expect(routeChanges(base, { ...base, steps: { ...base.steps, other: 'x' } }, STEPS)).toBeNull();
  });
});
