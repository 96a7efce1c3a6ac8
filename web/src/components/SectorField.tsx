import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '../../../shared/domain/constants';

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);

interface Props {
  id: string;
  label: string;
  value: Sector | '';
  onChange: (sector: Sector | '') => void;
  required?: boolean;
}

/** The sector a person works in (the roster's and the join form's choice), labelled. */
export function SectorField({ id, label, value, onChange, required = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name="sector"
        className="input"
        value={value}
        onChange={(e) => onChange(isSector(e.target.value) ? e.target.value : '')}
        required={required}
      >
        <option value="">{t('join.sectorPlaceholder')}</option>
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`sectors.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
