import { cyrb53 } from '../hash.js';
import type { WorkshopState } from './state.js';

/** JSON with object keys sorted, so equal states always serialise the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** 14 hex digits of cyrb53, the form state hashes travel in. */
const hex = (text: string) => cyrb53(text).toString(16).padStart(14, '0');

/** Nodes whose canonical text is longer than this are replaced by their hash in their parent's text. */
const INLINE_MAX = 64;
/**
 * Digest of each state object already seen. States are immutable and the reducer shares every
 * unchanged subtree with the previous state, so after an event only the changed path is
 * digested again: a server that hashes its state after every commit (each welcome carries the
 * hash) pays for the change, not for the whole workshop.
 */
const digests = new WeakMap<object, string>();

function digest(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const cached = digests.get(value);
  if (cached !== undefined) return cached;
  let text: string;
  if (Array.isArray(value)) text = `[${value.map(digest).join(',')}]`;
  else {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    text = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${digest(v)}`).join(',')}}`;
  }
  // "#" cannot start JSON, so a digest never reads as a value.
  const result = text.length > INLINE_MAX ? `#${hex(text)}` : text;
  digests.set(value, result);
  return result;
}

/**
 * A 53-bit hash of a state: a Merkle hash over its canonical JSON (key order and undefined
 * fields do not matter; any change of a value does). It detects a client whose state drifted
 * from the server's; it is not a security device. States must not be mutated once hashed.
 */
export function stateHash(state: WorkshopState | null): string {
  return hex(digest(state));
}
