import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { loadToken } from '../auth/tokens';
import { Localized } from '../content/Localized';
import { local } from '../lib/storage';
import { PestleBoard } from '../pestle/PestleBoard';
import { PestlePanel } from '../pestle/PestlePanel';
import { PhasePanel } from '../workshop/PhasePanel';
import { showsPestleBeside } from '../workshop/PestleSidePanel';
import { useWorkshop, type WorkshopSnapshot } from '../sync/useWorkshop';
import { WorkshopGate } from '../workshop/WorkshopGate';
import { useDocumentTitle } from '../useDocumentTitle';
import { PhaseTimer } from '../timer/PhaseTimer';
import { PlenaryProjector } from '../lib/screens';
import { Loading } from '../components/Loading';
import { ExpectedResult } from '../final/ExpectedResult';
import { ProjectorJoin } from './ProjectorJoin';

/**
 * /w/:id/projector — the room's screen: no controls, large type. The room's phase (the full
 * board during the PESTLE; afterwards the phase's content with the PESTLE as a panel), the
 * timer, and how to join.
 */
export function ProjectorPage({ workshopId }: { workshopId: string }) {
  const token = loadToken(local, workshopId, 'projector');
  const snapshot = useWorkshop(workshopId, token);
  return (
    <WorkshopGate token={token} snapshot={snapshot}>
      {(view, snap) =>
        view.kind === 'plenary' ? (
          <Suspense fallback={<Loading />}>
            <PlenaryProjector view={view} snapshot={snap} />
          </Suspense>
        ) : (
          <ProjectorScreen view={view} snapshot={snap} />
        )
      }
    </WorkshopGate>
  );
}

function ProjectorScreen({ view, snapshot }: { view: WorkshopState; snapshot: WorkshopSnapshot }) {
  const { t } = useTranslation();
  const joinCode = snapshot.joinCode;
  const phase = view.template.phases.find((p) => p.id === view.currentPhaseId);
  useDocumentTitle(view.title);
  return (
    <div className="projector" data-testid="projector">
      <header className="projector__header">
        <div className="projector__titles">
          <Localized as="p" className="projector__group" text={view.template.group} />
          <h1 className="projector__title">{view.title}</h1>
        </div>
        <div className="projector__phase">
          <p className="projector__phase-label">{t('projector.currentPhase')}</p>
          <h2 className="projector__phase-title" data-testid="current-phase-title">
            {phase && <Localized text={phase.title} />}
          </h2>
          <PhaseTimer timer={view.timer} serverNow={() => snapshot.client?.serverNow() ?? Date.now()} variant="projector" />
        </div>
      </header>
      <ExpectedResult view={view} actor={null} />
      <main className="projector__body">
        {!phase || phase.kind === 'pestle' ? (
          <PestleBoard view={view} confirmed={snapshot.confirmed} actor={null} variant="projector" />
        ) : (
          <div className="projector__content" data-testid="projector-phase">
            <PhasePanel phase={phase} view={view} confirmed={snapshot.confirmed} actor={null} />
          </div>
        )}
        <div className="projector__side">
          {phase && showsPestleBeside(view, phase) && <PestlePanel view={view} />}
          <ProjectorJoin snapshot={snapshot} joinCode={joinCode} />
        </div>
      </main>
    </div>
  );
}
