import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../shared/domain/constants.js';
import { sector, text } from '../../shared/domain/fields.js';
import { hashToken, newToken, normalizeJoinCode } from '../auth/tokens.js';
import { MesaError } from '../errors.js';
import type { AppContext } from './context.js';

export const joinInput = z.strictObject({
  joinCode: z.string().min(1).max(32),
  name: text(LIMITS.participantName),
  institution: text(LIMITS.institution),
  country: text(LIMITS.country),
  sector,
});

export interface Joined {
  workshopId: string;
  memberId: string;
  participantToken: string;
}

/** A participant takes a seat: a member.joined event and their token, in one transaction. */
export async function joinWorkshop(ctx: AppContext, input: z.output<typeof joinInput>): Promise<Joined> {
  const workshop = await ctx.store.findWorkshopByJoinCode(normalizeJoinCode(input.joinCode));
  if (!workshop) throw new MesaError('join_code_not_found');
  const room = await ctx.rooms.get(workshop.id);
  if (!room) throw new MesaError('workshop_not_found');
  if (room.state.memberOrder.length >= LIMITS.participantsPerWorkshop) {
    throw new MesaError('limit_reached', { max: LIMITS.participantsPerWorkshop });
  }
  const memberId = `p-${randomUUID()}`;
  const token = newToken();
  const { joinCode: _code, ...profile } = input;
  await room.appendSystem(
    [
      {
        type: 'member.joined',
        data: { id: memberId, role: 'participant', ...profile },
        actorId: memberId,
        clientId: null,
        mutationId: null,
        at: Date.now(),
      },
    ],
    [{ hash: hashToken(token), workshopId: workshop.id, role: 'participant', memberId }],
  );
  return { workshopId: workshop.id, memberId, participantToken: token };
}
