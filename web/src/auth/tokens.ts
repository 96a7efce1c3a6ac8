import type { KeyValueStorage } from '../lib/storage';
import { parseRoute } from '../routes';

/**
 * Where a workshop's access token is kept. The projector's own token is kept apart so that a
 * facilitator who opens the projector link on the same laptop keeps their facilitator seat.
 */
export type TokenScope = 'workshop' | 'projector';

export function tokenKey(workshopId: string, scope: TokenScope): string {
  return scope === 'projector' ? `mesa.token.${workshopId}.projector` : `mesa.token.${workshopId}`;
}

export function saveToken(storage: KeyValueStorage, workshopId: string, token: string, scope: TokenScope = 'workshop'): void {
  storage.setItem(tokenKey(workshopId, scope), token);
}

/** The projector falls back to the browser's workshop token: a facilitator may project with their own. */
export function loadToken(storage: KeyValueStorage, workshopId: string, scope: TokenScope = 'workshop'): string | null {
  const own = storage.getItem(tokenKey(workshopId, scope));
  if (own || scope === 'workshop') return own;
  return storage.getItem(tokenKey(workshopId, 'workshop'));
}

export function forgetToken(storage: KeyValueStorage, workshopId: string, scope: TokenScope = 'workshop'): void {
  storage.removeItem(tokenKey(workshopId, scope));
}

export interface FragmentSecrets {
  token: string | null;
  /** The fragment with the secrets removed ('' when nothing else was there). */
  rest: string;
}

const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

export function parseFragment(hash: string): FragmentSecrets {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  params.delete('token');
  const rest = params.toString();
  return {
    token: token && TOKEN.test(token) ? token : null,
    rest: rest ? `#${rest}` : '',
  };
}

/**
 * Moves a `#token=` from a workshop or projector link into storage and takes it out of the
 * address bar, so it is not left on screen, in the history or in a screenshot.
 * Returns the address to put in place of the current one, or null when nothing changed.
 */
export function captureFragmentToken(loc: { pathname: string; search: string; hash: string }, storage: KeyValueStorage): string | null {
  if (!loc.hash) return null;
  const route = parseRoute(loc.pathname);
  if (route.name !== 'workshop' && route.name !== 'projector') return null;
  const secrets = parseFragment(loc.hash);
  if (!secrets.token) return null;
  saveToken(storage, route.workshopId, secrets.token, route.name === 'projector' ? 'projector' : 'workshop');
  return `${loc.pathname}${loc.search}${secrets.rest}`;
}
