import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import type { ReferralRoute } from '../../../shared/domain/state';
import type { Template } from '../../../shared/template/schema';
import { Localized } from '../content/Localized';
import { stepText } from './routes';
import { FormActions } from '../components/FormActions';

interface Props {
  steps: Template['referralSteps'];
  /** The route when editing began. */
  base: ReferralRoute;
  title: string;
  onSave: (draft: ReferralRoute) => void;
  onCancel: () => void;
}

/** A route's institutions per step and its special considerations, saved together by an explicit button. */
export function RouteEditor({ steps, base, title, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ReferralRoute>(base);
  const setStep = (stepId: string, text: string) => setDraft((d) => ({ ...d, steps: { ...d.steps, [stepId]: text } }));

  return (
    <form
      className="route-editor"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <ol className="route-steps route-steps--editing">
        {steps.map((step, i) => (
          <li key={step.id} className="route-step">
            <label className="route-step__head" htmlFor={`${id}-${step.id}`}>
              <span className="route-step__number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="visually-hidden">{t('profilesUi.referral.stepNumber', { n: i + 1 })}: </span>
              <Localized className="route-step__label" text={step.label} />
              <span className="visually-hidden"> ({t('profilesUi.referral.institutions')})</span>
            </label>
            <textarea
              id={`${id}-${step.id}`}
              className="input"
              rows={3}
              value={stepText(draft, step.id)}
              maxLength={LIMITS.referralInstitutions}
              onChange={(e) => setStep(step.id, e.target.value)}
              data-testid="referral-step-input"
              data-step={step.id}
              // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this route
              autoFocus={i === 0}
            />
          </li>
        ))}
      </ol>
      <div className="field">
        <label htmlFor={`${id}-considerations`}>{t('profilesUi.referral.considerations')}</label>
        <textarea
          id={`${id}-considerations`}
          className="input"
          rows={3}
          value={draft.considerations}
          maxLength={LIMITS.referralConsiderations}
          onChange={(e) => setDraft((d) => ({ ...d, considerations: e.target.value }))}
          aria-describedby={`${id}-considerations-hint`}
          data-testid="referral-considerations-input"
        />
        <p id={`${id}-considerations-hint`} className="hint">
          {t('profilesUi.referral.considerationsHint')}
        </p>
      </div>
      <FormActions
        submitLabel={t('profilesUi.referral.save')}
        cancelLabel={t('profilesUi.referral.cancel')}
        onCancel={onCancel}
        submitTestId="referral-save"
        cancelTestId="referral-cancel"
      />
    </form>
  );
}
