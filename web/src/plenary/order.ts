import type { PlenaryState } from '../../../shared/domain/plenary';

/**
 * The order of the presentations: groups in the order they were added, and only those that
 * sent their final matrices (the server refuses to present a group that sent nothing).
 */
export function presentable(p: PlenaryState): string[] {
  return p.groupOrder.filter((id) => Object.hasOwn(p.results, id));
}

/** Groups that have not sent their final matrices yet, in the order they were added. */
export function waiting(p: PlenaryState): string[] {
  return p.groupOrder.filter((id) => !Object.hasOwn(p.results, id));
}

/**
 * The group "Next" (1) or "Previous" (-1) presents, or null when there is none. Between
 * presentations, "Next" starts with the first group and "Previous" has nowhere to go.
 */
export function neighbour(p: PlenaryState, direction: 1 | -1): string | null {
  const order = presentable(p);
  const at = p.presenting === null ? -1 : order.indexOf(p.presenting);
  if (at === -1) return direction === 1 ? (order[0] ?? null) : null;
  return order[at + direction] ?? null;
}

/**
 * The columns of the presentations. Side by side they keep the presentation order, so nothing
 * jumps on a wide screen; stacked (a phone) the presenting group comes first, where the reader is.
 */
export function columnOrder(p: PlenaryState, stacked: boolean): string[] {
  const order = presentable(p);
  const presenting = p.presenting;
  if (!stacked || presenting === null || !order.includes(presenting)) return order;
  return [presenting, ...order.filter((id) => id !== presenting)];
}
