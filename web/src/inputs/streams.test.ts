import { describe, expect, it } from 'vitest';
import { ids, uuid, workshopState } from '../../../shared/domain/fixtures.test-util';
import type { Contribution, GoodPractice, WorkshopState } from '../../../shared/domain/state';
import {
  countKeys,
  groupContributions,
  groupPractices,
  nextRelevance,
  objectiveName,
  ownRelevance,
  relevanceCounts,
  visibleTail,
} from './streams';

function contribution(n: number, target: Contribution['target'], targetId: string, key = false): Contribution {
  return { id: uuid(n), target, targetId, text: `c${n}`, key, authorId: ids.ana, attribution: 'name', createdAt: n, updatedAt: n };
}

function withContributions(list: Contribution[], order = list.map((c) => c.id)): WorkshopState {
  const base = workshopState();
  return { ...base, contributions: Object.fromEntries(list.map((c) => [c.id, c])), contributionOrder: order };
}

describe('groupContributions', () => {
  it('groups one kind of target by id, in contributionOrder (newest last)', () => {
    const list = [contribution(1, 'objective', 'A.a'), contribution(2, 'question', 'q1'), contribution(3, 'objective', 'A.a')];
    const s = withContributions(list, [uuid(3), uuid(2), uuid(1)]);
    const grouped = groupContributions(s, 'objective');
    expect([...grouped.keys()]).toEqual(['A.a']);
    expect(grouped.get('A.a')?.map((c) => c.text)).toEqual(['c3', 'c1']);
    expect(
      groupContributions(s, 'question')
        .get('q1')
        ?.map((c) => c.text),
    ).toEqual(['c2']);
  });

  it('skips ids in the order that have no record (and never reads inherited keys)', () => {
    const s = withContributions([contribution(1, 'objective', 'A.a')], [uuid(1), 'constructor', uuid(9)]);
    expect(groupContributions(s, 'objective').get('A.a')).toHaveLength(1);
  });
});

describe('groupPractices', () => {
  it('lists practices per theme in recorded order', () => {
    const p = (n: number, themeId: string): GoodPractice => ({
      id: uuid(n),
      themeId,
      country: 'Panamá',
      title: `p${n}`,
      summary: '',
      presenter: '',
      recordedBy: ids.rapporteur,
      createdAt: n,
    });
    const list = [p(1, 'care'), p(2, 'solutions'), p(3, 'care')];
    const s = { ...workshopState(), practices: Object.fromEntries(list.map((x) => [x.id, x])), practiceOrder: [uuid(3), uuid(2), uuid(1)] };
    const grouped = groupPractices(s);
    expect(grouped.get('care')?.map((x) => x.title)).toEqual(['p3', 'p1']);
    expect(grouped.get('solutions')?.map((x) => x.title)).toEqual(['p2']);
  });
});

describe('countKeys', () => {
  it('counts key points across the given targets only', () => {
    const grouped = groupContributions(
      withContributions([
        contribution(1, 'question', 'q1', true),
        contribution(2, 'question', 'q2', true),
        contribution(3, 'question', 'q1'),
      ]),
      'question',
    );
    expect(countKeys(grouped, ['q1'])).toBe(1);
    expect(countKeys(grouped, ['q1', 'q2', 'missing'])).toBe(2);
  });
});

describe('relevance', () => {
  it('reads the room counts as low, medium, high, with zeros for an unmarked objective', () => {
    const s = workshopState();
    const marked = { ...s, objectives: { ...s.objectives, relevance: { 'A.a': [1, 2, 5] as [number, number, number] } } };
    expect(relevanceCounts(marked, 'A.a')).toEqual({ low: 1, medium: 2, high: 5, total: 8 });
    expect(relevanceCounts(marked, 'B.a')).toEqual({ low: 0, medium: 0, high: 0, total: 0 });
  });

  it('finds only the viewer’s own mark', () => {
    const s = workshopState();
    const marked = { ...s, objectives: { ...s.objectives, ratings: { [ids.ana]: { 'A.a': 3 as const } } } };
    expect(ownRelevance(marked, { role: 'participant', memberId: ids.ana }, 'A.a')).toBe(3);
    expect(ownRelevance(marked, { role: 'participant', memberId: ids.ben }, 'A.a')).toBeNull();
    expect(ownRelevance(marked, null, 'A.a')).toBeNull();
  });

  it('clears the mark when the same level is pressed again', () => {
    expect(nextRelevance(null, 2)).toBe(2);
    expect(nextRelevance(2, 3)).toBe(3);
    expect(nextRelevance(3, 3)).toBeNull();
  });
});

describe('objectiveName', () => {
  it('joins the group and the objective label without its closing parenthesis', () => {
    expect(objectiveName('A', 'a)')).toBe('A.a');
    expect(objectiveName('B', 'e.')).toBe('B.e');
    expect(objectiveName('B', ')')).toBe('B');
  });
});

describe('visibleTail', () => {
  const items = [1, 2, 3, 4, 5, 6, 7];

  it('keeps a short stream whole', () => {
    expect(visibleTail([1, 2], false, -1, 5)).toEqual({ shown: [1, 2], hidden: 0 });
  });

  it('shows only the newest of a long stream while collapsed', () => {
    expect(visibleTail(items, false, -1, 5)).toEqual({ shown: [3, 4, 5, 6, 7], hidden: 2 });
  });

  it('keeps a pinned entry (being edited) and everything after it', () => {
    expect(visibleTail(items, false, 1, 5)).toEqual({ shown: [2, 3, 4, 5, 6, 7], hidden: 1 });
    // A pin already inside the tail changes nothing.
    expect(visibleTail(items, false, 4, 5)).toEqual({ shown: [3, 4, 5, 6, 7], hidden: 2 });
  });

  it('shows everything once expanded', () => {
    expect(visibleTail(items, true, -1, 5)).toEqual({ shown: items, hidden: 0 });
  });
});
