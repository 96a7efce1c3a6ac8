import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contribution, GoodPractice } from '../../../shared/domain/state';
import type { Template } from '../../../shared/template/schema';
import { ContentBlocks } from '../content/ContentBlocks';
import { Localized } from '../content/Localized';
import { GoodPractices } from '../inputs/GoodPractices';
import { KeyPointsFilter } from '../inputs/KeyPointsFilter';
import { QuestionStream } from '../inputs/QuestionStream';
import { countKeys } from '../inputs/streams';
import type { InputsContext } from '../inputs/types';

type Theme = Template['questions']['themes'][number];

/** The room's input shown with the questions; absent where the theme is only read (the final matrix phase). */
export interface ThemeInputs {
  ctx: InputsContext;
  contributions: ReadonlyMap<string, readonly Contribution[]>;
  practices: ReadonlyMap<string, readonly GoodPractice[]>;
}

interface Props {
  theme: Theme;
  headingLevel?: 3 | 4;
  inputs?: ThemeInputs;
}

/** One theme of guiding questions: its good-practice invitation, sections, questions and hints, and the room's input on them. */
export function QuestionTheme({ theme, headingLevel = 3, inputs }: Props) {
  const { t } = useTranslation();
  const [keyOnly, setKeyOnly] = useState(false);
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h4' | 'h5';
  const questionIds = theme.sections.flatMap((s) => s.questions.map((q) => q.id));
  const keys = inputs ? countKeys(inputs.contributions, questionIds) : 0;
  const practices = inputs?.practices.get(theme.id) ?? [];
  return (
    <section className="section question-theme" aria-labelledby={`qt-${theme.id}`} data-testid="question-theme" data-theme-id={theme.id}>
      <H id={`qt-${theme.id}`}>
        <span className="label-chip">{theme.label}</span> <Localized text={theme.title} />
      </H>
      {theme.goodPracticeNote && (
        <aside className="callout">
          <p className="callout__title">{t('questions.goodPractice')}</p>
          <Localized as="p" text={theme.goodPracticeNote} />
        </aside>
      )}
      {/* Presentations belong with the guide's invitation to make them; a theme without one still lists any recorded. */}
      {inputs && (theme.goodPracticeNote || practices.length > 0) && (
        <GoodPractices ctx={inputs.ctx} themeId={theme.id} practices={practices} />
      )}
      {inputs && (keys > 0 || keyOnly) && <KeyPointsFilter checked={keyOnly} onChange={setKeyOnly} count={keys} />}
      {theme.sections.map((section) => (
        <div key={section.id} className="question-section">
          {section.title && <Localized as={Sub} text={section.title} />}
          <ContentBlocks blocks={section.intro} />
          {section.questions.length > 0 && (
            <ol className="question-list">
              {section.questions.map((q) => (
                <li key={q.id} data-testid="question" data-question-id={q.id}>
                  <Localized as="p" className="question" text={q.text} id={`q-${q.id}`} />
                  {q.hint && (
                    <p className="question-hint">
                      <strong>{t('questions.hint')}</strong> <Localized text={q.hint} />
                    </p>
                  )}
                  {inputs && (
                    <QuestionStream
                      ctx={inputs.ctx}
                      questionId={q.id}
                      items={inputs.contributions.get(q.id) ?? []}
                      keyOnly={keyOnly}
                      questionTextId={`q-${q.id}`}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}
