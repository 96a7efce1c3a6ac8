import { parseMutation } from '../../shared/domain/mutations.js';
import type { Actor } from '../../shared/domain/state.js';
import { MesaError } from '../errors.js';
import type { MutationOutcome, Room } from '../rooms/room.js';

export interface MutationEnvelope {
  clientId: string;
  mutationId: number;
  name: string;
  args: unknown;
}

/** Validates a client's mutation and hands it to the room, the only writer of its workshop. */
export async function submitMutation(room: Room, actor: Actor, envelope: MutationEnvelope): Promise<MutationOutcome> {
  const parsed = parseMutation(envelope.name, envelope.args);
  if (!parsed.ok) throw new MesaError(parsed.code, parsed.params);
  return room.submit(actor, envelope.clientId, envelope.mutationId, parsed.mutation);
}
