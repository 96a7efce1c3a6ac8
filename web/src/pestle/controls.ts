import { own } from '../../../shared/domain/decision';
import type { Actor, PestleItem, WorkshopState } from '../../../shared/domain/state';
import { allows } from '../lib/allows';

/** Which organising controls an item shows to this viewer. */
export interface ItemControls {
  move: boolean;
  cluster: boolean;
  rate: boolean;
  merge: boolean;
}

const NONE: ItemControls = { move: false, cluster: false, rate: false, merge: false };

/** Which organising controls to show, asked of the server's own rules (lib/allows.ts); the argument values are placeholders. */
export function itemControls(view: WorkshopState, actor: Actor | null, item: PestleItem, mergeTargetId?: string): ItemControls {
  if (!actor) return NONE;
  const edit = (args: { category?: PestleItem['category']; clusterId?: null; impact?: number | null }) =>
    allows(view, actor, { name: 'pestle.edit', args: { id: item.id, ...args } });
  return {
    move: edit({ category: item.category }),
    cluster: edit({ clusterId: null }),
    rate: edit({ impact: item.impact }),
    merge: mergeTargetId !== undefined && allows(view, actor, { name: 'pestle.merge', args: { id: item.id, intoId: mergeTargetId } }),
  };
}

/** The viewer's dots on an item while a vote is open, and whether they may add or take one; null when they cannot vote. */
export function dotControls(view: WorkshopState, actor: Actor | null, itemId: string) {
  const voting = view.pestle.voting;
  if (!actor?.memberId || !voting || voting.revealed) return null;
  const mine = own(own(view.pestle.ballots, actor.memberId) ?? {}, itemId) ?? 0;
  const vote = (dots: number) => allows(view, actor, { name: 'pestle.vote', args: { itemId, dots } });
  if (!vote(mine)) return null;
  return { mine, canAdd: vote(mine + 1), canRemove: mine > 0 && vote(mine - 1) };
}
