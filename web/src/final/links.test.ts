import { describe, expect, it } from 'vitest';
import { accepted, ids, runMutation, uuid, workshopState } from '../../../shared/domain/fixtures.test-util';
import { linkLabel, linkTargets, shortLabel, unlinkedTargets } from './links';

const ana = { role: 'participant', memberId: ids.ana } as const;
const state = accepted(
  runMutation(workshopState(), ana, 'pestle.add', { id: uuid(1), category: 'social', kind: 'challenge', text: 'Pobreza' }),
);

describe('what an element may answer', () => {
  it('lists PESTLE items, objectives by their short name, profiles and contributions', () => {
    expect(linkTargets(state, 'pestle', 'es')).toEqual([{ id: uuid(1), label: 'Pobreza' }]);
    expect(linkTargets(state, 'objective', 'es')[0]?.label).toMatch(/^A\.a \S/);
    expect(linkTargets(state, 'profile', 'en').map((p) => p.id)).toContain('lgbti');
    expect(linkTargets(state, 'contribution', 'es')).toEqual([]);
  });

  it('offers only what is not linked yet, and names a link, or nothing once its target is gone', () => {
    expect(unlinkedTargets(state, 'pestle', [{ kind: 'pestle', id: uuid(1) }], 'es')).toEqual([]);
    expect(linkLabel(state, { kind: 'pestle', id: uuid(1) }, 'es')).toBe('Pobreza');
    expect(linkLabel(state, { kind: 'objective', id: 'A' }, 'es')).toMatch(/^A \S/);
    expect(linkLabel(state, { kind: 'pestle', id: uuid(2) }, 'es')).toBeNull();
  });

  it('cuts long labels on one line', () => {
    expect(shortLabel('a  b\nc')).toBe('a b c');
    expect(shortLabel('abcdefghij', 6)).toBe('abcde…');
  });
});
