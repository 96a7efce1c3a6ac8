import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { RouteCard } from './RouteCard';
import type { SaveRoute } from './send';

interface Props {
  view: WorkshopState;
  save?: SaveRoute;
}

/** Every profile's referral route, in the guide's order of profiles. */
export function RouteList({ view, save }: Props) {
  const { t } = useTranslation();
  return (
    <section className="section routes" aria-labelledby="routes-h" data-testid="referral-routes">
      <h3 id="routes-h">{t('profilesUi.referral.heading')}</h3>
      <p className="hint">{t('profilesUi.referral.hint')}</p>
      <div className="routes__list">
        {view.template.profiles.map((profile) => (
          <RouteCard key={profile.id} profile={profile} view={view} save={save} />
        ))}
      </div>
    </section>
  );
}
