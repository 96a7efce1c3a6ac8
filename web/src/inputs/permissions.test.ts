import { describe, expect, it } from 'vitest';
import { ids, uuid, workshopState } from '../../../shared/domain/fixtures.test-util';
import { phaseOfKind } from '../../../shared/domain/phase-rules';
import type { Actor, Contribution, WorkshopState } from '../../../shared/domain/state';
import { canAddContribution, canAddPractice, canHighlight, canRate, contributionRights, practiceRights } from './permissions';
import { isLockedOut } from '../lib/allows';

const facilitator: Actor = { role: 'facilitator', memberId: ids.facilitator };
const rapporteur: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
const ana: Actor = { role: 'participant', memberId: ids.ana };
const ben: Actor = { role: 'participant', memberId: ids.ben };
const projector: Actor = { role: 'observer', memberId: null };

const questionId = 'care.profiles.criteria';

function locked(s: WorkshopState, kind: 'objectives' | 'questions'): WorkshopState {
  const phase = phaseOfKind(s, kind);
  if (!phase) throw new Error(`no ${kind} phase`);
  return { ...s, locks: { ...s.locks, [phase.id]: true } };
}

function withAnasContribution(): { s: WorkshopState; c: Contribution } {
  const c: Contribution = {
    id: uuid(1),
    target: 'question',
    targetId: questionId,
    text: 'x',
    key: false,
    authorId: ids.ana,
    attribution: 'name',
    createdAt: 1,
    updatedAt: 1,
  };
  return { s: { ...workshopState(), contributions: { [c.id]: c }, contributionOrder: [c.id] }, c };
}

describe('isLockedOut', () => {
  it('is true only for participants of a locked phase', () => {
    const s = locked(workshopState(), 'objectives');
    expect(isLockedOut(s, ana, 'objectives')).toBe(true);
    expect(isLockedOut(s, ana, 'questions')).toBe(false);
    expect(isLockedOut(s, facilitator, 'objectives')).toBe(false);
    expect(isLockedOut(s, rapporteur, 'objectives')).toBe(false);
    expect(isLockedOut(s, projector, 'objectives')).toBe(false);
    expect(isLockedOut(s, null, 'objectives')).toBe(false);
  });
});

describe('adding', () => {
  it('lets seated members add to an existing target, never the projector', () => {
    const s = workshopState();
    expect(canAddContribution(s, ana, 'objective', 'A.a')).toBe(true);
    expect(canAddContribution(s, rapporteur, 'question', questionId)).toBe(true);
    expect(canAddContribution(s, ana, 'objective', 'no-such-objective')).toBe(false);
    expect(canAddContribution(s, projector, 'objective', 'A.a')).toBe(false);
    expect(canAddContribution(s, null, 'objective', 'A.a')).toBe(false);
  });

  it('follows the lock: participants stop, the rapporteur goes on recording', () => {
    const s = locked(workshopState(), 'questions');
    expect(canAddContribution(s, ana, 'question', questionId)).toBe(false);
    expect(canAddContribution(s, rapporteur, 'question', questionId)).toBe(true);
    expect(canAddPractice(s, ana, 'care')).toBe(false);
    expect(canAddPractice(s, rapporteur, 'care')).toBe(true);
  });
});

describe('objectives', () => {
  it('offers rating to members and highlighting to the facilitator only', () => {
    const s = workshopState();
    expect(canRate(s, ana, 'A.a')).toBe(true);
    expect(canRate(s, projector, 'A.a')).toBe(false);
    expect(canRate(locked(s, 'objectives'), ana, 'A.a')).toBe(false);
    expect(canHighlight(s, facilitator, 'A.a')).toBe(true);
    expect(canHighlight(s, rapporteur, 'A.a')).toBe(false);
    expect(canHighlight(s, ana, 'A.a')).toBe(false);
  });
});

describe('contributionRights', () => {
  it('lets the author and the facilitator change, moderators mark key points', () => {
    const { s, c } = withAnasContribution();
    expect(contributionRights(s, ana, c)).toEqual({ edit: true, remove: true, markKey: false });
    expect(contributionRights(s, ben, c)).toEqual({ edit: false, remove: false, markKey: false });
    expect(contributionRights(s, facilitator, c)).toEqual({ edit: true, remove: true, markKey: true });
    expect(contributionRights(s, rapporteur, c).markKey).toBe(true);
    expect(contributionRights(locked(s, 'questions'), ana, c)).toEqual({ edit: false, remove: false, markKey: false });
  });
});

describe('practiceRights', () => {
  it('lets the recorder and the facilitator change a practice', () => {
    const p = { id: uuid(2), themeId: 'care', country: 'CR', title: 't', summary: '', presenter: '', recordedBy: ids.ana, createdAt: 1 };
    const s = { ...workshopState(), practices: { [p.id]: p }, practiceOrder: [p.id] };
    expect(practiceRights(s, ana, p)).toEqual({ edit: true, remove: true });
    expect(practiceRights(s, ben, p)).toEqual({ edit: false, remove: false });
    expect(practiceRights(s, facilitator, p)).toEqual({ edit: true, remove: true });
  });
});
