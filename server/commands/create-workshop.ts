import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LANGUAGES, LIMITS } from '../../shared/domain/constants.js';
import { ROOM_KINDS } from '../../shared/domain/plenary.js';
import type { NewEvent } from '../../shared/domain/events.js';
import { text } from '../../shared/domain/fields.js';
import { hashToken, newJoinCode, newToken } from '../auth/tokens.js';
import { MesaError } from '../errors.js';
import { DuplicateMutationError } from '../store/event-store.js';
import type { AppContext } from './context.js';

export const createWorkshopInput = z.strictObject({
  templateId: z.string().min(1).max(64),
  title: text(LIMITS.workshopTitle),
  language: z.enum(LANGUAGES).default('es'),
  /** "plenary": a workshop with groups, which the plenary facilitator then adds. */
  kind: z.enum(ROOM_KINDS).default('group'),
});
export type CreateWorkshopInput = z.input<typeof createWorkshopInput>;

export interface CreatedWorkshop {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  rapporteurToken: string;
  projectorToken: string;
}

/**
 * Creates a workshop from a template: the workshop.created event carries a copy of the
 * template, and the facilitator and rapporteur get their seats and secret links.
 */
/** A group created inside a workshop: its plenary, and its name there. */
export interface GroupOf {
  plenaryId: string;
  groupName: string;
}

export async function createWorkshop(
  ctx: AppContext,
  input: z.output<typeof createWorkshopInput>,
  group?: GroupOf,
): Promise<CreatedWorkshop> {
  const template = ctx.templates.get(input.templateId);
  if (!template) throw new MesaError('unknown_template');
  const firstPhase = template.phases[0];
  if (!firstPhase) throw new MesaError('unknown_template');
  const id = randomUUID();
  const now = Date.now();
  const facilitatorId = `fac-${randomUUID().slice(0, 8)}`;
  const rapporteurId = `rap-${randomUUID().slice(0, 8)}`;
  const facilitatorToken = newToken();
  const rapporteurToken = newToken();
  const projectorToken = newToken();
  const system = { actorId: null, clientId: null, mutationId: null, at: now };
  const events: NewEvent[] = [
    {
      ...system,
      type: 'workshop.created',
      data: {
        id,
        title: input.title,
        language: input.language,
        templateId: template.id,
        template,
        firstPhaseId: firstPhase.id,
        ...(input.kind === 'plenary' ? { kind: 'plenary' as const } : {}),
        ...(group ?? {}),
      },
    },
    {
      ...system,
      type: 'member.joined',
      data: { id: facilitatorId, role: 'facilitator', name: '', institution: '', country: '', sector: '' },
    },
    {
      ...system,
      type: 'member.joined',
      data: { id: rapporteurId, role: 'rapporteur', name: '', institution: '', country: '', sector: '' },
    },
  ];
  const tokens = [
    { hash: hashToken(facilitatorToken), workshopId: id, role: 'facilitator' as const, memberId: facilitatorId },
    { hash: hashToken(rapporteurToken), workshopId: id, role: 'rapporteur' as const, memberId: rapporteurId },
    { hash: hashToken(projectorToken), workshopId: id, role: 'observer' as const, memberId: null },
  ];
  // A join code collision is astronomically rare but cheap to survive.
  for (let attempt = 0; ; attempt++) {
    const joinCode = newJoinCode();
    try {
      await ctx.store.createWorkshop({ id, joinCode, title: input.title, templateId: template.id, createdAt: now }, events, tokens);
      return { id, joinCode, facilitatorToken, rapporteurToken, projectorToken };
    } catch (error) {
      const collided = !(error instanceof DuplicateMutationError) && String(error).includes('join_code');
      if (!collided || attempt >= 5) throw error;
    }
  }
}
