import { useTranslation } from 'react-i18next';
import { PESTLE_CATEGORIES, PESTLE_KINDS, type PestleCategory, type PestleKind } from '../../../shared/domain/constants';

const isKind = (v: string): v is PestleKind => (PESTLE_KINDS as readonly string[]).includes(v);
const isCategory = (v: string): v is PestleCategory => (PESTLE_CATEGORIES as readonly string[]).includes(v);

export function KindSelect({
  id,
  value,
  onChange,
  testId,
}: {
  id: string;
  value: PestleKind;
  onChange: (k: PestleKind) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      id={id}
      className="input"
      value={value}
      data-testid={testId}
      onChange={(e) => isKind(e.target.value) && onChange(e.target.value)}
    >
      {PESTLE_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`pestleKinds.${k}`)}
        </option>
      ))}
    </select>
  );
}

export function CategorySelect({
  id,
  value,
  onChange,
  testId,
}: {
  id: string;
  value: PestleCategory;
  onChange: (c: PestleCategory) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      id={id}
      className="input"
      value={value}
      data-testid={testId}
      onChange={(e) => isCategory(e.target.value) && onChange(e.target.value)}
    >
      {PESTLE_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(`pestleCategories.${c}`)}
        </option>
      ))}
    </select>
  );
}
