import { useTranslation } from 'react-i18next';
import type { Contribution } from '../../../shared/domain/state';
import { ContributionStream } from './ContributionStream';
import type { InputsContext } from './types';

interface Props {
  ctx: InputsContext;
  questionId: string;
  items: readonly Contribution[];
  /** The theme's "key points only" reading filter: other entries and the add form step aside. */
  keyOnly: boolean;
  /** Id of the question's text, which describes the add box. */
  questionTextId: string;
}

/** The room's contributions to one guiding question. */
export function QuestionStream({ ctx, questionId, items, keyOnly, questionTextId }: Props) {
  const { t } = useTranslation();
  const shown = keyOnly ? items.filter((c) => c.key) : items;
  return (
    <ContributionStream
      ctx={ctx}
      target="question"
      targetId={questionId}
      items={shown}
      readOnly={keyOnly}
      describedBy={questionTextId}
      labels={{
        title: t('inputs.question.contributions', { count: shown.length }),
        input: t('inputs.question.input'),
        placeholder: t('inputs.question.placeholder'),
        submit: t('inputs.question.submit'),
      }}
    />
  );
}
