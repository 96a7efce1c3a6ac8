import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/template/schema';
import { localize } from '../../../shared/template/schema';
import { ContentBlocks } from '../content/ContentBlocks';
import { paragraph, uniqueBlocks } from '../content/localized';
import { useLang } from '../content/useLang';
import { WorkingMatrices } from '../matrices/WorkingMatrices';
import { WorkingMatrixTable } from './MatrixTables';
import type { PhaseProps } from './types';

/**
 * The working matrices: the guide's purpose, then each seated member's own matrices (and, for
 * the facilitation and the rapporteur, everyone's progress). The projector and anyone without a
 * seat see the matrix's structure and the Annex I pre-fills.
 */
export function WorkingMatrixPhase({ phase, view, confirmed, actor, mutate }: PhaseProps) {
  const { matrices } = view.template;
  const memberId = actor?.memberId ?? null;
  return (
    <>
      <ContentBlocks blocks={uniqueBlocks(phase.body, [paragraph(matrices.working.purpose)])} />
      {actor && memberId !== null ? (
        <WorkingMatrices view={view} confirmed={confirmed} actor={{ ...actor, memberId }} mutate={mutate} />
      ) : (
        <MatrixStructure matrices={matrices} />
      )}
    </>
  );
}

/** The empty structure and the Annex I pre-fills, as the guide prints them. */
function MatrixStructure({ matrices }: { matrices: Template['matrices'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <p className="notice notice--info">{t('matricesUi.projector')}</p>
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
