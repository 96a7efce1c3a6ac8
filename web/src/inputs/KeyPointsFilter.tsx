import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/inputs.css';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Key points in the theme, said while the filter is on. */
  count: number;
}

/** A theme's "key points only" switch, for reading back what the room retained. */
export function KeyPointsFilter({ checked, onChange, count }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="key-filter">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid="theme-key-filter" />
      <label htmlFor={id}>
        <span aria-hidden="true">★</span> {t('inputs.key.filter')}
      </label>
      {/* Always in the page so that screen readers announce the count when it appears. */}
      <span className="key-filter__status" role="status">
        {checked ? t('inputs.key.filterStatus', { count }) : ''}
      </span>
    </div>
  );
}
