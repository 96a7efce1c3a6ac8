import { own } from '../../../shared/domain/decision';
import { decide } from '../../../shared/domain/mutations';
import type { Actor, PestleItem, WorkshopState } from '../../../shared/domain/state';

/** Which organising controls an item shows to this viewer. */
export interface ItemControls {
  move: boolean;
  cluster: boolean;
  rate: boolean;
  merge: boolean;
}

const NONE: ItemControls = { move: false, cluster: false, rate: false, merge: false };

/**
 * Asks the domain's own `decide` (pure, so it runs here too) rather than copying its rules: a
 * control is shown exactly when the server would accept its mutation. The argument values are
 * placeholders; only who may change what is being asked.
 */
export function itemControls(view: WorkshopState, actor: Actor | null, item: PestleItem, mergeTargetId?: string): ItemControls {
  if (!actor) return NONE;
  const edit = (args: { category?: PestleItem['category']; clusterId?: null; impact?: number | null }) =>
    decide(view, actor, { name: 'pestle.edit', args: { id: item.id, ...args } }).ok;
  return {
    move: edit({ category: item.category }),
    cluster: edit({ clusterId: null }),
    rate: edit({ impact: item.impact }),
    merge: mergeTargetId !== undefined && decide(view, actor, { name: 'pestle.merge', args: { id: item.id, intoId: mergeTargetId } }).ok,
  };
}

/** The viewer's dots on an item while a vote is open, and whether they may add or take one; null when they cannot vote. */
export function dotControls(view: WorkshopState, actor: Actor | null, itemId: string) {
  const voting = view.pestle.voting;
  if (!actor?.memberId || !voting || voting.revealed) return null;
  const mine = own(own(view.pestle.ballots, actor.memberId) ?? {}, itemId) ?? 0;
  const vote = (dots: number) => decide(view, actor, { name: 'pestle.vote', args: { itemId, dots } }).ok;
  if (!vote(mine)) return null;
  return { mine, canAdd: vote(mine + 1), canRemove: mine > 0 && vote(mine - 1) };
}
