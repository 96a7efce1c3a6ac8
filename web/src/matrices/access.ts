import { own } from '../../../shared/domain/decision';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { workingMatrixOutlines } from '../../../shared/domain/working-matrices';
import { allows, isLockedOut } from '../lib/allows';
import { isUnconfirmed } from '../sync/pending';

export interface MatrixAccess {
  /** May the viewer write in their own matrices now? */
  editable: boolean;
  /** A participant whose input the facilitator locked: the phase says so once, at the top. */
  locked: boolean;
  /** Facilitation and rapporteur: they follow everyone's progress. */
  lead: boolean;
}

/** Who may write in their working matrices, asked of the domain's own rules (lib/allows.ts). */
export function matrixAccess(state: WorkshopState, actor: Actor | null, canSend: boolean): MatrixAccess {
  const lead = actor?.role === 'facilitator' || actor?.role === 'rapporteur';
  const first = workingMatrixOutlines(state.template)[0];
  const editable =
    first !== undefined && allows(state, actor, { name: 'matrix.set', args: { matrixId: first.id, field: 'notes', text: '' } });
  return { editable: editable && canSend, locked: isLockedOut(state, actor, 'working-matrix'), lead };
}

/** The viewer's own matrix differs from what the server confirmed: a change of theirs is on its way. */
export function isMatrixPending(view: WorkshopState, confirmed: WorkshopState | null, memberId: string, matrixId: string): boolean {
  if (!confirmed) return false;
  const shown = own(view.workingMatrices, memberId) ?? {};
  return isUnconfirmed(shown, own(confirmed.workingMatrices, memberId) ?? {}, matrixId);
}
