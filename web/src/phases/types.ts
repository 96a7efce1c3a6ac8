import type { Actor, WorkshopState } from '../../../shared/domain/state';
import type { Template } from '../../../shared/template/schema';
import type { Mutate } from '../pestle/types';

export type Phase = Template['phases'][number];

export interface PhaseProps {
  phase: Phase;
  view: WorkshopState;
  confirmed: WorkshopState | null;
  actor: Actor | null;
  mutate?: Mutate;
}
