import { PESTLE_CATEGORIES, type PestleCategory } from '../../../shared/domain/constants';
import { isUnconfirmed } from '../sync/pending';
import type { PestleBoard, PestleCluster, PestleItem, WorkshopState } from '../../../shared/domain/state';

/** The board's items per category, in the order they were added. */
export function itemsByCategory(state: WorkshopState): Record<PestleCategory, PestleItem[]> {
  const out = Object.fromEntries(PESTLE_CATEGORIES.map((c) => [c, [] as PestleItem[]])) as Record<PestleCategory, PestleItem[]>;
  for (const id of state.pestle.order) {
    const item = state.pestle.items[id];
    if (item) out[item.category].push(item);
  }
  return out;
}

/** An item shown here but not yet confirmed by the server (new or edited, not yet acknowledged). */
export function isPending(id: string, view: WorkshopState, confirmed: WorkshopState | null): boolean {
  return isUnconfirmed(view.pestle.items, confirmed?.pestle.items, id);
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
