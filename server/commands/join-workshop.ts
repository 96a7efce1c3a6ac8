import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../shared/domain/constants.js';
import { sector, text } from '../../shared/domain/fields.js';
import { hashToken, newToken, normalizeJoinCode } from '../auth/tokens.js';
import { MesaError } from '../errors.js';
import type { Actor, Member } from '../../shared/domain/state.js';
import type { Room } from '../rooms/room.js';
import type { AppContext } from './context.js';

export const joinInput = z.strictObject({
  joinCode: z.string().min(1).max(32),
  name: text(LIMITS.participantName),
  institution: text(LIMITS.institution),
  country: text(LIMITS.country),
  sector,
});

export interface Seat {
  workshopId: string;
  memberId: string;
  participantToken: string;
}

/** A seat in the joined room and, for a group of a workshop with a plenary, one in the plenary too. */
export interface Joined extends Seat {
  plenary?: Seat;
}

/** Who takes a seat; the group's leads may not have told their sector. */
type Profile = Omit<z.output<typeof joinInput>, 'joinCode' | 'sector'> & { sector: Member['sector'] };

/**
 * A participant takes a seat: a member.joined event and their token, in one transaction. Joining
 * a group of a workshop also seats them in its plenary, where the whole workshop meets at the end.
 */
export async function joinWorkshop(ctx: AppContext, input: z.output<typeof joinInput>): Promise<Joined> {
  const workshop = await ctx.store.findWorkshopByJoinCode(normalizeJoinCode(input.joinCode));
  if (!workshop) throw new MesaError('join_code_not_found');
  const room = await ctx.rooms.get(workshop.id);
  if (!room) throw new MesaError('workshop_not_found');
  const { joinCode: _code, ...profile } = input;
  const seat = await takeSeat(room, profile);
  const plenary = room.state.plenaryId === null ? null : await ctx.rooms.get(room.state.plenaryId);
  return plenary ? { ...seat, plenary: await takeSeat(plenary, profile) } : seat;
}

/**
 * A seat in the plenary for a member of one of its groups who has none in this browser (the
 * group's facilitator and rapporteur, whose links were made for the group; anyone whose browser
 * lost the plenary's token): the same name, institution, country and sector. Each call takes a
 * new seat; the browser keeps the token, so it asks once.
 */
export async function plenarySeat(ctx: AppContext, group: Room, actor: Actor): Promise<Seat> {
  const plenaryId = group.state.plenaryId;
  const plenary = plenaryId === null ? null : await ctx.rooms.get(plenaryId);
  if (plenary?.state.kind !== 'plenary') throw new MesaError('no_plenary');
  const member = actor.memberId === null ? undefined : group.state.members[actor.memberId];
  if (!member) throw new MesaError('forbidden');
  const { name, institution, country, sector } = member;
  return takeSeat(plenary, { name, institution: institution || group.state.groupName, country, sector });
}

async function takeSeat(room: Room, profile: Profile): Promise<Seat> {
  if (room.state.memberOrder.length >= LIMITS.participantsPerWorkshop) {
    throw new MesaError('limit_reached', { max: LIMITS.participantsPerWorkshop });
  }
  const memberId = `p-${randomUUID()}`;
  const token = newToken();
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
    [{ hash: hashToken(token), workshopId: room.workshopId, role: 'participant', memberId }],
  );
  return { workshopId: room.workshopId, memberId, participantToken: token };
}
