import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenaryState, PresentedAction, PresentedMatrix as Matrix } from '../../../shared/domain/plenary';
import { Localized } from '../content/Localized';
import { AdoptionBadge } from './AdoptionBadge';
import { SchemeList } from './SchemeList';
import { adoptionOf } from '../../../shared/domain/work-plan';

interface Props {
  plenary: PlenaryState;
  groupId: string;
  matrix: Matrix;
  /** What follows each action where the room works on it (decision, comments); the projector shows none. */
  extras?: (action: PresentedAction, n: number, titleId: string) => ReactNode;
}

/** One final matrix as its group presented it: the objective, the commitment, and the actions with their scheme and decision. */
export function PresentedMatrix({ plenary, groupId, matrix, extras }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <article className="presented-matrix" aria-labelledby={titleId}>
      <h4 id={titleId} className="presented-matrix__title">
        <Localized text={matrix.title} />
      </h4>
      <p className="presented-matrix__commitment">
        <span className="presented-matrix__label">{t('plenaryUi.presentations.commitment')}</span>{' '}
        {matrix.commitment || <span className="muted">{t('plenaryUi.presentations.noCommitment')}</span>}
      </p>
      {matrix.actions.length === 0 ? (
        <p className="muted">{t('plenaryUi.presentations.noActions')}</p>
      ) : (
        <ol className="presented-actions">
          {matrix.actions.map((action, index) => (
            <li
              key={action.id}
              className="presented-action"
              data-testid="plenary-action"
              data-group={groupId}
              data-final={matrix.finalId}
              data-action={action.id}
            >
              <div className="presented-action__head">
                <span className="presented-action__n">{t('plenaryUi.presentations.action', { n: index + 1 })}</span>
                <AdoptionBadge status={adoptionOf(plenary, groupId, matrix.finalId, action.id)} testId="plenary-adoption-badge" />
              </div>
              <p className="presented-action__text">{action.text}</p>
              <SchemeList action={action} />
              {extras?.(action, index + 1, titleId)}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
