import { useTranslation } from 'react-i18next';
import type { AdoptionStatus } from '../../../shared/domain/plenary';

/** The plenary's decision on an action, in words on a colour (never the colour alone). */
export function AdoptionBadge({ status, testId }: { status: AdoptionStatus | null; testId?: string }) {
  const { t } = useTranslation();
  const key = status ?? 'undecided';
  return (
    <span className={`adoption-badge adoption-badge--${key}`} data-status={key} data-testid={testId}>
      {t(`plenaryUi.adoption.${key}`)}
    </span>
  );
}
