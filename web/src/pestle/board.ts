import { PESTLE_CATEGORIES, type PestleCategory } from '../../../shared/domain/constants';
import type { Member, PestleItem, WorkshopState } from '../../../shared/domain/state';

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
