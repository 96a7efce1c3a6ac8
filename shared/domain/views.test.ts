import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODES, PESTLE_CATEGORIES } from './constants.js';
import type { NewEvent } from './events.js';
import { ids, uuid, workshopState } from './fixtures.test-util.js';
import { decide, type MutationName, parseMutation } from './mutations.js';
import { apply } from './reducer.js';
import { stateHash } from './state-hash.js';
import type { Actor, WorkshopState } from './state.js';
import { eventFor, viewEvent, viewState } from './views.js';

const actors: Actor[] = [
  { role: 'facilitator', memberId: ids.facilitator },
  { role: 'rapporteur', memberId: ids.rapporteur },
  { role: 'participant', memberId: ids.ana },
  { role: 'participant', memberId: ids.ben },
  { role: 'observer', memberId: null },
];

/** A small deterministic generator (mulberry32), so a failure replays. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

/** Mutations of every kind that hides something, with ids from a small pool so they collide, edit and merge. */
function randomMutation(r: ReturnType<typeof rng>): [MutationName, unknown] {
  const id = () => uuid(1 + r.int(8));
  const options: Array<() => [MutationName, unknown]> = [
    () => ['pestle.add', { id: id(), category: r.pick(PESTLE_CATEGORIES), kind: 'state', text: `t${r.int(99)}` }],
    () => ['pestle.edit', { id: id(), text: `e${r.int(99)}` }],
    () => ['pestle.edit', { id: id(), impact: 1 + r.int(5) }],
    () => ['pestle.remove', { id: id() }],
    () => ['pestle.merge', { id: id(), intoId: id() }],
    () => ['pestle.openVoting', { dots: 1 + r.int(4) }],
    () => ['pestle.vote', { itemId: id(), dots: r.int(3) }],
    () => ['pestle.revealVotes', {}],
    () => ['pestle.clearVoting', {}],
    () => ['phase.setAttribution', { phaseId: r.pick(['pestle', 'objectives', 'questions']), mode: r.pick(ATTRIBUTION_MODES) }],
    () => ['contribution.add', { id: id(), target: 'objective', targetId: r.pick(['A.a', 'B.c']), text: `c${r.int(99)}` }],
    () => ['contribution.add', { id: id(), target: 'question', targetId: 'care.profiles.criteria', text: `q${r.int(99)}` }],
    () => ['contribution.edit', { id: id(), text: `ce${r.int(99)}` }],
    () => ['contribution.remove', { id: id() }],
    () => ['contribution.markKey', { id: id(), key: r.int(2) === 1 }],
    () => ['objective.rate', { objectiveId: r.pick(['A.a', 'B.c']), relevance: r.pick([1, 2, 3, null]) }],
    () => ['practice.add', { id: id(), themeId: 'care', country: 'Panamá', title: 'p' }],
    () => ['matrix.set', { matrixId: r.pick(['wm-4-1', 'wm-4-2']), field: 'commitment', text: `m${r.int(99)}` }],
    () => ['matrix.setAction', { matrixId: 'wm-4-1', slot: 1 + r.int(5), comment: `k${r.int(99)}` }],
    () => ['matrix.propose', { matrixId: 'wm-4-2', id: id(), text: `p${r.int(99)}` }],
    () => ['matrix.removeProposal', { matrixId: 'wm-4-2', id: id() }],
    () => ['phase.setAttribution', { phaseId: 'working-matrix', mode: r.pick(ATTRIBUTION_MODES) }],
    () => [
      'final.promote',
      {
        finalId: 'care-prevention',
        source: {
          memberId: r.pick([ids.ana, ids.ben]),
          matrixId: 'wm-4-1',
          part: r.pick([{ field: 'commitment' }, { field: 'action', slot: 1 }]),
        },
        target: r.pick([
          { kind: 'new', actionId: id() },
          { kind: 'action', actionId: 'a1', mode: 'append' },
        ]),
      },
    ],
    () => ['final.setText', { finalId: 'care-prevention', actionId: 'a1', field: 'text', text: `f${r.int(99)}`, baseRev: r.int(3) }],
    () => ['final.openVoting', { finalId: 'care-prevention', dots: 1 + r.int(4) }],
    () => ['final.vote', { finalId: 'care-prevention', actionId: r.pick(['a1', 'a2', id()]), dots: r.int(3) }],
    () => ['final.revealVotes', { finalId: 'care-prevention' }],
  ];
  return r.pick(options)();
}

describe('views: what each person may see', () => {
  it('shows working matrices to their owner and to those who consolidate, never to other participants', () => {
    const [fac, rap, ana, ben, projector] = actors as [Actor, Actor, Actor, Actor, Actor];
    const decided = decide(workshopState(), ana, {
      name: 'matrix.set',
      args: { matrixId: 'wm-4-1', field: 'commitment', text: 'Compromiso' },
    });
    if (!decided.ok) throw new Error(decided.code);
    const event = { type: decided.type, data: decided.data, actorId: ids.ana, clientId: 'a', mutationId: 1, at: 2 } as NewEvent;
    const s = apply(workshopState(), event);
    for (const lead of [fac, rap]) {
      expect(viewState(s, lead).workingMatrices[ids.ana]?.['wm-4-1']?.commitment).toBe('Compromiso');
      expect(viewEvent(event, lead).actorId).toBe(ids.ana);
    }
    for (const other of [ben, projector]) {
      expect(viewState(s, other).workingMatrices).toEqual({});
      expect(viewEvent(event, other).type).toBe('redacted');
    }
  });

  it('folding the events a viewer receives gives exactly the view of the state (every viewer, 20 random runs)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      let full = workshopState();
      const views = new Map(actors.map((a) => [a, viewState(full, a)]));
      for (let step = 0; step < 150; step++) {
        const actor = r.pick(actors);
        const [name, args] = randomMutation(r);
        const parsed = parseMutation(name, args);
        if (!parsed.ok) continue; // e.g. merging an item into itself
        const decided = decide(full, actor, parsed.mutation);
        if (!decided.ok) continue;
        const event = {
          type: decided.type,
          data: decided.data,
          actorId: actor.memberId,
          clientId: 'c',
          mutationId: step + 1,
          at: step,
        } as never;
        full = apply(full, event);
        for (const viewer of actors) {
          const folded = apply(views.get(viewer) as WorkshopState, viewEvent(event, viewer));
          views.set(viewer, folded);
          expect(stateHash(folded), `seed ${seed} step ${step} ${name} seen by ${viewer.memberId}`).toBe(
            stateHash(viewState(full, viewer)),
          );
        }
      }
    }
  });

  it('hides authors of anonymous contributions from everyone but the author, the facilitator included', () => {
    let s = workshopState();
    const ana = actors[2] as Actor;
    const fac = actors[0] as Actor;
    s = apply(s, {
      type: 'phase.attributionSet',
      data: { phaseId: 'pestle', mode: 'anonymous' },
      actorId: ids.facilitator,
      clientId: 'f',
      mutationId: 1,
      at: 1,
    });
    const decided = decide(s, ana, { name: 'pestle.add', args: { id: uuid(1), category: 'social', kind: 'state', text: 'x' } });
    if (!decided.ok) throw new Error(decided.code);
    const event = { type: decided.type, data: decided.data, actorId: ids.ana, clientId: 'a', mutationId: 1, at: 2 } as never;
    s = apply(s, event);
    expect(viewState(s, ana).pestle.items[uuid(1)]?.authorId).toBe(ids.ana);
    expect(viewState(s, fac).pestle.items[uuid(1)]?.authorId).toBe('');
    const others = eventFor(event, 'others') as { actorId: string | null; clientId: string | null };
    expect(others.actorId).toBeNull();
    expect(others.clientId).toBeNull();
    // The JSON sent to the facilitator does not carry the author anywhere.
    expect(JSON.stringify(viewState(s, fac).pestle)).not.toContain(ids.ana);
  });

  it('shows institution and country, not the name, under "institution" attribution', () => {
    let s = workshopState();
    const ana = actors[2] as Actor;
    s = apply(s, {
      type: 'phase.attributionSet',
      data: { phaseId: 'objectives', mode: 'institution' },
      actorId: ids.facilitator,
      clientId: null,
      mutationId: null,
      at: 1,
    });
    const decided = decide(s, ana, { name: 'contribution.add', args: { id: uuid(2), target: 'objective', targetId: 'A.a', text: 'y' } });
    if (!decided.ok) throw new Error(decided.code);
    s = apply(s, { type: decided.type, data: decided.data, actorId: ids.ana, clientId: 'a', mutationId: 1, at: 2 } as never);
    const seenByBen = viewState(s, actors[3] as Actor).contributions[uuid(2)];
    expect(seenByBen?.authorId).toBe('');
    expect(seenByBen?.byline).toEqual({ institution: 'X', country: 'Costa Rica' });
  });

  it('keeps votes secret until the reveal, then everyone gets the same totals', () => {
    let s = workshopState();
    const [fac, , ana, ben] = actors as [Actor, Actor, Actor, Actor];
    const run = (actor: Actor, name: MutationName, args: unknown) => {
      const parsed = parseMutation(name, args);
      if (!parsed.ok) throw new Error(parsed.code);
      const decided = decide(s, actor, parsed.mutation);
      if (!decided.ok) throw new Error(decided.code);
      const event = { type: decided.type, data: decided.data, actorId: actor.memberId, clientId: 'c', mutationId: 1, at: 1 } as never;
      s = apply(s, event);
      return event as { type: string };
    };
    run(fac, 'pestle.add', { id: uuid(1), category: 'social', kind: 'state', text: 'a' });
    run(fac, 'pestle.openVoting', { dots: 3 });
    const vote = run(ana, 'pestle.vote', { itemId: uuid(1), dots: 2 });
    expect((eventFor(vote as NewEvent, 'others') as { type: string }).type).toBe('redacted');
    expect(viewState(s, ben).pestle.ballots).toEqual({});
    expect(viewState(s, fac).pestle.ballots).toEqual({});
    expect(viewState(s, ana).pestle.ballots).toEqual({ [ids.ana]: { [uuid(1)]: 2 } });
    expect(() => run(ana, 'pestle.vote', { itemId: uuid(1), dots: 4 })).toThrow('dots_exhausted');
    run(fac, 'pestle.revealVotes', {});
    expect(viewState(s, ben).pestle.voting?.revealed).toEqual({ [uuid(1)]: 2 });
    expect(() => run(ben, 'pestle.vote', { itemId: uuid(1), dots: 1 })).toThrow('voting_closed');
  });
});
