import { useTranslation } from 'react-i18next';
import { CopyField } from '../components/CopyField';
import { Link } from '../components/Link';
import type { CreatedWorkshop } from '../lib/api';
import { paths } from '../routes';

/** Shown once after creating a workshop: every link, with copy buttons. */
export function CreatedLinks({ created, title }: { created: CreatedWorkshop; title: string }) {
  const { t } = useTranslation();
  return (
    <section className="card created-links" aria-labelledby="created-h" data-testid="created-links">
      <h2 id="created-h">{t('home.created.heading', { title })}</h2>
      <p className="note">{t('home.created.intro')}</p>
      <CopyField label={t('home.created.joinCode')} value={created.joinCode} testId="join-code" large />
      <CopyField label={t('home.created.participant')} value={created.links.participant} testId="link-participant" />
      <CopyField label={t('home.created.facilitator')} value={created.links.facilitator} testId="link-facilitator" />
      <CopyField label={t('home.created.rapporteur')} value={created.links.rapporteur} testId="link-rapporteur" />
      <CopyField label={t('home.created.projector')} value={created.links.projector} testId="link-projector" />
      <p className="actions">
        <Link className="button" href={paths.workshop(created.id)} data-testid="open-facilitator">
          {t('home.created.open')}
        </Link>
      </p>
    </section>
  );
}
