import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomKind } from '../../../shared/domain/plenary';
import { saveToken } from '../auth/tokens';
import { PageShell } from '../components/PageShell';
import type { CreatedWorkshop } from '../lib/api';
import { local } from '../lib/storage';
import { navigate, paths } from '../routes';
import { CreatedLinks } from './CreatedLinks';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { JoinCodeForm } from './JoinCodeForm';

export function HomePage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ workshop: CreatedWorkshop; title: string } | null>(null);

  const onCreated = (workshop: CreatedWorkshop, title: string, kind: RoomKind) => {
    // This browser is the facilitator's: it can open the workshop (and show the join code) at once.
    saveToken(local, workshop.id, workshop.facilitatorToken);
    // A plenary's work starts inside it (adding the groups); its header shows the code and mints its other links.
    if (kind === 'plenary') {
      navigate(paths.workshop(workshop.id));
      return;
    }
    setCreated({ workshop, title });
    window.scrollTo(0, 0);
  };

  return (
    <PageShell>
      <h1 className="home-title">{t('app.name')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {created ? (
        <CreatedLinks created={created.workshop} title={created.title} />
      ) : (
        <div className="home-grid">
          <JoinCodeForm />
          <CreateWorkshopForm onCreated={onCreated} />
        </div>
      )}
    </PageShell>
  );
}
