import { describe, expect, it } from 'vitest';
import { ids, workshopState } from '../../../shared/domain/fixtures.test-util';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { EMPTY_MATRIX, workingMatrixOutlines } from '../../../shared/domain/working-matrices';
import { isMatrixPending, matrixAccess } from './access';
import { actionTextToStore, matrixName, shownActionText } from './outline';
import { percent, progressRows } from './progress';
import { matrixSender } from './send';

const ana: Actor = { role: 'participant', memberId: ids.ana };
const withMatrix = (state: WorkshopState, memberId: string, matrixId: string, changes: Partial<typeof EMPTY_MATRIX>): WorkshopState => ({
  ...state,
  workingMatrices: {
    ...state.workingMatrices,
    [memberId]: { ...state.workingMatrices[memberId], [matrixId]: { ...EMPTY_MATRIX, ...changes } },
  },
});

describe('outline helpers', () => {
  const [m1] = workingMatrixOutlines(workshopState().template);
  if (!m1) throw new Error('no matrix');

  it('name a matrix by its number', () => {
    expect(matrixName(m1, 'es')).toBe('4.1');
    expect(matrixName({ ...m1, number: '' }, 'en')).toBe(m1.objective.en);
  });

  it('show the member’s wording of an action, else the guide’s', () => {
    expect(shownActionText(m1.actions[0]?.text, '', 'en')).toBe('Prevention actions');
    expect(shownActionText(m1.actions[0]?.text, 'Prevención temprana', 'en')).toBe('Prevención temprana');
    expect(shownActionText(undefined, '', 'es')).toBe('');
  });

  it('store the guide’s wording typed again as "", so the action follows the guide', () => {
    expect(actionTextToStore(' Acciones de prevención ', 'Acciones de prevención')).toBe('');
    expect(actionTextToStore('Prevención temprana ', 'Acciones de prevención')).toBe('Prevención temprana');
  });
});

describe('matrixAccess', () => {
  it('lets a participant write unless the phase is locked, and never the projector', () => {
    const state = workshopState();
    expect(matrixAccess(state, ana, true)).toEqual({ editable: true, locked: false, lead: false });
    expect(matrixAccess(state, ana, false).editable).toBe(false);
    expect(matrixAccess(state, null, true)).toEqual({ editable: false, locked: false, lead: false });
    const locked = { ...state, locks: { 'working-matrix': true as const } };
    expect(matrixAccess(locked, ana, true)).toEqual({ editable: false, locked: true, lead: false });
    expect(matrixAccess(locked, { role: 'facilitator', memberId: ids.facilitator }, true)).toEqual({
      editable: true,
      locked: false,
      lead: true,
    });
  });

  it('knows when the viewer’s matrix holds a change the server has not confirmed', () => {
    const confirmed = workshopState();
    expect(isMatrixPending(confirmed, confirmed, ids.ana, 'wm-4-1')).toBe(false);
    const view = withMatrix(confirmed, ids.ana, 'wm-4-1', { notes: 'x' });
    expect(isMatrixPending(view, confirmed, ids.ana, 'wm-4-1')).toBe(true);
    expect(isMatrixPending(view, confirmed, ids.ana, 'wm-4-2')).toBe(false);
    expect(isMatrixPending(view, view, ids.ana, 'wm-4-1')).toBe(false);
  });
});

describe('progressRows', () => {
  it('lists participants only, in the room’s order, with each matrix’s progress and their last change', () => {
    let state = workshopState();
    state = withMatrix(state, ids.ben, 'wm-4-2', { commitment: 'x', proposals: [{ id: 'p', text: 'y', comment: '' }], updatedAt: 42 });
    const outlines = workingMatrixOutlines(state.template);
    const rows = progressRows(state, outlines);
    expect(rows.map((r) => r.memberId)).toEqual([ids.ana, ids.ben]);
    expect(rows[0]?.updatedAt).toBe(0);
    expect(rows[1]?.cells).toEqual([
      { matrixId: 'wm-4-1', filled: 0, total: 7, proposals: 0 },
      { matrixId: 'wm-4-2', filled: 1, total: 7, proposals: 1 },
    ]);
    expect(rows[1]?.updatedAt).toBe(42);
  });

  it('turns progress into a bar width', () => {
    expect(percent(3, 7)).toBe(43);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('matrixSender', () => {
  it('sends each change as its matrix mutation', () => {
    const sent: Array<[string, unknown]> = [];
    const send = matrixSender((name, args) => {
      sent.push([name, args]);
      return true;
    }, 'wm-4-1');
    send.set('notes', 'n');
    send.setAction(2, { comment: 'c' });
    send.propose('id-1', 'p');
    send.editProposal('id-1', { text: 't' });
    send.removeProposal('id-1');
    expect(sent).toEqual([
      ['matrix.set', { matrixId: 'wm-4-1', field: 'notes', text: 'n' }],
      ['matrix.setAction', { matrixId: 'wm-4-1', slot: 2, comment: 'c' }],
      ['matrix.propose', { matrixId: 'wm-4-1', id: 'id-1', text: 'p' }],
      ['matrix.editProposal', { matrixId: 'wm-4-1', id: 'id-1', text: 't' }],
      ['matrix.removeProposal', { matrixId: 'wm-4-1', id: 'id-1' }],
    ]);
  });
});
