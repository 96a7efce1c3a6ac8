import { describe, expect, it } from 'vitest';
import { LIMITS, ROLES, type Role } from './constants.js';
import type { NewEvent } from './events.js';
import { ids, PLENARY_GROUP, plenaryState, uuid, workshopState } from './fixtures.test-util.js';
import { decide, MUTATION_NAMES, type Mutation, parseMutation } from './mutations.js';
import { type By, ROLE_TABLE, rowPlan } from './role-table.test-util.js';
import { apply } from './reducer.js';
import type { Actor, WorkshopState } from './state.js';

const actors: Record<Role, Actor> = {
  facilitator: { role: 'facilitator', memberId: ids.facilitator },
  rapporteur: { role: 'rapporteur', memberId: ids.rapporteur },
  participant: { role: 'participant', memberId: ids.ana },
  observer: { role: 'observer', memberId: null },
};

function mutation(name: string, args: unknown): Mutation {
  const parsed = parseMutation(name, args);
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.mutation;
}

function withItem(state: WorkshopState, authorId: string, id = uuid(1)): WorkshopState {
  return apply(state, {
    type: 'pestle.added',
    data: { id, category: 'social', kind: 'state', text: 't', attribution: 'name' },
    actorId: authorId,
    clientId: null,
    mutationId: null,
    at: 1,
  });
}

describe('parseMutation', () => {
  it('accepts a valid add and cleans its text', () => {
    const parsed = parseMutation('pestle.add', { id: uuid(1), category: 'legal', kind: 'opportunity', text: '  Ley\u0000 nueva \n' });
    expect(parsed).toEqual({
      ok: true,
      mutation: { name: 'pestle.add', args: { id: uuid(1), category: 'legal', kind: 'opportunity', text: 'Ley nueva' } },
    });
  });

  it.each([
    ['unknown name', 'pestle.explode', {}, 'unknown_mutation'],
    ['missing args', 'pestle.add', undefined, 'invalid_args'],
    ['wrong type', 'pestle.add', { id: uuid(1), category: 'legal', kind: 'state', text: 42 }, 'invalid_args'],
    ['unknown category', 'pestle.add', { id: uuid(1), category: 'ecological', kind: 'state', text: 'x' }, 'invalid_args'],
    ['not a uuid', 'pestle.add', { id: 'abc', category: 'legal', kind: 'state', text: 'x' }, 'invalid_args'],
    ['empty text', 'pestle.add', { id: uuid(1), category: 'legal', kind: 'state', text: '   ' }, 'invalid_args'],
    ['extra key', 'pestle.add', { id: uuid(1), category: 'legal', kind: 'state', text: 'x', admin: true }, 'invalid_args'],
    ['edit with nothing to change', 'pestle.edit', { id: uuid(1) }, 'invalid_args'],
    ['bad mode', 'pestle.setMode', { mode: 'closed' }, 'invalid_args'],
  ])('refuses %s', (_, name, args, code) => {
    expect(parseMutation(name, args)).toMatchObject({ ok: false, code });
  });

  it('names the limit when a text is too long', () => {
    const parsed = parseMutation('pestle.add', { id: uuid(1), category: 'legal', kind: 'state', text: 'x'.repeat(LIMITS.pestleText + 1) });
    expect(parsed).toEqual({ ok: false, code: 'too_long', params: { field: 'text', max: LIMITS.pestleText } });
    expect(parseMutation('pestle.add', { id: uuid(1), category: 'legal', kind: 'state', text: 'x'.repeat(LIMITS.pestleText) }).ok).toBe(
      true,
    );
  });
});

/** The role table of docs/api.md: every mutation × role × phase lock. */
describe('decide: who may do what', () => {
  const seat = (role: Role, by: By): Actor =>
    by === 'facilitator' ? actors.facilitator : by === 'other' ? { role: 'participant', memberId: ids.ben } : actors[role];

  function run(state: WorkshopState, actor: Actor, step: { name: string; args: unknown }) {
    const decided = decide(state, actor, mutation(step.name, step.args));
    if (!decided.ok) return { state, decided };
    const event = { type: decided.type, data: decided.data, actorId: actor.memberId, clientId: null, mutationId: null, at: 2 } as NewEvent;
    return { state: apply(state, event), decided };
  }

  it.each(ROLE_TABLE)('%s by %s, %s → %s', (label, role, lock, expected) => {
    const actor = actors[role];
    const plan = rowPlan(label, lock, { item: uuid(1), fresh: uuid(2), self: actor.memberId, other: ids.ben, group: PLENARY_GROUP });
    let state = plan.room === 'plenary' ? plenaryState() : workshopState();
    for (const step of plan.steps) {
      const done = run(state, seat(role, step.by), step);
      if (!done.decided.ok) throw new Error(`setup ${step.name}: ${done.decided.code}`);
      state = done.state;
    }
    const { decided } = run(state, actor, plan.mutation);
    expect(decided.ok ? true : decided.code).toBe(expected);
  });

  it('covers every role and every mutation', () => {
    expect(new Set(ROLE_TABLE.map((r) => r[1]))).toEqual(new Set(ROLES));
    const names = ROLE_TABLE.map((r) => rowPlan(r[0], r[2], { item: 'a', fresh: 'b', self: null, other: 'c', group: 'g' }).mutation.name);
    expect(new Set(names)).toEqual(new Set(MUTATION_NAMES));
  });

  it('refuses what does not fit the state', () => {
    const fac = actors.facilitator;
    const s = withItem(workshopState(), ids.ana);
    expect(decide(s, fac, mutation('pestle.add', { id: uuid(1), category: 'social', kind: 'state', text: 'x' }))).toMatchObject({
      code: 'duplicate_id',
    });
    expect(decide(s, fac, mutation('pestle.edit', { id: uuid(7), text: 'x' }))).toMatchObject({ code: 'item_missing' });
    expect(decide(s, fac, mutation('pestle.remove', { id: uuid(7) }))).toMatchObject({ code: 'item_missing' });
    expect(decide(s, fac, mutation('phase.set', { phaseId: 'nowhere' }))).toMatchObject({ code: 'unknown_phase' });
  });

  it('caps the number of items on a board', () => {
    let s = workshopState();
    for (let i = 0; i < LIMITS.pestleItemsPerWorkshop; i++) s = withItem(s, ids.ana, uuid(1000 + i));
    expect(
      decide(s, actors.participant, mutation('pestle.add', { id: uuid(1), category: 'social', kind: 'state', text: 'x' })),
    ).toMatchObject({
      code: 'limit_reached',
    });
  });
});

describe('decide: the phase timer', () => {
  const fac = actors.facilitator;
  const run = (s: WorkshopState, name: string, args: unknown = {}) => {
    const decided = decide(s, fac, mutation(name, args));
    if (!decided.ok) return decided;
    return apply(s, {
      type: decided.type,
      data: decided.data,
      actorId: ids.facilitator,
      clientId: null,
      mutationId: null,
      at: 1,
    } as NewEvent);
  };

  it('refuses what does not fit the timer as it is, with a code that says why', () => {
    const none = workshopState();
    expect(decide(none, fac, mutation('timer.pause', {}))).toMatchObject({ code: 'timer_not_running' });
    expect(decide(none, fac, mutation('timer.extend', { seconds: 60 }))).toMatchObject({ code: 'timer_not_set' });
    expect(decide(none, fac, mutation('timer.clear', {}))).toMatchObject({ code: 'timer_not_set' });
    const running = run(none, 'timer.start', { seconds: 60 }) as WorkshopState;
    expect(decide(running, fac, mutation('timer.resume', {}))).toMatchObject({ code: 'timer_not_paused' });
    expect(decide(running, fac, mutation('timer.extend', { seconds: LIMITS.timerSeconds }))).toMatchObject({
      code: 'limit_reached',
      params: { max: LIMITS.timerSeconds },
    });
  });

  it.each([
    ['no seconds', 'timer.start', {}],
    ['zero seconds', 'timer.start', { seconds: 0 }],
    ['a fraction', 'timer.extend', { seconds: 1.5 }],
    ['over the limit', 'timer.start', { seconds: LIMITS.timerSeconds + 1 }],
    ['extra keys', 'timer.pause', { seconds: 1 }],
  ])('refuses a timer mutation with %s', (_, name, args) => {
    expect(parseMutation(name, args)).toMatchObject({ ok: false });
  });
});

describe('decide and apply: a member completes their roster line', () => {
  it('changes only the fields given, and refuses an unknown member or nothing to change', () => {
    const s = workshopState();
    const decided = decide(
      s,
      actors.participant,
      mutation('member.update', { id: ids.ana, functions: '  Jefa de la unidad de trata  ', country: 'Panamá' }),
    );
    if (!decided.ok) throw new Error(decided.code);
    const after = apply(s, {
      type: decided.type,
      data: decided.data,
      actorId: ids.ana,
      clientId: null,
      mutationId: null,
      at: 5,
    } as NewEvent);
    expect(after.members[ids.ana]).toMatchObject({
      name: 'Ana',
      institution: 'X',
      country: 'Panamá',
      functions: 'Jefa de la unidad de trata',
    });
    expect(decide(s, actors.facilitator, mutation('member.update', { id: 'nobody', name: 'X' }))).toMatchObject({ code: 'member_missing' });
    // Found by the fuzzer: ids that name Object.prototype's properties are no members either.
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(decide(s, actors.facilitator, mutation('member.update', { id, name: 'X' }))).toMatchObject({ code: 'member_missing' });
      const event = { type: 'member.updated', data: { id, name: 'X' }, actorId: null, clientId: null, mutationId: null, at: 1 } as NewEvent;
      expect(apply(s, event)).toBe(s);
    }
    expect(parseMutation('member.update', { id: ids.ana })).toMatchObject({ ok: false, code: 'invalid_args' });
    expect(parseMutation('member.update', { id: ids.ana, name: '   ' })).toMatchObject({ ok: false, code: 'invalid_args' });
    expect(parseMutation('member.update', { id: ids.ana, functions: 'x'.repeat(LIMITS.memberFunctions + 1) })).toMatchObject({
      code: 'too_long',
      params: { field: 'functions', max: LIMITS.memberFunctions },
    });
  });
});
