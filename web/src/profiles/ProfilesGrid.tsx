import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { ProfileCards } from './ProfileCards';
import { ProfilesTable } from './ProfilesTable';
import type { SaveCell } from './send';
import { useNarrow } from './useNarrow';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  save?: SaveCell;
}

/** The profiles × needs worksheet: a table on wide screens, cards on phones. */
export function ProfilesGrid({ view, confirmed, save }: Props) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const Layout = narrow ? ProfileCards : ProfilesTable;
  return (
    <section className="section profiles-grid" aria-labelledby="profiles-grid-h">
      <h3 id="profiles-grid-h">{t('profilesUi.grid.heading')}</h3>
      {save && <p className="hint">{t('profilesUi.grid.hint')}</p>}
      <Layout view={view} confirmed={confirmed} save={save} />
    </section>
  );
}
