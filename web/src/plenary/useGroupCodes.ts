import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import { useApiOptions } from '../useApiOptions';

/**
 * Each group's join code by group id, read from the plenary's own code lookup (the plenary's
 * state does not hold them). Only for those who hand codes out: the lookup is rate-limited per
 * address, and a whole venue behind one router must not spend it just by opening the plenary.
 */
export function useGroupCodes(plenaryCode: string | null, groupCount: number, enabled: boolean): Record<string, string> {
  const apiOptions = useApiOptions();
  const [codes, setCodes] = useState<Record<string, string>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: look again only when a group is added
  useEffect(() => {
    if (!enabled || !plenaryCode || groupCount === 0) return;
    let live = true;
    api
      .lookupJoinCode(plenaryCode, apiOptions)
      .then((found) => live && setCodes(Object.fromEntries(found.groups.map((g) => [g.id, g.joinCode]))))
      // The codes are a convenience here (each group's links were shown when it was added): no error to show.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [plenaryCode, groupCount, enabled]);
  return codes;
}
