import { type ReactNode, useId } from 'react';
import { LIMITS } from '../../../shared/domain/constants';
import { useAutosave } from './useAutosave';

interface Props {
  /** The visible label; `name` is the full accessible name and must contain it (label in name). */
  label: string;
  name: string;
  /** Beside the label, outside it: a mark such as "open slot". */
  badge?: ReactNode;
  value: string;
  save: (text: string) => boolean;
  testId: string;
  slot?: number;
  hint?: ReactNode;
  placeholder?: string;
  allowEmpty?: boolean;
  /** Set when the text shown is the guide's in another language (French falls back to Spanish). */
  lang?: string;
  rows?: number;
  onDirtyChange?: (dirty: boolean) => void;
  /** Shown below while the draft cannot be saved as it is (an emptied proposal). */
  problem?: (draft: string) => string | null;
}

/** A labelled textarea of a working matrix, saved as the person types (useAutosave). */
export function AutosaveField({
  label,
  name,
  badge,
  value,
  save,
  testId,
  slot,
  hint,
  placeholder,
  allowEmpty,
  lang,
  rows = 2,
  onDirtyChange,
  problem,
}: Props) {
  const id = useId();
  const field = useAutosave({ value, save, allowEmpty, onDirtyChange });
  const issue = problem?.(field.text) ?? null;
  const described = [hint && `${id}-hint`, issue && `${id}-issue`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="wm-field">
      <div className="wm-field__head">
        <label htmlFor={id} className="wm-field__label">
          {label}
        </label>
        {badge}
      </div>
      <textarea
        id={id}
        className="input wm-field__input"
        aria-label={name}
        aria-describedby={described}
        aria-invalid={issue ? true : undefined}
        data-testid={testId}
        data-slot={slot}
        lang={lang}
        rows={rows}
        maxLength={LIMITS.matrixText}
        placeholder={placeholder}
        value={field.text}
        onFocus={field.onFocus}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
      />
      {hint && (
        <div id={`${id}-hint`} className="hint wm-field__hint">
          {hint}
        </div>
      )}
      {issue && (
        <p id={`${id}-issue`} className="field-error">
          {issue}
        </p>
      )}
    </div>
  );
}
