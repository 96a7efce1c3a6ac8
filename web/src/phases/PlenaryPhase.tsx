import { ContentBlocks } from '../content/ContentBlocks';
import type { PhaseProps } from './types';

export function PlenaryPhase({ phase }: PhaseProps) {
  return <ContentBlocks blocks={phase.body} />;
}
