import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadToken, saveToken } from '../auth/tokens';
import { ApiError, api } from '../lib/api';
import { local } from '../lib/storage';
import { navigate, paths } from '../routes';
import { useApiOptions } from '../useApiOptions';

/**
 * The way from a group into its plenary. Joining a group left a plenary token in this browser;
 * whoever has none (the group's facilitator and rapporteur, or a browser that lost it) gets a
 * seat in the plenary, under the same name, on the first press.
 */
export function OpenPlenary({ groupId, plenaryId }: { groupId: string; plenaryId: string }) {
  const { t } = useTranslation();
  const apiOptions = useApiOptions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const open = async () => {
    if (busy) return;
    if (loadToken(local, plenaryId) !== null) return navigate(paths.workshop(plenaryId));
    const token = loadToken(local, groupId);
    if (!token) return;
    setBusy(true);
    setError('');
    try {
      const seat = await api.plenarySeat(groupId, token, apiOptions);
      saveToken(local, seat.workshopId, seat.participantToken);
      navigate(paths.workshop(seat.workshopId));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.network'));
      setBusy(false);
    }
  };
  return (
    <div className="actions">
      <button type="button" className="button button--secondary" aria-busy={busy} onClick={open} data-testid="open-plenary">
        {t('plenaryUi.phase.open')}
      </button>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
