import { useTranslation } from 'react-i18next';
import { ADOPTION_STATUSES, type AdoptionStatus } from '../../../shared/domain/plenary';
import type { Mutate } from '../pestle/types';

interface Props {
  target: { groupId: string; finalId: string; actionId: string };
  status: AdoptionStatus | null;
  /** For the select's name: the action's number and its matrix. */
  n: number;
  matrix: string;
  mutate: Mutate;
}

const isStatus = (value: string): value is AdoptionStatus => (ADOPTION_STATUSES as readonly string[]).includes(value);

/** The facilitator's or rapporteur's choice of the plenary's decision on one action ("not decided" clears it). */
export function AdoptionSelect({ target, status, n, matrix, mutate }: Props) {
  const { t } = useTranslation();
  return (
    <label className="adoption-select">
      <span className="adoption-select__label">{t('plenaryUi.adoption.short')}</span>
      <select
        className="input adoption-select__input"
        // The visible words start the full name (WCAG "label in name"); the rest tells which action among many.
        aria-label={t('plenaryUi.adoption.label', { n, matrix })}
        value={status ?? ''}
        data-testid="plenary-adoption"
        onChange={(e) => mutate('plenary.setAdoption', { ...target, status: isStatus(e.target.value) ? e.target.value : null })}
      >
        <option value="">{t('plenaryUi.adoption.undecided')}</option>
        {ADOPTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`plenaryUi.adoption.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
