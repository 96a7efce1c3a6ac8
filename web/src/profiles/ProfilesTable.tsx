import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { TableScroll } from '../components/TableScroll';
import { Localized } from '../content/Localized';
import { NeedCell } from './NeedCell';
import { ProfileLabel } from './ProfileLabel';
import type { SaveCell } from './send';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  save?: SaveCell;
}

/** Desktop: profiles as rows, needs as columns; the first column and the header stay in view. */
export function ProfilesTable({ view, confirmed, save }: Props) {
  const { t } = useTranslation();
  const { profiles, needs } = view.template;
  return (
    <TableScroll label={t('profilesUi.grid.tableLabel')}>
      <table className="table profiles-table" data-testid="profiles-grid" data-layout="table">
        <thead>
          <tr>
            <th scope="col">{t('profilesUi.grid.profile')}</th>
            {needs.map((need) => (
              <th key={need.id} scope="col">
                <Localized text={need.label} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {profiles.map((profile) => (
            <tr key={profile.id}>
              <th scope="row">
                <ProfileLabel profile={profile} />
              </th>
              {needs.map((need) => (
                <NeedCell key={need.id} as="td" profile={profile} need={need} view={view} confirmed={confirmed} save={save} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
