import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { ConflictDialog } from '../components/ConflictDialog';
import { ToastList, useToasts } from '../components/Toasts';
import type { Mutate } from '../pestle/types';
import type { WorkshopSnapshot } from '../sync/useWorkshop';
import { useDocumentTitle } from '../useDocumentTitle';
import { useMutate } from './useMutate';
import { WorkshopHeader } from './WorkshopHeader';

interface Props {
  view: WorkshopState;
  snapshot: WorkshopSnapshot;
  /** What the header shows, when it differs from the room (a plenary says "Plenary", not its technical guide). */
  headerView?: WorkshopState;
  /** The room's content, given the way to send mutations (refusals become toasts). */
  children: (mutate: Mutate | undefined) => ReactNode;
}

/** What every room's page has around its content: the skip link, the header, the toasts and the list of changes not accepted. */
export function RoomShell({ view, snapshot, headerView = view, children }: Props) {
  const { t } = useTranslation();
  const { toasts, push, dismiss } = useToasts();
  const [conflictsOpen, setConflictsOpen] = useState(false);
  const mutate = useMutate(snapshot.client, push);
  useDocumentTitle(view.title);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <WorkshopHeader view={headerView} snapshot={snapshot} joinCode={snapshot.joinCode} onShowConflicts={() => setConflictsOpen(true)} />
      {children(mutate)}
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
