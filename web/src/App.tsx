import { useEffect, useRef, useState } from 'react';
import { prefetchScreens } from './lib/screens';
import { useTranslation } from 'react-i18next';
import { captureFragmentToken } from './auth/tokens';
import { ErrorScreen } from './components/ErrorScreen';
import { HomePage } from './home/HomePage';
import { JoinPage } from './join/JoinPage';
import { local } from './lib/storage';
import { ProjectorPage } from './projector/ProjectorPage';
import { useDocumentTitle } from './useDocumentTitle';
import { useRoute } from './useRoute';
import { WorkshopPage } from './workshop/WorkshopPage';

/** Takes a `#token=` out of the address into storage; true when one was taken. */
export function captureTokenFromLocation(): boolean {
  const clean = captureFragmentToken(window.location, local);
  if (clean === null) return false;
  history.replaceState(history.state, '', clean);
  return true;
}

/** A link pasted into the same tab only changes the fragment: take the token and remount the page. */
function useTokenFromHashChanges(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const onHash = () => {
      if (captureTokenFromLocation()) setVersion((v) => v + 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return version;
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const tokenVersion = useTokenFromHashChanges();
  const first = useRef(true);
  useDocumentTitle(null);
  useEffect(prefetchScreens, []);

  // After in-app navigation, start reading (and tabbing) at the new page's main content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [route]);

  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'join':
      return <JoinPage key={route.code} code={route.code} />;
    case 'workshop':
      return <WorkshopPage key={`${route.workshopId}:${tokenVersion}`} workshopId={route.workshopId} />;
    case 'projector':
      return <ProjectorPage key={`${route.workshopId}:${tokenVersion}`} workshopId={route.workshopId} />;
    case 'notFound':
      return <ErrorScreen title={t('errors.pageNotFoundTitle')} body={t('errors.pageNotFoundBody')} />;
  }
}
