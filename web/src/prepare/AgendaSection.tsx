import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { useLang } from '../content/useLang';
import type { Mutate } from '../pestle/types';
import { phaseEntries } from './entries';
import { ListEditor } from './ListEditor';
import { PrepareSection } from './PrepareSection';

/** The phases in order, with their day and planned minutes. */
export function AgendaSection({ view, mutate }: { view: WorkshopState; mutate: Mutate }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PrepareSection list="phase">
      <ListEditor
        list="phase"
        label={t('prepare.sections.phase')}
        entries={phaseEntries(view.template, lang)}
        fields={['text', 'day', 'minutes']}
        mutate={mutate}
        // The server refuses it too; saying so up front spares a refused click.
        removeBlocked={(id) => (id === view.currentPhaseId ? t('prepare.row.current') : undefined)}
      />
    </PrepareSection>
  );
}
