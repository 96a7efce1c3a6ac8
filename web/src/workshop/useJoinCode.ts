import { useEffect, useState } from 'react';
import type { Role } from '../../../shared/domain/constants';
import { joinCodeKey } from '../auth/tokens';
import { api } from '../lib/api';
import { local } from '../lib/storage';
import { useApiOptions } from '../useApiOptions';

/**
 * The workshop's join code. WorkshopState does not carry it: the server's welcome does
 * (`fromServer`); failing that it is known in the browser that created the workshop or joined
 * with it, from a `#join=` in the link, or from the state endpoint when that includes it.
 */
export function useJoinCode(workshopId: string, token: string | null, role: Role | null, fromServer: string | null): string | null {
  const apiOptions = useApiOptions();
  const [stored, setCode] = useState(() => local.getItem(joinCodeKey(workshopId)));
  const code = fromServer || stored;
  // biome-ignore lint/correctness/useExhaustiveDependencies: ask once per workshop and role
  useEffect(() => {
    if (code || !token || !role || role === 'participant') return;
    let live = true;
    api
      .workshopInfo(workshopId, token, apiOptions)
      .then((info) => {
        if (!live || typeof info.joinCode !== 'string' || !/^[A-Z0-9]{1,32}$/.test(info.joinCode)) return;
        local.setItem(joinCodeKey(workshopId), info.joinCode);
        setCode(info.joinCode);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [workshopId, token, role]);
  return code;
}
