import { useMemo } from 'react';
import { ContentBlocks } from '../content/ContentBlocks';
import { uniqueBlocks } from '../content/localized';
import { LockNotice } from '../inputs/LockNotice';
import { isLockedOut } from '../lib/allows';
import { groupContributions, groupPractices } from '../inputs/streams';
import { QuestionTheme } from './QuestionList';
import type { PhaseProps } from './types';

/** The guiding questions by theme (care, solutions, prevention, reflection), with the room's contributions and good practices. */
export function QuestionsPhase({ phase, view, confirmed, actor, mutate }: PhaseProps) {
  const { questions } = view.template;
  const { contributions, contributionOrder, practices, practiceOrder } = view;
  const grouped = useMemo(() => groupContributions({ contributions, contributionOrder }, 'question'), [contributions, contributionOrder]);
  const byTheme = useMemo(() => groupPractices({ practices, practiceOrder }), [practices, practiceOrder]);
  const inputs = { ctx: { view, confirmed, actor, mutate }, contributions: grouped, practices: byTheme };
  return (
    <>
      <LockNotice locked={isLockedOut(view, actor, 'questions')} />
      <ContentBlocks blocks={uniqueBlocks(phase.body, questions.intro)} />
      {questions.themes.map((theme) => (
        <QuestionTheme key={theme.id} theme={theme} inputs={inputs} />
      ))}
    </>
  );
}
