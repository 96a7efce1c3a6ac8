import { lazy } from 'react';

/**
 * Screens a participant's first page load does not need — the later phases, the facilitator's
 * prepare mode, the plenary — as separate chunks, so a phone on the venue's Wi-Fi starts with
 * less. Once the page is up they are all fetched in the background (prefetchScreens): a phase
 * opened later, even with the network gone, is already in the browser.
 */
const loaders = {
  objectives: () => import('../phases/ObjectivesPhase').then((m) => ({ default: m.ObjectivesPhase })),
  questions: () => import('../phases/QuestionsPhase').then((m) => ({ default: m.QuestionsPhase })),
  profiles: () => import('../phases/ProfilesPhase').then((m) => ({ default: m.ProfilesPhase })),
  workingMatrix: () => import('../phases/WorkingMatrixPhase').then((m) => ({ default: m.WorkingMatrixPhase })),
  finalMatrix: () => import('../phases/FinalMatrixPhase').then((m) => ({ default: m.FinalMatrixPhase })),
  plenaryPhase: () => import('../phases/PlenaryPhase').then((m) => ({ default: m.PlenaryPhase })),
  prepare: () => import('../prepare/PreparePanel').then((m) => ({ default: m.PreparePanel })),
  plenaryScreen: () => import('../plenary/PlenaryScreen').then((m) => ({ default: m.PlenaryScreen })),
  plenaryProjector: () => import('../plenary/PlenaryProjector').then((m) => ({ default: m.PlenaryProjector })),
};

export const ObjectivesPhase = lazy(loaders.objectives);
export const QuestionsPhase = lazy(loaders.questions);
export const ProfilesPhase = lazy(loaders.profiles);
export const WorkingMatrixPhase = lazy(loaders.workingMatrix);
export const FinalMatrixPhase = lazy(loaders.finalMatrix);
export const PlenaryPhase = lazy(loaders.plenaryPhase);
export const PreparePanel = lazy(loaders.prepare);
export const PlenaryScreen = lazy(loaders.plenaryScreen);
export const PlenaryProjector = lazy(loaders.plenaryProjector);

/** Fetches every lazy screen once the page is idle; a failure (offline) is retried when the screen is opened. */
export function prefetchScreens(): void {
  const run = () => {
    for (const load of Object.values(loaders)) load().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
