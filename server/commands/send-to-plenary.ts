import { presentFinals } from '../../shared/domain/plenary.js';
import type { Actor } from '../../shared/domain/state.js';
import { MesaError } from '../errors.js';
import type { Room } from '../rooms/room.js';
import type { AppContext } from './context.js';

/**
 * A group's facilitator or rapporteur sends its final matrices to the plenary: the plenary's log
 * gets a copy of them as they stand (sent again, the newer copy replaces it), and the group's
 * log records that it sent them. The plenary is written first: a crash in between leaves the
 * group thinking it has not sent yet, and sending again is harmless.
 */
export async function sendToPlenary(ctx: AppContext, group: Room, actor: Actor): Promise<{ version: number; plenaryId: string }> {
  if (actor.role !== 'facilitator' && actor.role !== 'rapporteur') throw new MesaError('forbidden');
  const state = group.state;
  if (state.plenaryId === null) throw new MesaError('no_plenary');
  const plenary = await ctx.rooms.get(state.plenaryId);
  if (plenary?.state.kind !== 'plenary') throw new MesaError('no_plenary');
  const at = Date.now();
  const system = { clientId: null, mutationId: null, at };
  await plenary.appendSystem([
    { ...system, type: 'plenary.received', data: { groupId: group.workshopId, matrices: presentFinals(state) }, actorId: null },
  ]);
  const version = state.finalSentVersion + 1;
  await group.appendSystem([{ ...system, type: 'final.sent', data: { version }, actorId: actor.memberId }]);
  return { version, plenaryId: state.plenaryId };
}
