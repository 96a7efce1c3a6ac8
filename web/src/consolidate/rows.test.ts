import { describe, expect, it } from 'vitest';
import { as, F, ids, run, uuid, WM, workshopState } from './fixtures.test-util';
import { buildRows, writersOf } from './rows';

const ana = as(ids.ana);
const ben = as(ids.ben);

describe('buildRows', () => {
  it('lays out each feeding matrix row by row: commitment, actions 1..N, proposals, notes', () => {
    const [m, ...rest] = buildRows(workshopState(), F);
    expect(rest).toEqual([]);
    expect(m?.outline.id).toBe(WM);
    expect(m?.rows.map((r) => r.key)).toEqual([
      'commitment',
      'action-1',
      'action-2',
      'action-3',
      'action-4',
      'action-5',
      'proposals',
      'notes',
    ]);
    expect(m?.rows.every((r) => r.cards.length === 0)).toBe(true);
    // 4.2 feeds the other final matrix, and has open slots without a guide text.
    const open = buildRows(workshopState(), 'migration-solutions')[0]?.rows.find((r) => r.key === 'action-4');
    expect(open).toMatchObject({ slot: 4, cards: [] });
    expect(open?.guide).toBeUndefined();
  });

  it('gives a card per member who wrote in a row, in the room’s order, with each of their texts', () => {
    let s = run(workshopState(), ben, 'matrix.set', { matrixId: WM, field: 'commitment', text: 'Proteger' });
    s = run(s, ana, 'matrix.set', { matrixId: WM, field: 'commitment', text: 'Atender' });
    s = run(s, ana, 'matrix.setAction', { matrixId: WM, slot: 2, text: 'Protocolos regionales', comment: 'Con la niñez' });
    s = run(s, ben, 'matrix.propose', { matrixId: WM, id: uuid(1), text: 'Red de albergues' });
    s = run(s, ben, 'matrix.editProposal', { matrixId: WM, id: uuid(1), comment: 'Financiada' });
    s = run(s, ben, 'matrix.set', { matrixId: WM, field: 'notes', text: 'Ver PESTLE' });
    const rows = new Map(buildRows(s, F)[0]?.rows.map((r) => [r.key, r.cards]));
    expect(rows.get('commitment')).toEqual([
      { memberId: ids.ana, parts: [{ part: { field: 'commitment' }, text: 'Atender' }] },
      { memberId: ids.ben, parts: [{ part: { field: 'commitment' }, text: 'Proteger' }] },
    ]);
    expect(rows.get('action-2')).toEqual([
      {
        memberId: ids.ana,
        parts: [
          { part: { field: 'action', slot: 2 }, text: 'Protocolos regionales' },
          { part: { field: 'comment', slot: 2 }, text: 'Con la niñez' },
        ],
      },
    ]);
    expect(rows.get('proposals')?.[0]?.parts).toEqual([
      { part: { field: 'proposal', proposalId: uuid(1) }, text: 'Red de albergues', n: 1 },
      { part: { field: 'proposalComment', proposalId: uuid(1) }, text: 'Financiada', n: 1 },
    ]);
    expect(rows.get('notes')?.map((c) => c.memberId)).toEqual([ids.ben]);
    expect(rows.get('action-1')).toEqual([]);
  });

  it('leaves out the guide’s own words: a kept action shows only its comment', () => {
    const guide = workshopState().template.matrices.prefills[0]?.actions[0]?.text?.es ?? '';
    let s = run(workshopState(), ana, 'matrix.setAction', { matrixId: WM, slot: 1, text: ` ${guide} `, comment: 'Sí' });
    s = run(s, ben, 'matrix.setAction', { matrixId: WM, slot: 1, text: '', comment: '   ' });
    const row = buildRows(s, F)[0]?.rows.find((r) => r.key === 'action-1');
    expect(row?.guide?.es).toBe(guide);
    expect(row?.cards).toEqual([{ memberId: ids.ana, parts: [{ part: { field: 'comment', slot: 1 }, text: 'Sí' }] }]);
  });

  it('narrows to the members a filter keeps, and lists the writers', () => {
    let s = run(workshopState(), ana, 'matrix.set', { matrixId: WM, field: 'notes', text: 'Nota' });
    s = run(s, ben, 'matrix.set', { matrixId: 'wm-4-2', field: 'notes', text: 'Otra matriz' });
    expect(buildRows(s, F, (id) => id !== ids.ana)[0]?.rows.every((r) => r.cards.length === 0)).toBe(true);
    expect(writersOf(s, F)).toEqual([ids.ana]);
    expect(writersOf(s, 'migration-solutions')).toEqual([ids.ben]);
  });
});
