import { describe, expect, it } from 'vitest';
import type { NewEvent } from './events.js';
import { ids, sysEvent, uuid, workshopState } from './fixtures.test-util.js';
import { apply, fold } from './reducer.js';
import { type PhaseTimer, timerRemainingMs } from './state.js';

describe('reducer', () => {
  it('builds a workshop from its created event with the template copied in', () => {
    const state = workshopState();
    expect(state.currentPhaseId).toBe('preliminary');
    expect(state.template.id).toBe('crm-group4');
    expect(state.memberOrder).toEqual([ids.facilitator, ids.rapporteur, ids.ana, ids.ben]);
    expect(state.pestle).toEqual({ mode: 'open', items: {}, order: [], clusters: {}, clusterOrder: [], voting: null, ballots: {} });
  });

  it('adds, edits and removes PESTLE items, keeping order and authorship', () => {
    let s = workshopState();
    s = apply(s, {
      ...sysEvent({ type: 'pestle.added', data: { id: uuid(1), category: 'social', kind: 'challenge', text: 'a', attribution: 'name' } }),
      actorId: ids.ana,
      at: 5,
    });
    s = apply(s, {
      ...sysEvent({ type: 'pestle.added', data: { id: uuid(2), category: 'legal', kind: 'advance', text: 'b', attribution: 'name' } }),
      actorId: ids.ben,
    });
    expect(s.pestle.order).toEqual([uuid(1), uuid(2)]);
    expect(s.pestle.items[uuid(1)]).toMatchObject({ authorId: ids.ana, createdAt: 5, text: 'a' });
    s = apply(s, { ...sysEvent({ type: 'pestle.edited', data: { id: uuid(1), text: 'a2', category: 'economic' } }), at: 9 });
    expect(s.pestle.items[uuid(1)]).toMatchObject({ text: 'a2', category: 'economic', kind: 'challenge', authorId: ids.ana, updatedAt: 9 });
    s = apply(s, sysEvent({ type: 'pestle.removed', data: { id: uuid(2) } }));
    expect(s.pestle.order).toEqual([uuid(1)]);
    expect(s.pestle.items[uuid(2)]).toBeUndefined();
  });

  it('is pure: applying never mutates the previous state', () => {
    const before = workshopState();
    const snapshot = JSON.stringify(before);
    apply(
      before,
      sysEvent({ type: 'pestle.added', data: { id: uuid(1), category: 'social', kind: 'state', text: 'x', attribution: 'name' } }),
    );
    apply(before, sysEvent({ type: 'pestle.modeSet', data: { mode: 'facilitator' } }));
    apply(before, sysEvent({ type: 'phase.set', data: { phaseId: 'pestle' } }));
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('ignores events that no longer fit (edit or remove of a missing item, a repeated add), as a rebase needs', () => {
    const s = workshopState();
    expect(apply(s, sysEvent({ type: 'pestle.edited', data: { id: uuid(9), text: 'x' } }))).toBe(s);
    expect(apply(s, sysEvent({ type: 'pestle.removed', data: { id: uuid(9) } }))).toBe(s);
    const once = apply(
      s,
      sysEvent({ type: 'pestle.added', data: { id: uuid(1), category: 'social', kind: 'state', text: 'x', attribution: 'name' } }),
    );
    expect(
      apply(
        once,
        sysEvent({ type: 'pestle.added', data: { id: uuid(1), category: 'legal', kind: 'state', text: 'y', attribution: 'name' } }),
      ),
    ).toBe(once);
  });

  it('sets the mode and the current phase; nothing happens before the workshop exists', () => {
    let s = workshopState();
    s = apply(s, sysEvent({ type: 'pestle.modeSet', data: { mode: 'facilitator' } }));
    s = apply(s, sysEvent({ type: 'phase.set', data: { phaseId: 'pestle' } }));
    expect(s.pestle.mode).toBe('facilitator');
    expect(s.currentPhaseId).toBe('pestle');
    expect(fold([sysEvent({ type: 'phase.set', data: { phaseId: 'x' } })])).toBeNull();
  });

  it('a member joining twice updates the profile without a second roster line', () => {
    let s = workshopState();
    s = apply(
      s,
      sysEvent({
        type: 'member.joined',
        data: { id: ids.ana, role: 'participant', name: 'Ana M.', institution: 'Y', country: 'Panamá', sector: 'police' },
      }),
    );
    expect(s.memberOrder.filter((m) => m === ids.ana)).toHaveLength(1);
    expect(s.members[ids.ana]?.name).toBe('Ana M.');
  });
});

describe('the phase timer', () => {
  const at = (type: string, data: object, time: number) =>
    ({ type, data, actorId: ids.facilitator, clientId: null, mutationId: null, at: time }) as NewEvent;

  it('counts server time while running, stops on pause, grows on extend, and clears', () => {
    let s = apply(workshopState(), at('timer.started', { seconds: 600 }, 10_000));
    expect(s.timer).toEqual({ durationMs: 600_000, elapsedMs: 0, runningSince: 10_000 });
    expect(timerRemainingMs(s.timer as PhaseTimer, 70_000)).toBe(540_000);
    s = apply(s, at('timer.paused', {}, 70_000));
    expect(s.timer).toEqual({ durationMs: 600_000, elapsedMs: 60_000, runningSince: null });
    // Paused: the clock may move on, the remaining time does not.
    expect(timerRemainingMs(s.timer as PhaseTimer, 500_000)).toBe(540_000);
    s = apply(s, at('timer.extended', { seconds: 120 }, 80_000));
    s = apply(s, at('timer.resumed', {}, 100_000));
    expect(timerRemainingMs(s.timer as PhaseTimer, 160_000)).toBe(600_000);
    // Overrun shows as negative, so the room sees by how much.
    expect(timerRemainingMs(s.timer as PhaseTimer, 800_000)).toBe(-40_000);
    s = apply(s, at('timer.cleared', {}, 900_000));
    expect(s.timer).toBeNull();
  });

  it('ignores a pause of a paused timer and a resume of a running one (a rebase may replay them)', () => {
    const running = apply(workshopState(), at('timer.started', { seconds: 60 }, 0));
    expect(apply(running, at('timer.resumed', {}, 5))).toBe(running);
    const paused = apply(running, at('timer.paused', {}, 10));
    expect(apply(paused, at('timer.paused', {}, 20))).toBe(paused);
  });
});

describe('navigation', () => {
  it('starts free and records when the facilitator holds participants on the room phase', () => {
    const s = workshopState();
    expect(s.navigation).toBe('free');
    const event = {
      type: 'phase.navigationSet',
      data: { mode: 'follow' },
      actorId: ids.facilitator,
      clientId: null,
      mutationId: null,
      at: 2,
    } as NewEvent;
    expect(apply(s, event).navigation).toBe('follow');
  });
});
