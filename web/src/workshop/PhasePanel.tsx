import { type ComponentType, Suspense } from 'react';
import type { PhaseKind } from '../../../shared/template/schema';
import { Loading } from '../components/Loading';
import { FinalMatrixPhase, ObjectivesPhase, PlenaryPhase, ProfilesPhase, QuestionsPhase, WorkingMatrixPhase } from '../lib/screens';
import { PestlePhase } from '../phases/PestlePhase';
import { PreliminaryPhase } from '../phases/PreliminaryPhase';
import type { PhaseProps } from '../phases/types';

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
  return (
    <Suspense fallback={<Loading />}>
      <Content {...props} />
    </Suspense>
  );
}
