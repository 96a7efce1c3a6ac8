import { useTranslation } from 'react-i18next';
import { loadToken } from '../auth/tokens';
import { ContentBlocks } from '../content/ContentBlocks';
import { Link } from '../components/Link';
import { local } from '../lib/storage';
import { SendToPlenary } from '../plenary/SendToPlenary';
import { paths } from '../routes';
import type { PhaseProps } from './types';
import '../styles/plenary.css';

/**
 * A group's plenary phase: the guide's text and, in a workshop with a plenary, sending the final
 * matrices there (facilitator, rapporteur) and a way into the plenary for whoever has a seat in it.
 */
export function PlenaryPhase({ phase, view, actor }: PhaseProps) {
  const { t } = useTranslation();
  const plenaryId = view.plenaryId;
  const canSend = actor?.role === 'facilitator' || actor?.role === 'rapporteur';
  // A seat in the plenary is a token this browser was given for it (joining a group gives one).
  const seated = plenaryId !== null && loadToken(local, plenaryId) !== null;
  return (
    <>
      <ContentBlocks blocks={phase.body} />
      {plenaryId === null ? (
        <p className="hint">{t('plenaryUi.phase.standalone')}</p>
      ) : (
        <section className="card group-plenary" aria-labelledby="group-plenary-h">
          <h3 id="group-plenary-h">{t('plenaryUi.phase.heading')}</h3>
          <SendToPlenary view={view} canSend={canSend} />
          {seated && (
            <p className="actions">
              <Link className="button button--secondary" href={paths.workshop(plenaryId)} data-testid="open-plenary">
                {t('plenaryUi.phase.open')}
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
