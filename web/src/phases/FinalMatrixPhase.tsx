import { useTranslation } from 'react-i18next';
import { ContentBlocks } from '../content/ContentBlocks';
import { paragraph, uniqueBlocks } from '../content/localized';
import { FinalMatrixTable } from './MatrixTables';
import { QuestionTheme } from './QuestionList';
import type { PhaseProps } from './types';

/** The template has no explicit link from the final matrix to its reflection questions; group 4 names that theme "reflection". */
const REFLECTION_THEME_ID = 'reflection';

/** What the group will present: the final matrices (empty for now) and the questions that shape them. */
export function FinalMatrixPhase({ phase, view }: PhaseProps) {
  const { t } = useTranslation();
  const { matrices, questions } = view.template;
  const { purpose, note, required } = matrices.final;
  const reflection = questions.themes.find((th) => th.id === REFLECTION_THEME_ID);
  return (
    <>
      <ContentBlocks blocks={uniqueBlocks([paragraph(purpose)], phase.body)} />
      {/* The group 4 phase text already carries the note, split in two blocks; show it apart only when the phase has no text. */}
      {note && phase.body.length === 0 && <ContentBlocks blocks={[{ type: 'note', text: note }]} />}
      <p className="notice notice--info">{t('matrix.readOnly')}</p>
      <section className="section" aria-labelledby="fm-h">
        <h3 id="fm-h">{t('matrix.finalMatrices')}</h3>
        {required.map((m) => (
          <FinalMatrixTable key={m.id} matrices={matrices} caption={m.title} />
        ))}
      </section>
      {reflection && <QuestionTheme theme={reflection} />}
    </>
  );
}
