// One member's device: sends mutations through the server's own path (validate, decide, append, commit).
import type { Actor } from '../../shared/domain/state.js';
import { submitMutation } from '../../server/commands/submit-mutation.js';
import { MesaError } from '../../server/errors.js';
import type { Room } from '../../server/rooms/room.js';

export class Writer {
  private mutationId = 0;
  private readonly clientId: string;

  constructor(
    readonly room: Room,
    readonly actor: Actor,
  ) {
    this.clientId = `bench-exports-${actor.memberId ?? 'observer'}`;
  }

  get memberId(): string {
    if (this.actor.memberId === null) throw new Error('an observer has no seat');
    return this.actor.memberId;
  }

  /** Resolves once the event is committed; a refusal throws with the mutation named, since the bench means every one. */
  async send(name: string, args: object): Promise<void> {
    this.mutationId += 1;
    try {
      await submitMutation(this.room, this.actor, { clientId: this.clientId, mutationId: this.mutationId, name, args });
    } catch (error) {
      const detail = error instanceof MesaError ? `${error.code} ${JSON.stringify(error.params ?? {})}` : String(error);
      throw new Error(`${this.actor.role} ${name} ${JSON.stringify(args).slice(0, 200)} refused: ${detail}`);
    }
  }
}

/**
 * Runs the sends `width` at a time. Sends started in the same tick share one group commit (one
 * fsync), as a busy room's do; one at a time, 10,000 fsyncs would make the build minutes long.
 * Only independent sends go in one call: what depends on them is sent in a later call.
 */
export async function inParallel(sends: Array<() => Promise<void>>, width = 100): Promise<void> {
  for (let i = 0; i < sends.length; i += width) {
    await Promise.all(sends.slice(i, i + width).map((send) => send()));
  }
}
