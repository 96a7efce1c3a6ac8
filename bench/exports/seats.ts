// Who is in a group's room, as the builders of each phase need them.
import type { Room } from '../../server/rooms/room.js';
import type { Random } from './random.js';
import type { Person } from './texts/people.js';
import type { Writer } from './writer.js';

export interface GroupSeats {
  /** 0-based, so each group's words differ. */
  index: number;
  room: Room;
  facilitator: Writer;
  rapporteur: Writer;
  participants: Writer[];
  /** The participants' profiles, in the order of `participants`. */
  people: Person[];
  random: Random;
}

/** The facilitator moves the room to a phase of the guide, as they do before each activity. */
export function toPhase(seats: GroupSeats, phaseId: string): Promise<void> {
  return seats.facilitator.send('phase.set', { phaseId });
}
