import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import { FormActions } from '../components/FormActions';

export interface PracticeFields {
  country: string;
  title: string;
  summary: string;
  presenter: string;
}

const EMPTY: PracticeFields = { country: '', title: '', summary: '', presenter: '' };

interface Props {
  /** The form's accessible name (a disclosure or the entry being edited already says it visibly). */
  heading: string;
  submitLabel: string;
  initial?: PracticeFields;
  /** Gets the trimmed fields; true when sent, which empties the form (an edit form closes instead). */
  onSubmit: (fields: PracticeFields) => boolean;
  onCancel?: () => void;
  /** `practice-form` to record one, `practice-edit-form` to edit. */
  testId: string;
  /** Only for a form the user just opened (editing). */
  focusOnMount?: boolean;
}

const trimAll = (f: PracticeFields): PracticeFields => ({
  country: f.country.trim(),
  title: f.title.trim(),
  summary: f.summary.trim(),
  presenter: f.presenter.trim(),
});

/** Records a good practice, or edits one: country and title required, summary and presenter optional. */
export function PracticeForm({ heading, submitLabel, initial = EMPTY, onSubmit, onCancel, testId, focusOnMount }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState(initial);
  const clean = trimAll(fields);
  const complete = clean.country !== '' && clean.title !== '';

  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only, never again while typing
  useEffect(() => {
    if (focusOnMount) document.getElementById(`${id}-country`)?.focus();
  }, []);

  const input = (name: keyof PracticeFields, max: number, multiline = false) => {
    const common = {
      id: `${id}-${name}`,
      className: 'input',
      value: fields[name],
      maxLength: max,
      required: name === 'country' || name === 'title',
      'data-testid': `practice-${name}`,
    };
    return (
      <div className="field practice-form__field">
        <label htmlFor={common.id}>{t(`inputs.practice.${name}`)}</label>
        {multiline ? (
          <textarea {...common} rows={3} onChange={(e) => setFields({ ...fields, [name]: e.target.value })} />
        ) : (
          <input {...common} type="text" onChange={(e) => setFields({ ...fields, [name]: e.target.value })} />
        )}
      </div>
    );
  };

  return (
    <form
      className="practice-form"
      aria-label={heading}
      aria-describedby={`${id}-req`}
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (!complete || !onSubmit(clean)) return;
        setFields(EMPTY);
        // The submit button is disabled by the emptied form and would drop focus; start the next one instead.
        document.getElementById(`${id}-country`)?.focus();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <p id={`${id}-req`} className="hint">
        {t('inputs.practice.required')}
      </p>
      <div className="practice-form__grid">
        {input('country', LIMITS.country)}
        {input('title', LIMITS.practiceTitle)}
        {input('presenter', LIMITS.practicePresenter)}
      </div>
      {input('summary', LIMITS.practiceSummary, true)}
      <FormActions
        submitLabel={submitLabel}
        cancelLabel={t('inputs.actions.cancel')}
        onCancel={onCancel}
        submitDisabled={!complete}
        submitTestId="practice-submit"
      />
    </form>
  );
}
