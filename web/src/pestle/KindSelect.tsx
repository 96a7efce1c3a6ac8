import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PESTLE_CATEGORIES, PESTLE_KINDS, type PestleCategory, type PestleKind } from '../../../shared/domain/constants';

interface SelectProps<T extends string> {
  id: string;
  value: T;
  onChange: (value: T) => void;
  testId?: string;
  className?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

/** A select over a fixed list of codes, each shown by its translated label. */
function CodeSelect<T extends string>({
  id,
  value,
  onChange,
  testId,
  className = 'input',
  selectRef,
  codes,
  label,
}: SelectProps<T> & { codes: readonly T[]; label: (code: T) => string }) {
  const isCode = (v: string): v is T => (codes as readonly string[]).includes(v);
  return (
    <select
      ref={selectRef}
      id={id}
      className={className}
      value={value}
      data-testid={testId}
      onChange={(e) => isCode(e.target.value) && onChange(e.target.value)}
    >
      {codes.map((code) => (
        <option key={code} value={code}>
          {label(code)}
        </option>
      ))}
    </select>
  );
}

export function KindSelect(props: SelectProps<PestleKind>) {
  const { t } = useTranslation();
  return <CodeSelect {...props} codes={PESTLE_KINDS} label={(k) => t(`pestleKinds.${k}`)} />;
}

export function CategorySelect(props: SelectProps<PestleCategory>) {
  const { t } = useTranslation();
  return <CodeSelect {...props} codes={PESTLE_CATEGORIES} label={(c) => t(`pestleCategories.${c}`)} />;
}
