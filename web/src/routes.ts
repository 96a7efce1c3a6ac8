/** The app's few pages, parsed from `location.pathname` (no router dependency). */
export type Route =
  | { name: 'home' }
  | { name: 'join'; code: string }
  | { name: 'workshop'; workshopId: string }
  | { name: 'projector'; workshopId: string }
  | { name: 'notFound' };

const ID = '([A-Za-z0-9][A-Za-z0-9_-]{0,63})';
const WORKSHOP = new RegExp(`^/w/${ID}/?$`);
const PROJECTOR = new RegExp(`^/w/${ID}/projector/?$`);
const JOIN = /^\/join\/([^/]{1,32})\/?$/;

/** Join codes are read aloud and typed on phones: accept lower case, spaces and dashes. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  let match = PROJECTOR.exec(pathname);
  if (match?.[1]) return { name: 'projector', workshopId: match[1] };
  match = WORKSHOP.exec(pathname);
  if (match?.[1]) return { name: 'workshop', workshopId: match[1] };
  match = JOIN.exec(pathname);
  if (match?.[1]) {
    let code: string;
    try {
      code = decodeURIComponent(match[1]);
    } catch {
      return { name: 'notFound' };
    }
    const normalized = normalizeJoinCode(code);
    if (/^[A-Z0-9]{1,32}$/.test(normalized)) return { name: 'join', code: normalized };
  }
  return { name: 'notFound' };
}

export const paths = {
  home: () => '/',
  join: (code: string) => `/join/${encodeURIComponent(normalizeJoinCode(code))}`,
  workshop: (id: string) => `/w/${encodeURIComponent(id)}`,
  projector: (id: string) => `/w/${encodeURIComponent(id)}/projector`,
};

const NAVIGATE = 'mesa:navigate';

/** Client-side navigation: push the address and let `useRoute` re-render. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** Subscribes to address changes from navigate() and the back/forward buttons. */
export function onLocationChange(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE, listener);
  };
}
