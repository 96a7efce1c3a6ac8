/**
 * How long a client waits before reconnect attempt `attempt` (1 = the first after a drop).
 *
 * The common outages are short: a server restart (~1–2 s) or a Wi-Fi blip. For those the
 * client retries within a second for the first FAST_ATTEMPTS attempts (about 15 s), so
 * everyone is back within a second of the server. Only a longer outage backs off, doubling
 * up to 15 s. Every delay is half its ceiling plus a random half ("equal jitter"), so a
 * room of 2,000 clients dropped together reaches a restarted server spread over half a
 * second rather than all at once. A refused connection costs the server nothing, so fast
 * retries against a server that is down are cheap.
 */
export const FAST_ATTEMPTS = 20;
const FAST_CEILING_MS = 1000;
const MAX_CEILING_MS = 15_000;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling =
    attempt <= FAST_ATTEMPTS
      ? Math.min(FAST_CEILING_MS, 250 * 2 ** Math.max(1, attempt))
      : Math.min(MAX_CEILING_MS, FAST_CEILING_MS * 2 ** (attempt - FAST_ATTEMPTS));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
