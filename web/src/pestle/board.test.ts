import { describe, expect, it } from 'vitest';
import type { PestleItem, WorkshopState } from '../../../shared/domain/state';
import { isPending, itemsByCategory } from './board';

function item(id: string, category: PestleItem['category']): PestleItem {
  return { id, category, kind: 'state', text: id, authorId: 'm1', createdAt: 0, updatedAt: 0 };
}

function state(items: PestleItem[]): WorkshopState {
  return {
    id: 'w',
    title: 'T',
    language: 'es',
    templateId: 't',
    template: {} as WorkshopState['template'],
    createdAt: 0,
    currentPhaseId: 'p',
    navigation: 'free',
    members: {},
    memberOrder: [],
    pestle: { mode: 'open', items: Object.fromEntries(items.map((i) => [i.id, i])), order: items.map((i) => i.id) },
    timer: null,
  };
}

describe('itemsByCategory', () => {
  it('groups in added order and lists every category', () => {
    const s = state([item('a', 'legal'), item('b', 'political'), item('c', 'legal')]);
    const grouped = itemsByCategory(s);
    expect(Object.keys(grouped)).toEqual(['political', 'economic', 'social', 'technological', 'legal', 'environmental']);
    expect(grouped.legal.map((i) => i.id)).toEqual(['a', 'c']);
    expect(grouped.political.map((i) => i.id)).toEqual(['b']);
    expect(grouped.social).toEqual([]);
  });
});

describe('isPending', () => {
  it('is true for items not (yet) confirmed as shown', () => {
    const a = item('a', 'legal');
    const confirmed = state([a]);
    const view = state([a, item('b', 'legal')]);
    expect(isPending('a', view, confirmed)).toBe(false);
    expect(isPending('b', view, confirmed)).toBe(true);
    const edited = state([{ ...a, text: 'changed' }]);
    expect(isPending('a', edited, confirmed)).toBe(true);
    expect(isPending('a', view, null)).toBe(true);
  });
});
