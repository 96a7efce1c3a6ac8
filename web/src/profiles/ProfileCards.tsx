import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { Localized } from '../content/Localized';
import { filledCount } from './cells';
import { NeedCell } from './NeedCell';
import { ProfileLabel } from './ProfileLabel';
import type { SaveCell } from './send';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  save?: SaveCell;
}

/**
 * Phones: one collapsible card per profile listing its needs, so nothing scrolls sideways.
 * Native <details> gives keyboard and screen reader support for free.
 */
export function ProfileCards({ view, confirmed, save }: Props) {
  const { t } = useTranslation();
  const { profiles, needs } = view.template;
  return (
    <div className="profile-cards" data-testid="profiles-grid" data-layout="cards">
      {profiles.map((profile) => (
        <details key={profile.id} className="profile-card" data-testid="profile-card" data-profile={profile.id}>
          <summary className="profile-card__summary">
            <span className="profile-card__name">
              <ProfileLabel profile={profile} />
            </span>
            <span className="profile-card__count">
              {t('profilesUi.grid.filled', { count: filledCount(view, profile.id), total: needs.length })}
            </span>
          </summary>
          <ul className="profile-card__needs">
            {needs.map((need) => (
              <NeedCell key={need.id} as="li" profile={profile} need={need} view={view} confirmed={confirmed} save={save}>
                <Localized className="need-cell__name" text={need.label} />
              </NeedCell>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
