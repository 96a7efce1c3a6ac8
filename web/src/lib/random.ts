/** The part of Web Crypto used here; `randomUUID` is missing outside secure contexts. */
export interface CryptoLike {
  getRandomValues(array: Uint8Array): Uint8Array;
  randomUUID?: () => string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and Mesa is
 * often served over plain http on a venue's LAN, so fall back to `getRandomValues`, which
 * browsers expose everywhere.
 */
export function uuidv4(crypto: CryptoLike = globalThis.crypto): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const h = Array.from(b, (byte) => HEX[byte]).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A random id of `length` characters from [A-Za-z0-9_-] (64 symbols, so `& 63` is unbiased). */
export function randomId(length = 22, crypto: CryptoLike = globalThis.crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte & 63];
  return id;
}
