import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadToken } from '../auth/tokens';
import { localize } from '../../../shared/template/schema';
import { Localized } from '../content/Localized';
import { useLang } from '../content/useLang';
import { local } from '../lib/storage';
import { useWorkshop } from '../sync/useWorkshop';
import { PhaseNav } from './PhaseNav';
import { RoomShell } from './RoomShell';
import type { Mutate } from '../pestle/types';
import { PhasePanel } from './PhasePanel';
import { usePhaseSelection } from './usePhaseSelection';
import { WorkshopGate } from './WorkshopGate';
import { TwoWaySwitch } from '../components/TwoWaySwitch';
import { PhaseTimer } from '../timer/PhaseTimer';
import { TimerControls } from '../timer/TimerControls';
import { PestleSidePanel, showsPestleBeside } from './PestleSidePanel';
import { PhaseControls } from './PhaseControls';
import { PrepareToggle } from '../prepare/PrepareToggle';
import { PlenaryScreen, PreparePanel } from '../lib/screens';
import { Loading } from '../components/Loading';
import { ExpectedResult } from '../final/ExpectedResult';
import type { WorkshopState } from '../../../shared/domain/state';
import type { WorkshopSnapshot } from '../sync/useWorkshop';

/** /w/:id — the workshop for the facilitator, the rapporteur and participants. */
export function WorkshopPage({ workshopId }: { workshopId: string }) {
  const token = loadToken(local, workshopId);
  const snapshot = useWorkshop(workshopId, token);
  return (
    <WorkshopGate token={token} snapshot={snapshot}>
      {(view, snap) =>
        view.kind === 'plenary' ? (
          <Suspense fallback={<Loading />}>
            <PlenaryScreen view={view} snapshot={snap} />
          </Suspense>
        ) : (
          <WorkshopScreen view={view} snapshot={snap} />
        )
      }
    </WorkshopGate>
  );
}

function WorkshopScreen({ view, snapshot }: { view: WorkshopState; snapshot: WorkshopSnapshot }) {
  return (
    <RoomShell view={view} snapshot={snapshot}>
      {(mutate) => <PhasesLayout view={view} snapshot={snapshot} mutate={mutate} />}
    </RoomShell>
  );
}

/** The guide's phases: the list beside the selected phase, with the facilitator's controls. */
function PhasesLayout({ view, snapshot, mutate }: { view: WorkshopState; snapshot: WorkshopSnapshot; mutate: Mutate | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [preparing, setPreparing] = useState(false);
  const isFacilitator = snapshot.role === 'facilitator';
  const followOnly = view.navigation === 'follow' && !isFacilitator;
  const { selectedId, select } = usePhaseSelection(view.currentPhaseId, followOnly);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const phases = view.template.phases;
  const phase = phases.find((p) => p.id === selectedId) ?? phases.find((p) => p.id === view.currentPhaseId) ?? phases[0];
  const current = phases.find((p) => p.id === view.currentPhaseId);
  const actor = snapshot.role ? { role: snapshot.role, memberId: snapshot.memberId } : null;
  if (!phase) return null;
  const elsewhere = phase.id !== view.currentPhaseId;
  const beside = showsPestleBeside(view, phase);

  const selectAndFocus = (id: string) => {
    setPreparing(false); // opening a phase leaves prepare mode
    select(id);
    // Move focus to the phase's title so keyboard and screen-reader users land on what they opened.
    requestAnimationFrame(() => titleRef.current?.focus());
  };

  return (
    <div className="ws-layout">
      <PhaseNav
        phases={phases}
        currentPhaseId={view.currentPhaseId}
        selectedId={phase.id}
        onSelect={selectAndFocus}
        followOnly={followOnly}
      />
      <main id="main" tabIndex={-1} className="ws-main">
        {isFacilitator && mutate && <PrepareToggle pressed={preparing} onToggle={() => setPreparing((p) => !p)} />}
        {preparing && isFacilitator && mutate ? (
          <Suspense fallback={<Loading />}>
            <PreparePanel view={view} mutate={mutate} />
          </Suspense>
        ) : (
          <>
            {elsewhere && current && (
              <div className="notice notice--room" data-testid="room-elsewhere">
                <p>{t('phases.roomIsAt', { title: localize(current.title, lang) })}</p>
                <button type="button" className="button button--small button--secondary" onClick={() => selectAndFocus(current.id)}>
                  {t('phases.backToCurrent')}
                </button>
              </div>
            )}
            <div className="phase-head">
              <h2 className="phase-head__title" ref={titleRef} tabIndex={-1} data-testid="current-phase-title">
                <Localized text={phase.title} />
              </h2>
              {!elsewhere && (
                <p className="phase-head__status">
                  <span className="live-badge">{t('phases.current')}</span> {t('phases.roomHere')}
                </p>
              )}
              <PhaseTimer timer={view.timer} serverNow={() => snapshot.client?.serverNow() ?? Date.now()} />
              {isFacilitator && mutate && (
                <TwoWaySwitch
                  label={t('phases.navigation.label')}
                  off={t('phases.navigation.free')}
                  on={t('phases.navigation.follow')}
                  checked={view.navigation === 'follow'}
                  onChange={(follow) => mutate('phase.setNavigation', { mode: follow ? 'follow' : 'free' })}
                  testId="navigation-toggle"
                  dataValue={view.navigation}
                />
              )}
              {isFacilitator && mutate && <PhaseControls phase={phase} view={view} mutate={mutate} />}
              {isFacilitator && mutate && !elsewhere && (
                <TimerControls timer={view.timer} plannedMinutes={current?.plannedMinutes} mutate={mutate} />
              )}
              {isFacilitator && mutate && elsewhere && (
                <button
                  type="button"
                  className="button"
                  data-testid="move-room-here"
                  onClick={() => mutate('phase.set', { phaseId: phase.id })}
                >
                  {t('phases.moveRoom')}
                </button>
              )}
            </div>
            <ExpectedResult view={view} actor={actor} />
            <div className={beside ? 'ws-phase ws-phase--with-pestle' : 'ws-phase'}>
              <div className="ws-phase__content">
                <PhasePanel phase={phase} view={view} confirmed={snapshot.confirmed} actor={actor} mutate={mutate} />
              </div>
              {beside && <PestleSidePanel view={view} />}
            </div>
          </>
        )}
      </main>
    </div>
  );
}
