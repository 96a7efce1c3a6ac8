import type { ActionScope, ActionTextField, LinkRef, TimeFrame } from '../../../shared/domain/final-matrix-model';
import type { Mutate } from '../pestle/types';

/** A cell of a final matrix: the commitment (no action) or a written field of an action. */
export type CellRef = { actionId: null; field: 'commitment' } | { actionId: string; field: ActionTextField };

/** The mutations of one final matrix; each is false when refused before sending (a toast says why). */
export function finalSender(mutate: Mutate, finalId: string) {
  return {
    setText: (cell: CellRef, text: string, baseRev: number) => mutate('final.setText', { finalId, ...cell, text, baseRev }),
    resolve: (cell: CellRef, text: string) => mutate('final.resolve', { finalId, ...cell, text }),
    addAction: (actionId: string) => mutate('final.addAction', { finalId, actionId }),
    removeAction: (actionId: string) => mutate('final.removeAction', { finalId, actionId }),
    moveAction: (actionId: string, index: number) => mutate('final.moveAction', { finalId, actionId, index }),
    setScope: (actionId: string, scope: ActionScope[]) => mutate('final.setScheme', { finalId, actionId, scope }),
    setTimeframe: (actionId: string, timeframe: TimeFrame | null) => mutate('final.setScheme', { finalId, actionId, timeframe }),
    link: (actionId: string | null, ref: LinkRef, linked: boolean) => mutate('final.link', { finalId, actionId, ref, linked }),
    openVoting: (dots: number) => mutate('final.openVoting', { finalId, dots }),
    revealVotes: () => mutate('final.revealVotes', { finalId }),
    clearVoting: () => mutate('final.clearVoting', { finalId }),
    vote: (actionId: string, dots: number) => mutate('final.vote', { finalId, actionId, dots }),
  };
}

export type FinalSend = ReturnType<typeof finalSender>;
