import type { Actor } from '../../shared/domain/state.js';
import { hashToken } from '../auth/tokens.js';
import { MesaError } from '../errors.js';
import type { Room } from '../rooms/room.js';
import type { AppContext } from './context.js';

/**
 * Resolves a bearer token to the actor it stands for in one workshop. A token of another
 * workshop is refused like a wrong one, so tokens reveal nothing about other workshops.
 */
export async function authenticate(ctx: AppContext, workshopId: string, token: string | undefined): Promise<{ actor: Actor; room: Room }> {
  const room = await ctx.rooms.get(workshopId);
  if (!room) throw new MesaError('workshop_not_found');
  if (!token) throw new MesaError('unauthorized');
  const record = await ctx.store.findToken(hashToken(token));
  if (!record || record.workshopId !== workshopId) throw new MesaError('unauthorized');
  return { actor: { role: record.role, memberId: record.memberId }, room };
}
