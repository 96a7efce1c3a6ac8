import { useTranslation } from 'react-i18next';
import { ContentBlocks } from '../content/ContentBlocks';
import { OpenPlenary } from '../plenary/OpenPlenary';
import { SendToPlenary } from '../plenary/SendToPlenary';
import type { PhaseProps } from './types';
import '../styles/plenary.css';

/**
 * A group's plenary phase: the guide's text and, in a workshop with a plenary, sending the final
 * matrices there (facilitator, rapporteur) and, for every member of the group, the way into the plenary.
 */
export function PlenaryPhase({ phase, view, actor }: PhaseProps) {
  const { t } = useTranslation();
  const plenaryId = view.plenaryId;
  const canSend = actor?.role === 'facilitator' || actor?.role === 'rapporteur';
  return (
    <>
      <ContentBlocks blocks={phase.body} />
      {plenaryId === null ? (
        <p className="hint">{t('plenaryUi.phase.standalone')}</p>
      ) : (
        <section className="card group-plenary" aria-labelledby="group-plenary-h">
          <h3 id="group-plenary-h">{t('plenaryUi.phase.heading')}</h3>
          <SendToPlenary view={view} canSend={canSend} />
          {actor?.memberId && <OpenPlenary groupId={view.id} plenaryId={plenaryId} />}
        </section>
      )}
    </>
  );
}
