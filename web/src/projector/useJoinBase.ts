import { useEffect, useState } from 'react';

/**
 * The address phones should open. The projector is often this very laptop at "localhost",
 * which a phone cannot reach, so the server's idea (PUBLIC_URL or its LAN address) wins.
 */
export function useJoinBase(): string {
  const [base, setBase] = useState(window.location.origin);
  useEffect(() => {
    let live = true;
    fetch('/api/server-info')
      .then((r) => (r.ok ? (r.json() as Promise<{ joinBaseUrl: string | null }>) : null))
      .then((info) => {
        if (live && info?.joinBaseUrl) setBase(info.joinBaseUrl);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return base;
}
