import { ContentBlocks } from '../content/ContentBlocks';
import { uniqueBlocks } from '../content/localized';
import { QuestionTheme } from './QuestionList';
import type { PhaseProps } from './types';

/** The guiding questions by theme (care, solutions, prevention, reflection). */
export function QuestionsPhase({ phase, view }: PhaseProps) {
  const { questions } = view.template;
  return (
    <>
      <ContentBlocks blocks={uniqueBlocks(phase.body, questions.intro)} />
      {questions.themes.map((theme) => (
        <QuestionTheme key={theme.id} theme={theme} />
      ))}
    </>
  );
}
