import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RELEVANCE_LEVELS, type Relevance } from '../../../shared/domain/constants';
import { nextRelevance } from './streams';

export const LEVEL_NAME = { 1: 'low', 2: 'medium', 3: 'high' } as const satisfies Record<Relevance, string>;

interface Props {
  value: Relevance | null;
  /** Absent when the viewer may not mark (locked phase, projector): their mark is then only shown. */
  onChange?: (next: Relevance | null) => void;
}

/**
 * The viewer's own relevance mark: three toggle buttons (low, medium, high). They act like a
 * radio group but the pressed one can be pressed again to clear it, which radios cannot do,
 * so they are buttons with aria-pressed in a fieldset.
 */
export function RelevanceControl({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (!onChange) {
    if (value === null) return null;
    return (
      <p className="relevance__own" data-testid="objective-relevance-own">
        {t('inputs.relevance.yourMark', { level: t(`inputs.relevance.${LEVEL_NAME[value]}`) })}
      </p>
    );
  }
  return (
    <fieldset className="relevance" aria-describedby={`${id}-hint`}>
      <legend className="relevance__label">{t('inputs.relevance.label')}</legend>
      <span className="relevance__buttons">
        {RELEVANCE_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className="relevance__button"
            aria-pressed={value === level}
            data-testid={`objective-relevance-${LEVEL_NAME[level]}`}
            onClick={() => onChange(nextRelevance(value, level))}
          >
            {value === level && <span aria-hidden="true">✓ </span>}
            {t(`inputs.relevance.${LEVEL_NAME[level]}`)}
          </button>
        ))}
      </span>
      {value !== null && (
        <span id={`${id}-hint`} className="hint relevance__hint">
          {t('inputs.relevance.clearHint')}
        </span>
      )}
    </fieldset>
  );
}
