import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/template/schema';
import { ContentBlocks } from '../content/ContentBlocks';
import { Localized } from '../content/Localized';

type Theme = Template['questions']['themes'][number];

/** One theme of guiding questions: its good-practice invitation, sections, questions and hints. */
export function QuestionTheme({ theme, headingLevel = 3 }: { theme: Theme; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h4' | 'h5';
  return (
    <section className="section question-theme" aria-labelledby={`qt-${theme.id}`}>
      <H id={`qt-${theme.id}`}>
        <span className="label-chip">{theme.label}</span> <Localized text={theme.title} />
      </H>
      {theme.goodPracticeNote && (
        <aside className="callout">
          <p className="callout__title">{t('questions.goodPractice')}</p>
          <Localized as="p" text={theme.goodPracticeNote} />
        </aside>
      )}
      {theme.sections.map((section) => (
        <div key={section.id} className="question-section">
          {section.title && <Localized as={Sub} text={section.title} />}
          <ContentBlocks blocks={section.intro} />
          {section.questions.length > 0 && (
            <ol className="question-list">
              {section.questions.map((q) => (
                <li key={q.id}>
                  <Localized as="p" className="question" text={q.text} />
                  {q.hint && (
                    <p className="question-hint">
                      <strong>{t('questions.hint')}</strong> <Localized text={q.hint} />
                    </p>
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
