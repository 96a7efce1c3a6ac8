import { z } from 'zod';
import type { Actor } from '../../shared/domain/state.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { MesaError } from '../errors.js';
import type { Room } from '../rooms/room.js';
import type { AppContext } from './context.js';

export const issueLinkInput = z.strictObject({ role: z.enum(['rapporteur', 'projector']) });

/**
 * The facilitator mints a fresh secret for the projector or the rapporteur seat. Tokens are
 * stored hashed, so a lost link cannot be shown again, only replaced by a new one.
 */
export async function issueLink(ctx: AppContext, room: Room, actor: Actor, input: z.output<typeof issueLinkInput>): Promise<string> {
  if (actor.role !== 'facilitator') throw new MesaError('forbidden');
  const token = newToken();
  const memberId =
    input.role === 'rapporteur' ? (room.state.memberOrder.find((id) => room.state.members[id]?.role === 'rapporteur') ?? null) : null;
  if (input.role === 'rapporteur' && !memberId) throw new MesaError('not_found');
  await ctx.store.addToken({
    hash: hashToken(token),
    workshopId: room.workshopId,
    role: input.role === 'projector' ? 'observer' : 'rapporteur',
    memberId,
  });
  return token;
}
