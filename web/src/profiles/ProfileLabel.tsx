import { useTranslation } from 'react-i18next';
import { localize, type Template } from '../../../shared/template/schema';
import { Localized } from '../content/Localized';
import { useLang } from '../content/useLang';

type Profile = Template['profiles'][number];

/** A vulnerability profile's name, and the document it comes from when the guide says. */
export function ProfileLabel({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Localized className="profile-label" text={profile.label} />
      {profile.source && <span className="profile-source">{t('profilesUi.grid.source', { source: localize(profile.source, lang) })}</span>}
    </>
  );
}
