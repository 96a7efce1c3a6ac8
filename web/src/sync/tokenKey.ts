import { cyrb53 } from '../../../shared/hash';

/**
 * A short, stable fingerprint of an access token (cyrb53, not a secret-grade hash: it only has to
 * tell this browser's tokens apart). Outboxes and cached views are tagged with it so a tab never
 * sends one person's unsent changes, or shows their view, under another token that was later
 * stored for the same workshop in this browser. The token itself is never written to IndexedDB.
 */
export function tokenKey(token: string): string {
  // Base 36, as it has always been stored: a new form would orphan outboxes already in IndexedDB.
  return cyrb53(token).toString(36);
}
