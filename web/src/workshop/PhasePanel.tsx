import type { ComponentType } from 'react';
import type { PhaseKind } from '../../../shared/template/schema';
import { FinalMatrixPhase } from '../phases/FinalMatrixPhase';
import { ObjectivesPhase } from '../phases/ObjectivesPhase';
import { PestlePhase } from '../phases/PestlePhase';
import { PlenaryPhase } from '../phases/PlenaryPhase';
import { PreliminaryPhase } from '../phases/PreliminaryPhase';
import { ProfilesPhase } from '../phases/ProfilesPhase';
import { QuestionsPhase } from '../phases/QuestionsPhase';
import type { PhaseProps } from '../phases/types';
import { WorkingMatrixPhase } from '../phases/WorkingMatrixPhase';

const BY_KIND: Record<PhaseKind, ComponentType<PhaseProps>> = {
  preliminary: PreliminaryPhase,
  pestle: PestlePhase,
  objectives: ObjectivesPhase,
  questions: QuestionsPhase,
  profiles: ProfilesPhase,
  'working-matrix': WorkingMatrixPhase,
  'final-matrix': FinalMatrixPhase,
  plenary: PlenaryPhase,
};

/** The selected phase's content, by the kind of phase. */
export function PhasePanel(props: PhaseProps) {
  const Content = BY_KIND[props.phase.kind];
  return <Content {...props} />;
}
