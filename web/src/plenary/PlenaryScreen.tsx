import type { WorkshopState } from '../../../shared/domain/state';
import { plenaryUi } from '../../../shared/i18n/ui/plenary';
import type { WorkshopSnapshot } from '../sync/useWorkshop';
import { RoomShell } from '../workshop/RoomShell';
import { PlenaryWorkspace } from './PlenaryWorkspace';
import '../styles/plenary.css';

/** The header's line above the title: a plenary runs on a group guide only as a technicality, so it says "Plenary". */
const PLENARY_LABEL = { es: plenaryUi.es.name, en: plenaryUi.en.name, fr: plenaryUi.fr.name };

/**
 * /w/:id of a plenary: the workshop's header and the plenary room. The guide's phases are left
 * out: the plenary is where groups present, not a room that works through a guide itself.
 */
export function PlenaryScreen({ view, snapshot }: { view: WorkshopState; snapshot: WorkshopSnapshot }) {
  const actor = snapshot.role ? { role: snapshot.role, memberId: snapshot.memberId } : null;
  const headerView = { ...view, template: { ...view.template, group: PLENARY_LABEL } };
  return (
    <RoomShell view={view} snapshot={snapshot} headerView={headerView}>
      {(mutate) => (
        <main id="main" tabIndex={-1} className="plenary-main">
          <PlenaryWorkspace view={view} confirmed={snapshot.confirmed} actor={actor} mutate={mutate} joinCode={snapshot.joinCode} />
        </main>
      )}
    </RoomShell>
  );
}
