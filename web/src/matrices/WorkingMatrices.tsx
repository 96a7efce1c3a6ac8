import { useTranslation } from 'react-i18next';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';
import { matrixAccess } from './access';
import { MyMatrices } from './MyMatrices';
import { ProgressTable } from './ProgressTable';
import '../styles/matrices.css';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  actor: Actor & { memberId: string };
  mutate?: Mutate;
}

/**
 * A seated member's part of the phase. A participant gets their own matrices; the facilitation
 * and the rapporteur follow everyone's progress, with their own matrices folded below.
 */
export function WorkingMatrices({ view, confirmed, actor, mutate }: Props) {
  const { t } = useTranslation();
  const access = matrixAccess(view, actor, mutate !== undefined);
  const mine = <MyMatrices view={view} confirmed={confirmed} memberId={actor.memberId} access={access} mutate={mutate} />;
  if (!access.lead) {
    return (
      <section className="section" aria-labelledby="wm-mine-h">
        <h3 id="wm-mine-h">{t('matricesUi.mine.heading')}</h3>
        {mine}
      </section>
    );
  }
  return (
    <>
      <ProgressTable view={view} />
      <details className="wm-fold" data-testid="wm-own-matrices">
        <summary>{t('matricesUi.mine.heading')}</summary>
        {mine}
      </details>
    </>
  );
}
