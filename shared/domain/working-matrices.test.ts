import { describe, expect, it } from 'vitest';
import { accepted, group4Template, ids, runMutation, uuid, workshopState } from './fixtures.test-util.js';
import type { Actor } from './state.js';
import { matrixOf, matrixProgress, workingMatrixOutlines } from './working-matrices.js';
import workingGroup from '../../templates/working-group.json';
import { parseTemplate } from '../template/schema.js';

const ana: Actor = { role: 'participant', memberId: ids.ana };

describe('working matrices', () => {
  it('follow Annex I: 4.1 with its five actions and hints, 4.2 with three actions and two open slots', () => {
    const [m1, m2] = workingMatrixOutlines(group4Template());
    expect(m1?.number).toBe('4.1');
    expect(m1?.actions).toHaveLength(5);
    expect(m1?.actions[0]?.commentHints.length).toBe(2);
    expect(m2?.actions.map((a) => a.text !== undefined)).toEqual([true, true, true, false, false]);
  });

  it('give a guide without pre-fills one empty matrix per final matrix', () => {
    const parsed = parseTemplate(workingGroup);
    if (!parsed.ok) throw new Error(parsed.errors.join());
    expect(workingMatrixOutlines(parsed.template).map((m) => m.id)).toEqual(['group-final']);
  });

  it('are filled by their owner as they type, field by field, with proposals of further actions', () => {
    let s = accepted(
      runMutation(workshopState(), ana, 'matrix.set', { matrixId: 'wm-4-1', field: 'commitment', text: 'Protocolo regional común' }),
    );
    s = accepted(runMutation(s, ana, 'matrix.setAction', { matrixId: 'wm-4-1', slot: 2, comment: 'Incluir a la niñez' }));
    s = accepted(runMutation(s, ana, 'matrix.setAction', { matrixId: 'wm-4-1', slot: 2, text: 'Protocolos de atención' }));
    s = accepted(runMutation(s, ana, 'matrix.propose', { matrixId: 'wm-4-1', id: uuid(1), text: 'Red de albergues' }));
    s = accepted(runMutation(s, ana, 'matrix.editProposal', { matrixId: 'wm-4-1', id: uuid(1), comment: 'Con ACNUR' }));
    const m = matrixOf(s, ids.ana, 'wm-4-1');
    expect(m.actions['2']).toEqual({ text: 'Protocolos de atención', comment: 'Incluir a la niñez' });
    expect(m.proposals).toEqual([{ id: uuid(1), text: 'Red de albergues', comment: 'Con ACNUR' }]);
    expect(m.updatedAt).toBe(9);
    const outline = workingMatrixOutlines(s.template)[0];
    if (!outline) throw new Error('no outline');
    expect(matrixProgress(outline, m)).toEqual({ filled: 2, total: 7, proposals: 1 });
    expect(matrixOf(s, ids.ben, 'wm-4-1').commitment).toBe('');
  });

  it('refuse a matrix or slot the guide does not have, a missing proposal, and the projector', () => {
    const s = workshopState();
    expect(runMutation(s, ana, 'matrix.set', { matrixId: 'wm-9', field: 'notes', text: 'x' })).toBe('target_missing');
    expect(runMutation(s, ana, 'matrix.setAction', { matrixId: 'wm-4-2', slot: 6, comment: 'x' })).toBe('target_missing');
    expect(runMutation(s, ana, 'matrix.editProposal', { matrixId: 'wm-4-1', id: uuid(9), text: 'x' })).toBe('item_missing');
    expect(runMutation(s, ana, 'matrix.setAction', { matrixId: 'wm-4-1', slot: 1 })).toBe('invalid_args');
    expect(runMutation(s, ana, 'matrix.set', { matrixId: 'wm-4-1', field: 'objective', text: 'x' })).toBe('invalid_args');
    expect(runMutation(s, { role: 'observer', memberId: null }, 'matrix.set', { matrixId: 'wm-4-1', field: 'notes', text: 'x' })).toBe(
      'forbidden',
    );
  });
});
