import { own } from '../../../shared/domain/decision';
import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { allows } from '../lib/allows';

/** What the viewer may do with one final matrix, asked of the domain's own rules (lib/allows.ts); argument values are placeholders. */
export interface FinalAccess {
  /** Write, reorder, link: the facilitator and the rapporteur. */
  write: boolean;
  openVoting: boolean;
  revealVotes: boolean;
  clearVoting: boolean;
}

export function finalAccess(view: WorkshopState, actor: Actor | null, finalId: string): FinalAccess {
  return {
    write: allows(view, actor, {
      name: 'final.setText',
      args: { finalId, actionId: null, field: 'commitment', text: '', baseRev: 0 },
    }),
    openVoting: allows(view, actor, { name: 'final.openVoting', args: { finalId, dots: 1 } }),
    revealVotes: allows(view, actor, { name: 'final.revealVotes', args: { finalId } }),
    clearVoting: allows(view, actor, { name: 'final.clearVoting', args: { finalId } }),
  };
}

/** The viewer's dots on an action while a vote is open, and whether they may add or take one; null when they cannot vote. */
export function voteControls(view: WorkshopState, actor: Actor | null, finalId: string, matrix: FinalMatrix, actionId: string) {
  if (!actor?.memberId || !matrix.voting || matrix.voting.revealed) return null;
  const mine = own(own(matrix.ballots, actor.memberId) ?? {}, actionId) ?? 0;
  const vote = (dots: number) => allows(view, actor, { name: 'final.vote', args: { finalId, actionId, dots } });
  if (!vote(mine)) return null;
  return { mine, canAdd: vote(mine + 1), canRemove: mine > 0 && vote(mine - 1) };
}
