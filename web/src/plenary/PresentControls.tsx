import { useTranslation } from 'react-i18next';
import type { PlenaryState } from '../../../shared/domain/plenary';
import type { Mutate } from '../pestle/types';
import { neighbour } from './order';

/** The plenary facilitator steps through the groups: previous, next (or start), and the end of the presentations. */
export function PresentControls({ plenary, mutate }: { plenary: PlenaryState; mutate: Mutate }) {
  const { t } = useTranslation();
  const prev = neighbour(plenary, -1);
  const next = neighbour(plenary, 1);
  const name = (id: string | null) => (id ? (plenary.groups[id]?.name ?? '') : '');
  const present = (groupId: string | null) => mutate('plenary.present', { groupId });
  return (
    <fieldset className="present-controls">
      <legend className="visually-hidden">{t('plenaryUi.presentations.controls')}</legend>
      <button
        type="button"
        className="button button--secondary present-controls__step"
        disabled={!prev}
        onClick={() => present(prev)}
        data-testid="plenary-prev"
      >
        <span>
          <span aria-hidden="true">←</span> {t('plenaryUi.presentations.prev')}
        </span>
        {prev && <span className="present-controls__who">{name(prev)}</span>}
      </button>
      <button
        type="button"
        className="button present-controls__step"
        disabled={!next}
        onClick={() => present(next)}
        data-testid="plenary-next"
      >
        <span>
          {plenary.presenting === null ? t('plenaryUi.presentations.start') : t('plenaryUi.presentations.next')}{' '}
          <span aria-hidden="true">→</span>
        </span>
        {next && <span className="present-controls__who">{name(next)}</span>}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={plenary.presenting === null}
        onClick={() => present(null)}
        data-testid="plenary-end"
      >
        {t('plenaryUi.presentations.end')}
      </button>
    </fieldset>
  );
}
