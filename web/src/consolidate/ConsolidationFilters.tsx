import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../shared/domain/constants';
import type { Filters } from './filters';

interface Props {
  filters: Filters;
  options: { countries: string[]; sectors: Sector[] };
  onChange: (filters: Filters) => void;
}

/** Country and sector: which participants' texts to show. */
export function ConsolidationFilters({ filters, options, onChange }: Props) {
  const { t } = useTranslation();
  const countryId = useId();
  const sectorId = useId();
  return (
    <fieldset className="cons-filters">
      <legend className="cons-filters__legend">{t('consolidateUi.filters.label')}</legend>
      <div className="cons-filters__field">
        <label htmlFor={countryId}>{t('consolidateUi.filters.country')}</label>
        <select
          id={countryId}
          className="input cons-filters__select"
          data-testid="consolidation-country"
          value={filters.country}
          onChange={(e) => onChange({ ...filters, country: e.target.value })}
        >
          <option value="">{t('consolidateUi.filters.allCountries')}</option>
          {options.countries.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="cons-filters__field">
        <label htmlFor={sectorId}>{t('consolidateUi.filters.sector')}</label>
        <select
          id={sectorId}
          className="input cons-filters__select"
          data-testid="consolidation-sector"
          value={filters.sector}
          onChange={(e) => onChange({ ...filters, sector: e.target.value as Sector | '' })}
        >
          <option value="">{t('consolidateUi.filters.allSectors')}</option>
          {options.sectors.map((s) => (
            <option key={s} value={s}>
              {t(`sectors.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
