import { useTranslation } from 'react-i18next';
import { ContentBlocks } from '../content/ContentBlocks';
import { profilesAccess } from '../profiles/access';
import { ProfilesGrid } from '../profiles/ProfilesGrid';
import { RouteList } from '../profiles/RouteList';
import { cellSaver, routeSaver } from '../profiles/send';
import type { PhaseProps } from './types';
import '../styles/profiles.css';

/**
 * Profiles, needs and referral mechanisms: the guide's text, the profiles × needs grid and a
 * referral route per profile. Editing is offered only when the domain would accept it.
 */
export function ProfilesPhase({ phase, view, confirmed, actor, mutate }: PhaseProps) {
  const { t } = useTranslation();
  const access = profilesAccess(view, actor, mutate !== undefined);
  const send = access.editable ? mutate : undefined;
  return (
    <>
      {access.locked && (
        <div className="notice notice--room" role="status" data-testid="profiles-lock-notice">
          <p>{t('lock.notice')}</p>
        </div>
      )}
      <ContentBlocks blocks={phase.body} />
      <ProfilesGrid view={view} confirmed={confirmed} save={send && cellSaver(send)} />
      <RouteList view={view} save={send && routeSaver(send)} />
    </>
  );
}
