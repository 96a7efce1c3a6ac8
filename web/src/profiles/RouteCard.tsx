import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralRoute, WorkshopState } from '../../../shared/domain/state';
import { localize, type Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { ProfileLabel } from './ProfileLabel';
import { RouteEditor } from './RouteEditor';
import { RouteSteps } from './RouteSteps';
import { routeChanges, routeOf } from './routes';
import type { SaveRoute } from './send';
import { useInlineEdit } from './useInlineEdit';

interface Props {
  profile: Template['profiles'][number];
  view: WorkshopState;
  /** Absent when the viewer may not edit. */
  save?: SaveRoute;
}

/** One profile's referral route: read as a stepper, edited in place on request. */
export function RouteCard({ profile, view, save }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const [saved, setSaved] = useState(false);
  const route = routeOf(view, profile.id);
  const steps = view.template.referralSteps;
  const stepIds = steps.map((s) => s.id);
  const name = localize(profile.label, lang);
  const editable = save !== undefined;
  const edit = useInlineEdit<ReferralRoute, HTMLButtonElement>(editable);
  const { base } = edit;

  return (
    <article className="route" aria-labelledby={headingId} data-testid="referral-route" data-profile={profile.id}>
      <h4 id={headingId} className="route__title">
        <ProfileLabel profile={profile} />
      </h4>
      {base && save ? (
        <RouteEditor
          steps={steps}
          base={base}
          title={t('profilesUi.referral.editLabel', { profile: name })}
          onCancel={edit.close}
          onSave={(draft) => {
            const changes = routeChanges(base, draft, stepIds);
            // A refused save keeps the editor open, so the text typed is not lost.
            if (changes && !save(profile.id, changes)) return;
            setSaved(changes !== null);
            edit.close();
          }}
        />
      ) : (
        <>
          <RouteSteps steps={steps} route={route} />
          <div className="route__considerations">
            <h5>{t('profilesUi.referral.considerations')}</h5>
            {route.considerations ? (
              <p className="route__text">{route.considerations}</p>
            ) : (
              <p className="route__text route__text--empty">{t('profilesUi.referral.noConsiderations')}</p>
            )}
          </div>
          {save && (
            <div className="route__actions">
              <button
                ref={edit.opener}
                type="button"
                className="button button--small button--secondary"
                aria-label={t('profilesUi.referral.editLabel', { profile: name })}
                onClick={() => {
                  setSaved(false);
                  edit.open(route);
                }}
                data-testid="referral-edit"
              >
                {t('profilesUi.referral.edit')}
              </button>
              {saved && (
                <span role="status" className="muted">
                  {t('profilesUi.referral.saved')}
                </span>
              )}
            </div>
          )}
        </>
      )}
    </article>
  );
}
