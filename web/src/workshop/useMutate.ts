import { useCallback, useEffect } from 'react';
import { isErrorCode } from '../../../shared/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import type { SyncClient } from '../../../shared/sync/client';
import { currentLanguage } from '../i18n';
import type { Mutate } from '../pestle/types';

/**
 * Sends mutations through the client and turns refusals into notices. The server's messages
 * come from the same shared catalogue, so a rejection is re-worded in the current UI language
 * (the connection's language was fixed when it opened); unknown codes keep the server's text.
 */
export function useMutate(client: SyncClient | null, notify: (message: string) => void): Mutate | undefined {
  useEffect(() => {
    if (!client) return;
    return client.onRejection((r) => notify(isErrorCode(r.code) ? errorMessage(currentLanguage(), r.code, r.params) : r.message));
  }, [client, notify]);

  const mutate = useCallback<Mutate>(
    (name, args) => {
      if (!client) return false;
      const result = client.mutate(name, args);
      if (!result.ok) notify(errorMessage(currentLanguage(), result.code, result.params));
      return result.ok;
    },
    [client, notify],
  );
  return client ? mutate : undefined;
}
