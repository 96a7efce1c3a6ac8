import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';

const SCALE = Array.from({ length: LIMITS.ratingScale }, (_, i) => i + 1);

interface Props {
  id: string;
  value: number | null;
  onChange: (value: number | null) => void;
  testId: string;
  describedBy?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

/** 1..LIMITS.ratingScale, or "not rated" (which clears it). */
export function RatingSelect({ id, value, onChange, testId, describedBy, selectRef }: Props) {
  const { t } = useTranslation();
  return (
    <select
      ref={selectRef}
      id={id}
      className="input organize-select"
      value={value === null ? '' : String(value)}
      data-testid={testId}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{t('organize.item.unrated')}</option>
      {SCALE.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
