import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { loadToken } from '../auth/tokens';
import { useLang } from '../content/useLang';
import { ApiError, api } from '../lib/api';
import { local } from '../lib/storage';
import { clockTime } from '../matrices/progress';
import { useApiOptions } from '../useApiOptions';

/**
 * A group's facilitator or rapporteur sends the final matrices to the plenary. What was sent,
 * and when, comes back through the group's own log (finalSentVersion), so every member's
 * screen says it, and a screen reader hears it (aria-live).
 */
export function SendToPlenary({ view, canSend }: { view: WorkshopState; canSend: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const apiOptions = useApiOptions();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const sent = view.finalSentVersion > 0 && view.finalSentAt !== null;

  const send = async () => {
    const token = loadToken(local, view.id);
    if (busy || !token) return;
    setBusy(true);
    setError('');
    try {
      await api.sendToPlenary(view.id, token, apiOptions);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="send-plenary">
      <p className={sent ? 'sent-badge' : 'muted'} aria-live="polite" data-testid="sent-to-plenary">
        {sent
          ? t('plenaryUi.phase.sent', { version: view.finalSentVersion, time: clockTime(view.finalSentAt ?? 0, lang) })
          : t('plenaryUi.phase.notSent')}
      </p>
      {canSend && (
        <>
          <p className="hint" id={hintId}>
            {t('plenaryUi.phase.sendHint')}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void send()}
            disabled={busy}
            aria-describedby={hintId}
            data-testid="send-to-plenary"
          >
            {busy ? t('plenaryUi.phase.sending') : sent ? t('plenaryUi.phase.sendAgain') : t('plenaryUi.phase.send')}
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </div>
  );
}
