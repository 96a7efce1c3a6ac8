// The plenary: each group presents, the whole workshop comments per action, and every action gets its adoption status.
import type { AdoptionStatus } from '../../shared/domain/plenary.js';
import { randomUUID } from 'node:crypto';
import type { Room } from '../../server/rooms/room.js';
import type { Random } from './random.js';
import { PLENARY_COMMENTS } from './texts/matrices.js';
import { inParallel, type Writer } from './writer.js';

export interface PlenarySeats {
  room: Room;
  facilitator: Writer;
  rapporteur: Writer;
  /** Everyone's plenary seat: the groups' participants and leads. */
  participants: Writer[];
  random: Random;
}

/** Mostly adopted, some with changes, a few deferred, as a real plenary goes. */
const STATUS_WEIGHTS: AdoptionStatus[] = [
  'adopted',
  'adopted',
  'adopted',
  'adopted',
  'adopted_with_changes',
  'adopted_with_changes',
  'deferred',
];

export async function buildPlenarySession(seats: PlenarySeats): Promise<void> {
  const { room, facilitator, rapporteur, participants, random } = seats;
  await facilitator.send('phase.set', { phaseId: 'plenary' });
  for (const groupId of room.state.plenary.groupOrder) {
    await facilitator.send('plenary.present', { groupId });
    const matrices = room.state.plenary.results[groupId]?.matrices ?? [];
    const targets = matrices.flatMap((m) => m.actions.map((a) => ({ groupId, finalId: m.finalId, actionId: a.id })));
    await inParallel(
      targets.flatMap((target) =>
        random
          .sample(participants, random.int(1, 4))
          .map(
            (p) => () =>
              p.send('plenary.comment', { id: randomUUID(), ...target, text: random.sentences(PLENARY_COMMENTS, random.int(1, 2), 1000) }),
          ),
      ),
    );
    await inParallel(
      targets.map(
        (target, i) => () =>
          (i % 2 ? rapporteur : facilitator).send('plenary.setAdoption', { ...target, status: random.pick(STATUS_WEIGHTS) }),
      ),
    );
  }
  await facilitator.send('plenary.present', { groupId: null });
}
