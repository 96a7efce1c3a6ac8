import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { GuideList } from '../../../shared/domain/guide-edit';
import type { FieldName, Problem } from './draft';

interface Props {
  list: GuideList;
  field: FieldName;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem | null;
  /** The add form's inputs carry their own test ids (prepare-add-text…). */
  testId?: string;
  hint?: string;
}

/** Objectives and questions are sentences: they get room to wrap. */
const MULTILINE: GuideList[] = ['objective', 'question'];

/** One labelled field of a guide entry, with its limit and, when it would be refused, why. */
export function FieldInput({ list, field, value, onChange, problem, testId, hint }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const label = field === 'text' ? t(`prepare.fields.text.${list}`) : t(`prepare.fields.${field}`);
  const numeric = field === 'day' || field === 'minutes';
  const multiline = (field === 'text' || field === 'hint') && MULTILINE.includes(list);
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    className: `input prepare-field__input prepare-field__input--${field}`,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': described,
    'data-testid': testId ?? `prepare-${field}`,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className={`prepare-field prepare-field--${field}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={field === 'hint' ? 2 : 3} maxLength={LIMITS.guideText} />
      ) : (
        // Numbers are typed as text: a number input reports nothing but '' for "1.5" or "e",
        // which would silently clear the field instead of saying what is wrong.
        <input
          {...common}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          maxLength={field === 'label' ? LIMITS.guideLabel : numeric ? 4 : LIMITS.guideText}
          autoComplete="off"
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="prepare-field__problem">
          {t(`prepare.invalid.${problem.key}`, problem)}
        </p>
      )}
    </div>
  );
}
