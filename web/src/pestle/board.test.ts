import { describe, expect, it } from 'vitest';
import type { PestleBoard, PestleCluster, PestleItem, WorkshopState } from '../../../shared/domain/state';
import { workshopState } from '../../../shared/domain/fixtures.test-util';
import { byVotes, clustersIn, groupByCluster, isPending, itemsByCategory, votesOf } from './board';

function item(id: string, category: PestleItem['category']): PestleItem {
  return {
    id,
    category,
    kind: 'state',
    text: id,
    authorId: 'm1',
    attribution: 'name',
    createdAt: 0,
    updatedAt: 0,
    impact: null,
    likelihood: null,
    clusterId: null,
    merged: [],
  };
}

function state(items: PestleItem[]): WorkshopState {
  const base = workshopState();
  return {
    ...base,
    pestle: { ...base.pestle, items: Object.fromEntries(items.map((i) => [i.id, i])), order: items.map((i) => i.id) },
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

function clusters(...list: PestleCluster[]): Pick<PestleBoard, 'clusters' | 'clusterOrder'> {
  return { clusters: Object.fromEntries(list.map((c) => [c.id, c])), clusterOrder: list.map((c) => c.id) };
}

const inCluster = (i: PestleItem, clusterId: string): PestleItem => ({ ...i, clusterId });

describe('groupByCluster', () => {
  const k1: PestleCluster = { id: 'k1', category: 'legal', label: 'Laws' };
  const k2: PestleCluster = { id: 'k2', category: 'legal', label: 'Courts' };
  const other: PestleCluster = { id: 'k3', category: 'social', label: 'Elsewhere' };

  it('puts items under their clusters in cluster order, loose ones after, keeping item order', () => {
    const items = [
      inCluster(item('a', 'legal'), 'k2'),
      item('b', 'legal'),
      inCluster(item('c', 'legal'), 'k1'),
      inCluster(item('d', 'legal'), 'k2'),
    ];
    const { groups, loose } = groupByCluster(clusters(k1, k2, other), 'legal', items);
    expect(groups.map((g) => [g.cluster.id, g.items.map((i) => i.id)])).toEqual([
      ['k1', ['c']],
      ['k2', ['a', 'd']],
    ]);
    expect(loose.map((i) => i.id)).toEqual(['b']);
  });

  it('lists empty clusters of the category and none of other categories', () => {
    const { groups, loose } = groupByCluster(clusters(k1, other), 'legal', []);
    expect(groups).toEqual([{ cluster: k1, items: [] }]);
    expect(loose).toEqual([]);
  });

  it('treats an item of a missing or foreign cluster as loose', () => {
    const items = [inCluster(item('a', 'legal'), 'gone'), inCluster(item('b', 'legal'), 'k3')];
    const { groups, loose } = groupByCluster(clusters(k1, other), 'legal', items);
    expect(groups[0]?.items).toEqual([]);
    expect(loose.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('ignores inherited keys as cluster ids', () => {
    expect(clustersIn({ clusters: {}, clusterOrder: ['constructor'] }, 'legal')).toEqual([]);
  });
});

describe('votes', () => {
  const items = [item('a', 'legal'), item('b', 'legal'), item('c', 'legal'), item('d', 'legal')];

  it('are unknown until revealed', () => {
    expect(votesOf({ voting: null }, 'a')).toBeNull();
    expect(votesOf({ voting: { dots: 3, revealed: null } }, 'a')).toBeNull();
    expect(votesOf({ voting: { dots: 3, revealed: { a: 2 } } }, 'a')).toBe(2);
    expect(votesOf({ voting: { dots: 3, revealed: { a: 2 } } }, 'b')).toBe(0);
  });

  it('sort most voted first, ties in their order, without touching the input', () => {
    const board = { voting: { dots: 3, revealed: { b: 1, c: 4, d: 1 } } };
    expect(byVotes(board, items).map((i) => i.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(byVotes({ voting: null }, items).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
