import type { Actor, WorkshopState } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';

/** What every input control needs from the phase: the state shown, the server's, who looks, and how to change it. */
export interface InputsContext {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  /** Null on the projector: read-only. */
  actor: Actor | null;
  /** Absent where nothing may be sent (read-only views). */
  mutate?: Mutate;
}
