import { useTranslation } from 'react-i18next';
import type { ReferralRoute } from '../../../shared/domain/state';
import type { Template } from '../../../shared/template/schema';
import { Localized } from '../content/Localized';
import { stepText } from './routes';

interface Props {
  steps: Template['referralSteps'];
  route: ReferralRoute;
}

/** A route at rest: the guide's steps in order, numbered and joined by arrows, with their institutions. */
export function RouteSteps({ steps, route }: Props) {
  const { t } = useTranslation();
  return (
    <ol className="route-steps">
      {steps.map((step, i) => {
        const text = stepText(route, step.id);
        return (
          <li key={step.id} className="route-step" data-testid="referral-step" data-step={step.id}>
            <p className="route-step__head">
              <span className="route-step__number" aria-hidden="true">
                {i + 1}
              </span>
              <Localized className="route-step__label" text={step.label} />
            </p>
            <p className={`route-step__text${text ? '' : ' route-step__text--empty'}`}>
              <span className="visually-hidden">{t('profilesUi.referral.institutions')}: </span>
              {text || t('profilesUi.referral.noInstitutions')}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
