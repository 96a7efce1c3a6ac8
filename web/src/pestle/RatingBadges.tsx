import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { PestleItem } from '../../../shared/domain/state';

/** Impact and likelihood as a compact "I4 · P2"; screen readers hear them in full. Nothing when neither is set. */
export function RatingBadges({ item }: { item: Pick<PestleItem, 'impact' | 'likelihood'> }) {
  const { t } = useTranslation();
  const parts = (['impact', 'likelihood'] as const).flatMap((field) => {
    const value = item[field];
    if (value === null) return [];
    return [
      {
        field,
        short: t(`organize.rating.${field}Short`, { value }),
        long: t(`organize.rating.${field}Long`, { value, max: LIMITS.ratingScale }),
      },
    ];
  });
  if (parts.length === 0) return null;
  return (
    <span className="rating-badges" data-testid="pestle-item-ratings">
      {parts.map((p, i) => (
        <span key={p.field} className={`rating-badge rating-badge--${p.field}`} title={p.long}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <span aria-hidden="true">{p.short}</span>
          <span className="visually-hidden">{p.long}</span>
        </span>
      ))}
    </span>
  );
}
