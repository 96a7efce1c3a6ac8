/**
 * A short, stable fingerprint of an access token (cyrb53, not a secret-grade hash: it only has to
 * tell this browser's tokens apart). Outboxes and cached views are tagged with it so a tab never
 * sends one person's unsent changes, or shows their view, under another token that was later
 * stored for the same workshop in this browser. The token itself is never written to IndexedDB.
 */
export function tokenKey(token: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i++) {
    const ch = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
