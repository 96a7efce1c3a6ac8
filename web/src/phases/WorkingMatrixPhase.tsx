import { useTranslation } from 'react-i18next';
import { localize } from '../../../shared/template/schema';
import { ContentBlocks } from '../content/ContentBlocks';
import { paragraph, uniqueBlocks } from '../content/localized';
import { useLang } from '../content/useLang';
import { WorkingMatrixTable } from './MatrixTables';
import type { PhaseProps } from './types';

/** The working matrix: its purpose, its empty structure, and the Annex I pre-fills. */
export function WorkingMatrixPhase({ phase, view }: PhaseProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { matrices } = view.template;
  return (
    <>
      <ContentBlocks blocks={uniqueBlocks(phase.body, [paragraph(matrices.working.purpose)])} />
      <p className="notice notice--info">{t('matrix.readOnly')}</p>
      <section className="section" aria-labelledby="wm-structure-h">
        <h3 id="wm-structure-h">{t('matrix.structure')}</h3>
        <WorkingMatrixTable matrices={matrices} caption={matrices.working.title} />
      </section>
      {matrices.prefills.length > 0 && (
        <section className="section" aria-labelledby="wm-prefills-h">
          <h3 id="wm-prefills-h">{t('matrix.prefills')}</h3>
          {matrices.prefills.map((p) => (
            <WorkingMatrixTable key={p.id} matrices={matrices} prefill={p} caption={`${p.number} · ${localize(p.title, lang)}`} />
          ))}
        </section>
      )}
    </>
  );
}
