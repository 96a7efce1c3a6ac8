import { z } from 'zod';
import { LIMITS } from '../../shared/domain/constants.js';
import { text } from '../../shared/domain/fields.js';
import type { Actor } from '../../shared/domain/state.js';
import { MesaError } from '../errors.js';
import type { Room } from '../rooms/room.js';
import type { AppContext } from './context.js';
import { type CreatedWorkshop, createWorkshop } from './create-workshop.js';

export const addGroupInput = z.strictObject({
  name: text(LIMITS.groupName),
  templateId: z.string().min(1).max(64),
});

/**
 * The plenary facilitator adds a group to the workshop: a room of its own, on its own guide,
 * with its own facilitator, rapporteur and join code; the plenary records it.
 */
export async function addGroup(
  ctx: AppContext,
  plenary: Room,
  actor: Actor,
  input: z.output<typeof addGroupInput>,
): Promise<CreatedWorkshop> {
  if (actor.role !== 'facilitator') throw new MesaError('forbidden');
  const state = plenary.state;
  if (state.kind !== 'plenary') throw new MesaError('not_a_plenary');
  if (state.plenary.groupOrder.length >= LIMITS.groupsPerWorkshop) throw new MesaError('limit_reached', { max: LIMITS.groupsPerWorkshop });
  const title = `${state.title} — ${input.name}`.slice(0, LIMITS.workshopTitle);
  const created = await createWorkshop(
    ctx,
    { templateId: input.templateId, title, language: state.language, kind: 'group' },
    { plenaryId: plenary.workshopId, groupName: input.name },
  );
  await plenary.appendSystem([
    {
      type: 'plenary.groupAdded',
      data: { groupId: created.id, name: input.name, templateId: input.templateId },
      actorId: actor.memberId,
      clientId: null,
      mutationId: null,
      at: Date.now(),
    },
  ]);
  return created;
}
