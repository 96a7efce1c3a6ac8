import { describe, expect, it } from 'vitest';
import { cellOf, finalIdOfWorking, finalOf, workingIdsOfFinal } from './final-matrices.js';
import { accepted, group4Template, ids, runMutation, uuid, workshopState } from './fixtures.test-util.js';
import type { Actor, WorkshopState } from './state.js';
import { viewState } from './views.js';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const rap: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
const ana: Actor = { role: 'participant', memberId: ids.ana };
const ben: Actor = { role: 'participant', memberId: ids.ben };
const F = 'care-prevention';
const action = (s: WorkshopState, id: string) => finalOf(s, F).actions[id];

describe('final matrices', () => {
  it('start as the guide’s format: two for group 4, five empty action slots each, fed by Annex I’s 4.1 and 4.2', () => {
    const s = workshopState();
    expect(s.template.matrices.final.required.map((r) => r.id)).toEqual(['care-prevention', 'migration-solutions']);
    expect(finalOf(s, F).actionOrder).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(finalIdOfWorking(group4Template(), 'wm-4-2')).toBe('migration-solutions');
    expect(workingIdsOfFinal(group4Template(), F)).toEqual(['wm-4-1']);
  });

  it('are shown empty to the room first, by the facilitator only', () => {
    expect(runMutation(workshopState(), rap, 'final.show', { shown: true })).toBe('forbidden');
    expect(accepted(runMutation(workshopState(), fac, 'final.show', { shown: true })).finalShown).toBe(true);
  });

  it('are written by the facilitator and the rapporteur, with the action scheme, reordered and grown', () => {
    let s = accepted(
      runMutation(workshopState(), rap, 'final.setText', { finalId: F, actionId: null, field: 'commitment', text: 'Atender', baseRev: 0 }),
    );
    s = accepted(
      runMutation(s, fac, 'final.setText', { finalId: F, actionId: 'a2', field: 'institutions', text: 'Migración, PANI', baseRev: 0 }),
    );
    s = accepted(
      runMutation(s, fac, 'final.setScheme', { finalId: F, actionId: 'a2', scope: ['national', 'regional'], timeframe: 'medium' }),
    );
    s = accepted(runMutation(s, fac, 'final.addAction', { finalId: F, actionId: uuid(1), text: 'Sexta acción' }));
    s = accepted(runMutation(s, fac, 'final.moveAction', { finalId: F, actionId: uuid(1), index: 0 }));
    s = accepted(runMutation(s, rap, 'final.removeAction', { finalId: F, actionId: 'a5' }));
    const m = finalOf(s, F);
    expect(m.commitment.text).toBe('Atender');
    expect(m.actionOrder).toEqual([uuid(1), 'a1', 'a2', 'a3', 'a4']);
    expect(m.actions.a2).toMatchObject({ scope: ['national', 'regional'], timeframe: 'medium' });
    expect(cellOf(m.actions.a2 as never, 'institutions').text).toBe('Migración, PANI');
    expect(runMutation(s, ana, 'final.setText', { finalId: F, actionId: 'a1', field: 'text', text: 'x', baseRev: 0 })).toBe('forbidden');
    expect(runMutation(s, fac, 'final.setText', { finalId: F, actionId: 'a1', field: 'commitment', text: 'x', baseRev: 0 })).toBe(
      'invalid_args',
    );
    expect(runMutation(s, fac, 'final.setText', { finalId: 'nope', actionId: null, field: 'commitment', text: 'x', baseRev: 0 })).toBe(
      'target_missing',
    );
    expect(runMutation(s, fac, 'final.moveAction', { finalId: F, actionId: 'a5', index: 0 })).toBe('item_missing');
  });

  it('never lose text when two people edit the same cell at once: both are kept until an editor chooses', () => {
    const cell = { finalId: F, actionId: 'a1', field: 'text' };
    // Both start from rev 0; the facilitator's write lands first.
    let s = accepted(runMutation(workshopState(), fac, 'final.setText', { ...cell, text: 'Protocolo regional', baseRev: 0 }));
    s = accepted(runMutation(s, rap, 'final.setText', { ...cell, text: 'Protocolo común de atención', baseRev: 0 }));
    let c = cellOf(action(s, 'a1') as never, 'text');
    expect(c.text).toBe('Protocolo regional');
    expect(c.alternatives[ids.rapporteur]?.text).toBe('Protocolo común de atención');
    // The facilitator going on typing on top of their own text is no conflict.
    s = accepted(runMutation(s, fac, 'final.setText', { ...cell, text: 'Protocolo regional único', baseRev: 0 }));
    c = cellOf(action(s, 'a1') as never, 'text');
    expect(c.text).toBe('Protocolo regional único');
    expect(Object.keys(c.alternatives)).toEqual([ids.rapporteur]);
    // An editor chooses (here a merge of both); the alternatives are settled.
    s = accepted(runMutation(s, rap, 'final.resolve', { ...cell, text: 'Protocolo regional común de atención' }));
    c = cellOf(action(s, 'a1') as never, 'text');
    expect(c).toMatchObject({ text: 'Protocolo regional común de atención', alternatives: {}, by: ids.rapporteur });
    // A write based on the current rev is a plain write again.
    s = accepted(runMutation(s, fac, 'final.setText', { ...cell, text: 'Final', baseRev: c.rev }));
    expect(cellOf(action(s, 'a1') as never, 'text')).toMatchObject({ text: 'Final', alternatives: {} });
  });

  it('take a participant’s words by promotion, keeping where they came from, as the attribution allows', () => {
    let s = accepted(runMutation(workshopState(), ana, 'matrix.setAction', { matrixId: 'wm-4-1', slot: 2, comment: 'Incluir a la niñez' }));
    s = accepted(runMutation(s, ben, 'matrix.propose', { matrixId: 'wm-4-1', id: uuid(7), text: 'Red de albergues' }));
    s = accepted(runMutation(s, fac, 'phase.setAttribution', { phaseId: 'working-matrix', mode: 'anonymous' }));
    s = accepted(
      runMutation(s, rap, 'final.promote', {
        finalId: F,
        source: { memberId: ids.ben, matrixId: 'wm-4-1', part: { field: 'proposal', proposalId: uuid(7) } },
        target: { kind: 'new', actionId: uuid(8) },
      }),
    );
    s = accepted(
      runMutation(s, fac, 'final.promote', {
        finalId: F,
        source: { memberId: ids.ana, matrixId: 'wm-4-1', part: { field: 'comment', slot: 2 } },
        target: { kind: 'action', actionId: uuid(8), mode: 'append' },
      }),
    );
    // A pre-filled action the participant kept reads as the guide's text.
    s = accepted(
      runMutation(s, fac, 'final.promote', {
        finalId: F,
        source: { memberId: ids.ana, matrixId: 'wm-4-1', part: { field: 'action', slot: 1 } },
        target: { kind: 'action', actionId: 'a1', mode: 'replace' },
      }),
    );
    const added = action(s, uuid(8));
    expect(cellOf(added as never, 'text').text).toBe('Red de albergues\nIncluir a la niñez');
    expect(added?.sources.map((x) => [x.authorId, x.attribution, x.part.field])).toEqual([
      [ids.ben, 'anonymous', 'proposal'],
      [ids.ana, 'anonymous', 'comment'],
    ]);
    expect(cellOf(action(s, 'a1') as never, 'text').text).toMatch(/\S/);
    // Those who consolidate see who; everyone else — the authors too — sees an anonymous source.
    expect(finalOf(viewState(s, rap), F).actions[uuid(8)]?.sources[0]?.authorId).toBe(ids.ben);
    expect(finalOf(viewState(s, ben), F).actions[uuid(8)]?.sources[0]?.authorId).toBe('');
    // Nothing written there: nothing to promote.
    expect(
      runMutation(s, fac, 'final.promote', {
        finalId: F,
        source: { memberId: ids.ben, matrixId: 'wm-4-1', part: { field: 'notes' } },
        target: { kind: 'commitment', mode: 'replace' },
      }),
    ).toBe('item_missing');
  });

  it('link elements to the PESTLE items, objectives, profiles and contributions they answer, which must exist', () => {
    let s = accepted(
      runMutation(workshopState(), ana, 'pestle.add', { id: uuid(3), category: 'social', kind: 'challenge', text: 'Pobreza' }),
    );
    s = accepted(runMutation(s, fac, 'final.link', { finalId: F, actionId: 'a1', ref: { kind: 'pestle', id: uuid(3) }, linked: true }));
    s = accepted(runMutation(s, fac, 'final.link', { finalId: F, actionId: null, ref: { kind: 'objective', id: 'A.a' }, linked: true }));
    s = accepted(runMutation(s, fac, 'final.link', { finalId: F, actionId: 'a1', ref: { kind: 'profile', id: 'lgbti' }, linked: true }));
    s = accepted(runMutation(s, fac, 'final.link', { finalId: F, actionId: 'a1', ref: { kind: 'pestle', id: uuid(3) }, linked: false }));
    expect(action(s, 'a1')?.links).toEqual([{ kind: 'profile', id: 'lgbti' }]);
    expect(finalOf(s, F).links).toEqual([{ kind: 'objective', id: 'A.a' }]);
    expect(runMutation(s, fac, 'final.link', { finalId: F, actionId: 'a1', ref: { kind: 'profile', id: 'nope' }, linked: true })).toBe(
      'target_missing',
    );
  });

  it('put candidate actions to a dot vote whose totals stay hidden until the reveal', () => {
    let s = accepted(
      runMutation(workshopState(), fac, 'final.setText', { finalId: F, actionId: 'a2', field: 'text', text: 'Capacitación', baseRev: 0 }),
    );
    s = accepted(runMutation(s, fac, 'final.openVoting', { finalId: F, dots: 3 }));
    // An empty slot is nothing to vote for.
    expect(runMutation(s, ana, 'final.vote', { finalId: F, actionId: 'a4', dots: 1 })).toBe('item_missing');
    s = accepted(runMutation(s, ana, 'final.vote', { finalId: F, actionId: 'a2', dots: 2 }));
    s = accepted(runMutation(s, ben, 'final.vote', { finalId: F, actionId: 'a2', dots: 1 }));
    s = accepted(runMutation(s, fac, 'final.setText', { finalId: F, actionId: 'a3', field: 'text', text: 'Red', baseRev: 0 }));
    expect(runMutation(s, ana, 'final.vote', { finalId: F, actionId: 'a3', dots: 2 })).toBe('dots_exhausted');
    expect(finalOf(viewState(s, fac), F).ballots).toEqual({});
    expect(finalOf(viewState(s, ana), F).ballots).toEqual({ [ids.ana]: { a2: 2 } });
    s = accepted(runMutation(s, fac, 'final.revealVotes', { finalId: F }));
    expect(finalOf(s, F).voting?.revealed).toEqual({ a2: 3 });
    expect(runMutation(s, ana, 'final.vote', { finalId: F, actionId: 'a3', dots: 1 })).toBe('voting_closed');
  });
});
