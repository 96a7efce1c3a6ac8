import type { Mutate } from '../pestle/types';

export type MatrixField = 'commitment' | 'notes';
export type ActionChange = { text: string } | { comment: string };

/** The mutations of one matrix of the viewer's own; each is false when refused before sending. */
export interface MatrixSend {
  set(field: MatrixField, text: string): boolean;
  setAction(slot: number, change: ActionChange): boolean;
  propose(id: string, text: string): boolean;
  editProposal(id: string, change: ActionChange): boolean;
  removeProposal(id: string): boolean;
}

export function matrixSender(mutate: Mutate, matrixId: string): MatrixSend {
  return {
    set: (field, text) => mutate('matrix.set', { matrixId, field, text }),
    setAction: (slot, change) => mutate('matrix.setAction', { matrixId, slot, ...change }),
    propose: (id, text) => mutate('matrix.propose', { matrixId, id, text }),
    editProposal: (id, change) => mutate('matrix.editProposal', { matrixId, id, ...change }),
    removeProposal: (id) => mutate('matrix.removeProposal', { matrixId, id }),
  };
}
