import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';
import type { WorkshopState } from '../../../shared/domain/state';
import type { CellRef, FinalSend } from './send';

/** What every part of one final matrix's editor needs. */
export interface EditorCtx {
  view: WorkshopState;
  finalId: string;
  matrix: FinalMatrix;
  /** The matrix's title in the UI language, for accessible names. */
  matrixName: string;
  send: FinalSend;
  me: string | null;
  /** A field tells whether it holds text not yet sent, so the matrix can say "saving". */
  report: (key: string, dirty: boolean) => void;
}

/** The focus key of a cell's field (pestle/refocus.ts): unique on the page. */
export const cellFocusKey = (finalId: string, cell: CellRef) => `final:${finalId}:${cell.actionId ?? ''}:${cell.field}`;

/** The props binding a FinalCellField to one cell of the matrix. */
export function cellBinding(ctx: EditorCtx, cell: CellRef) {
  const key = cellFocusKey(ctx.finalId, cell);
  return {
    focusKey: key,
    me: ctx.me,
    members: ctx.view.members,
    save: (text: string, baseRev: number) => ctx.send.setText(cell, text, baseRev),
    resolve: (text: string) => ctx.send.resolve(cell, text),
    onDirty: (dirty: boolean) => ctx.report(key, dirty),
  };
}
