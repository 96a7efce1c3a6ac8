import group4 from '../../templates/crm-group4.json';
import { parseTemplate, type Template } from '../template/schema.js';
import type { NewEvent } from './events.js';
import { decide, parseMutation } from './mutations.js';
import { presentFinals } from './plenary.js';
import { apply, fold } from './reducer.js';
import type { Actor, WorkshopState } from './state.js';

/** Test factories: a workshop from the group 4 template with a facilitator, a rapporteur and two participants. */
export function group4Template(): Template {
  const parsed = parseTemplate(group4);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.template;
}

export const ids = { facilitator: 'fac', rapporteur: 'rap', ana: 'p-ana', ben: 'p-ben' } as const;

export function sysEvent<E extends NewEvent>(event: Pick<E, 'type' | 'data'> & Partial<NewEvent>): NewEvent {
  return { actorId: null, clientId: null, mutationId: null, at: 1_000, ...event } as NewEvent;
}

export function workshopState(): WorkshopState {
  const member = (id: string, role: 'facilitator' | 'rapporteur' | 'participant', name: string) =>
    sysEvent({ type: 'member.joined', data: { id, role, name, institution: 'X', country: 'Costa Rica', sector: 'migration' } });
  const state = fold([
    sysEvent({
      type: 'workshop.created',
      data: {
        id: 'w1',
        title: 'Taller',
        language: 'es',
        templateId: 'crm-group4',
        template: group4Template(),
        firstPhaseId: 'preliminary',
      },
    }),
    member(ids.facilitator, 'facilitator', ''),
    member(ids.rapporteur, 'rapporteur', ''),
    member(ids.ana, 'participant', 'Ana'),
    member(ids.ben, 'participant', 'Ben'),
  ]);
  if (!state) throw new Error('no state');
  return state;
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Runs a mutation through parse, decide and apply, as the server does: the new state, or the refusal's code. */
export function runMutation(state: WorkshopState, actor: Actor, name: string, args: unknown, at = 9): WorkshopState | string {
  const parsed = parseMutation(name, args);
  if (!parsed.ok) return parsed.code;
  const decided = decide(state, actor, parsed.mutation);
  if (!decided.ok) return decided.code;
  return apply(state, { type: decided.type, data: decided.data, actorId: actor.memberId, clientId: 'c', mutationId: 1, at } as NewEvent);
}

/** The state a runMutation produced; fails the test with the code when it was refused. */
export function accepted(result: WorkshopState | string): WorkshopState {
  if (typeof result === 'string') throw new Error(`refused: ${result}`);
  return result;
}

/** The group whose result `plenaryState` received. */
export const PLENARY_GROUP = 'group-4';

/**
 * A plenary (seated like `workshopState`) that received group 4's final matrices: action a1 of
 * care-prevention written, with a scheme.
 */
export function plenaryState(): WorkshopState {
  const rap: Actor = { role: 'rapporteur', memberId: ids.rapporteur };
  let group = accepted(
    runMutation(workshopState(), rap, 'final.setText', {
      finalId: 'care-prevention',
      actionId: 'a1',
      field: 'text',
      text: 'Protocolo',
      baseRev: 0,
    }),
  );
  group = accepted(
    runMutation(group, rap, 'final.setScheme', { finalId: 'care-prevention', actionId: 'a1', scope: ['regional'], timeframe: 'short' }),
  );
  const seated = workshopState();
  const created = fold([
    sysEvent({
      type: 'workshop.created',
      data: {
        id: 'p1',
        title: 'Plenaria',
        language: 'es',
        templateId: 'crm-group4',
        template: group4Template(),
        firstPhaseId: 'preliminary',
        kind: 'plenary',
      },
    }),
  ]) as WorkshopState;
  return [
    sysEvent({ type: 'plenary.groupAdded', data: { groupId: PLENARY_GROUP, name: 'Grupo 4', templateId: 'crm-group4' } }),
    sysEvent({ type: 'plenary.received', data: { groupId: PLENARY_GROUP, matrices: presentFinals(group) } }),
  ].reduce((s, e) => apply(s, e), { ...created, members: seated.members, memberOrder: seated.memberOrder });
}
