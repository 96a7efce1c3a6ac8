import { useSyncExternalStore } from 'react';
import { onLocationChange, parseRoute, type Route } from './routes';

let cachedPath = '';
let cachedRoute: Route = { name: 'home' };

/** The current route; parsed once per address so the snapshot keeps its identity. */
function snapshot(): Route {
  const path = window.location.pathname;
  if (path !== cachedPath) {
    cachedPath = path;
    cachedRoute = parseRoute(path);
  }
  return cachedRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(onLocationChange, snapshot);
}
