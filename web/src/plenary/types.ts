import type { PlenaryComment } from '../../../shared/domain/plenary';
import type { Actor, Authored, WorkshopState } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';

/** What every part of the plenary room reads: the state as shown, as confirmed, who is looking, and how to change it. */
export interface PlenaryProps {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  actor: Actor | null;
  /** Absent until connected, and on the projector. */
  mutate?: Mutate;
}

/** What the presentations share with every action: comments by action, how to sign them, and what this viewer may do. */
export interface ActionWork extends PlenaryProps {
  comments: Map<string, PlenaryComment[]>;
  byline: (thing: Authored) => string;
  canDecide: boolean;
  canComment: boolean;
}
