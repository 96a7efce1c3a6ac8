import type { EventStore } from '../store/event-store.js';
import { Room } from './room.js';
import type { SnapshotWarn } from './snapshots.js';

/**
 * Keeps one Room per workshop in memory, loading each on first use. Loading is shared, so
 * two connections arriving at once never build two rooms for the same workshop.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room | null>>();

  constructor(
    private readonly store: EventStore,
    private readonly warn?: SnapshotWarn,
  ) {}

  get(workshopId: string): Promise<Room | null> {
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = Room.load(this.store, workshopId, this.warn ? { warn: this.warn } : {});
      this.rooms.set(workshopId, room);
      // Unknown workshops are not cached, so a workshop created later is found.
      room.then(
        (r) => r ?? this.rooms.delete(workshopId),
        () => this.rooms.delete(workshopId),
      );
    }
    return room;
  }
}
