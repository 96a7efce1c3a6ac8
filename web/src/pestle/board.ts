import { PESTLE_CATEGORIES, type PestleCategory } from '../../../shared/domain/constants';
import type { Member, PestleBoard, PestleCluster, PestleItem, WorkshopState } from '../../../shared/domain/state';

/** The board's items per category, in the order they were added. */
export function itemsByCategory(state: WorkshopState): Record<PestleCategory, PestleItem[]> {
  const out = Object.fromEntries(PESTLE_CATEGORIES.map((c) => [c, [] as PestleItem[]])) as Record<PestleCategory, PestleItem[]>;
  for (const id of state.pestle.order) {
    const item = state.pestle.items[id];
    if (item) out[item.category].push(item);
  }
  return out;
}

/**
 * An item is pending while the server has not confirmed it as shown: new, or edited, here and
 * not yet acknowledged. The reducer keeps unchanged items' identity, so comparing objects is
 * enough.
 */
export function isPending(id: string, view: WorkshopState, confirmed: WorkshopState | null): boolean {
  return confirmed?.pestle.items[id] !== view.pestle.items[id];
}

/** Who to show as the author: the member's name, else their role (facilitator and rapporteur seats have no name). */
export function authorOf(state: WorkshopState, authorId: string): Pick<Member, 'name' | 'role'> | null {
  const member = state.members[authorId];
  return member ? { name: member.name, role: member.role } : null;
}

/** A cluster with the column's items assigned to it, in the column's order. */
export interface ClusterGroup {
  cluster: PestleCluster;
  items: PestleItem[];
}

/**
 * One column's items under its clusters (in the order the clusters were made, empty ones
 * included so a new cluster shows at once), then the items in no cluster. An item pointing at
 * a cluster that is gone or belongs to another category counts as loose: an optimistic view can
 * briefly hold one before the server's event arrives.
 */
export function groupByCluster(
  board: Pick<PestleBoard, 'clusters' | 'clusterOrder'>,
  category: PestleCategory,
  items: readonly PestleItem[],
): { groups: ClusterGroup[]; loose: PestleItem[] } {
  const groups = clustersIn(board, category).map((cluster) => ({ cluster, items: [] as PestleItem[] }));
  const byId = new Map(groups.map((g) => [g.cluster.id, g]));
  const loose: PestleItem[] = [];
  for (const item of items) {
    const group = item.clusterId ? byId.get(item.clusterId) : undefined;
    if (group) group.items.push(item);
    else loose.push(item);
  }
  return { groups, loose };
}

/** The clusters of one category, in the order they were made. */
export function clustersIn(board: Pick<PestleBoard, 'clusters' | 'clusterOrder'>, category: PestleCategory): PestleCluster[] {
  return board.clusterOrder
    .map((id) => (Object.hasOwn(board.clusters, id) ? board.clusters[id] : undefined))
    .filter((c): c is PestleCluster => c !== undefined && c.category === category);
}

/** Dots an item received, once the vote is revealed; null before (nobody knows the totals then). */
export function votesOf(board: Pick<PestleBoard, 'voting'>, itemId: string): number | null {
  const revealed = board.voting?.revealed;
  if (!revealed) return null;
  return Object.hasOwn(revealed, itemId) ? (revealed[itemId] ?? 0) : 0;
}

/** Most voted first; ties keep their order (Array.prototype.sort is stable). Returns a new array. */
export function byVotes(board: Pick<PestleBoard, 'voting'>, items: readonly PestleItem[]): PestleItem[] {
  return [...items].sort((a, b) => (votesOf(board, b.id) ?? 0) - (votesOf(board, a.id) ?? 0));
}
