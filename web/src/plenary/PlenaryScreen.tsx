import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { plenaryUi } from '../../../shared/i18n/ui/plenary';
import { ConflictDialog } from '../components/ConflictDialog';
import { ToastList, useToasts } from '../components/Toasts';
import type { WorkshopSnapshot } from '../sync/useWorkshop';
import { useDocumentTitle } from '../useDocumentTitle';
import { useMutate } from '../workshop/useMutate';
import { WorkshopHeader } from '../workshop/WorkshopHeader';
import { PlenaryWorkspace } from './PlenaryWorkspace';
import '../styles/plenary.css';

/** The header's line above the title: a plenary runs on a group guide only as a technicality, so it says "Plenary". */
const PLENARY_LABEL = { es: plenaryUi.es.name, en: plenaryUi.en.name, fr: plenaryUi.fr.name };

/**
 * /w/:id of a plenary: the workshop's header and the plenary room. The guide's phases are left
 * out: the plenary is where groups present, not a room that works through a guide itself.
 */
export function PlenaryScreen({ view, snapshot }: { view: WorkshopState; snapshot: WorkshopSnapshot }) {
  const { t } = useTranslation();
  const { toasts, push, dismiss } = useToasts();
  const [conflictsOpen, setConflictsOpen] = useState(false);
  const mutate = useMutate(snapshot.client, push);
  useDocumentTitle(view.title);
  const actor = snapshot.role ? { role: snapshot.role, memberId: snapshot.memberId } : null;
  const headerView = { ...view, template: { ...view.template, group: PLENARY_LABEL } };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <WorkshopHeader view={headerView} snapshot={snapshot} joinCode={snapshot.joinCode} onShowConflicts={() => setConflictsOpen(true)} />
      <main id="main" tabIndex={-1} className="plenary-main">
        <PlenaryWorkspace view={view} confirmed={snapshot.confirmed} actor={actor} mutate={mutate} joinCode={snapshot.joinCode} />
      </main>
      <ToastList toasts={toasts} onDismiss={dismiss} />
      <ConflictDialog
        open={conflictsOpen}
        conflicts={snapshot.conflicts}
        store={snapshot.conflictStore}
        template={view.template}
        onClose={() => setConflictsOpen(false)}
      />
    </>
  );
}
