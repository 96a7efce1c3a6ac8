import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';
import { AgendaSection } from './AgendaSection';
import { LabelsSection } from './LabelsSection';
import { ObjectivesSection } from './ObjectivesSection';
import { QuestionsSection } from './QuestionsSection';
import '../styles/prepare.css';

/**
 * Prepare mode: the facilitator adapts this workshop's copy of the guide before (or during) the
 * session. Every change is an ordinary mutation, so it reaches the room live and the server
 * checks it; the template the workshop started from stays as it was.
 */
export function PreparePanel({ view, mutate }: { view: WorkshopState; mutate: Mutate }) {
  const { t } = useTranslation();
  return (
    <div className="prepare" data-testid="prepare-panel">
      <h2 className="prepare__title">{t('prepare.heading')}</h2>
      <div className="notice prepare__intro">
        <ul>
          <li>{t('prepare.intro.live')}</li>
          <li>{t('prepare.intro.translations')}</li>
          <li>{t('prepare.intro.inUse')}</li>
        </ul>
      </div>
      <AgendaSection view={view} mutate={mutate} />
      <ObjectivesSection template={view.template} mutate={mutate} />
      <QuestionsSection template={view.template} mutate={mutate} />
      <LabelsSection list="profile" template={view.template} mutate={mutate} />
      <LabelsSection list="need" template={view.template} mutate={mutate} />
    </div>
  );
}
