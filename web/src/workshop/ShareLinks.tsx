import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadToken } from '../auth/tokens';
import { CopyField } from '../components/CopyField';
import { ApiError, api } from '../lib/api';
import { saveFile } from '../lib/saveFile';
import { local } from '../lib/storage';
import { useApiOptions } from '../useApiOptions';

type LinkRole = 'projector' | 'rapporteur';

/**
 * The facilitator mints fresh secret links for the projector and the rapporteur: the server
 * keeps only hashes, so a link given out earlier cannot be shown again, only replaced.
 */
export function ShareLinks({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const options = useApiOptions();
  const [links, setLinks] = useState<Partial<Record<LinkRole, string>>>({});
  const [error, setError] = useState<string | null>(null);

  async function mint(role: LinkRole) {
    setError(null);
    const token = loadToken(local, workshopId);
    if (!token) return;
    try {
      const { link } = await api.issueLink(workshopId, token, role, options);
      setLinks((current) => ({ ...current, [role]: link }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.network'));
    }
  }

  async function downloadGuide() {
    setError(null);
    const token = loadToken(local, workshopId);
    if (!token) return;
    try {
      const template = await api.exportTemplate(workshopId, token, options);
      saveFile(new Blob([`${JSON.stringify(template, null, 1)}\n`], { type: 'application/json' }), `${template.id}.json`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.network'));
    }
  }

  return (
    <details className="share-links" data-testid="share-links">
      <summary>{t('share.summary')}</summary>
      <p className="share-links__hint">{t('share.hint')}</p>
      {(['projector', 'rapporteur'] as const).map((role) => (
        <div key={role} className="share-links__row">
          {links[role] ? (
            <CopyField label={t(`share.${role}`)} value={links[role] ?? ''} testId={`share-link-${role}`} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => void mint(role)} data-testid={`share-mint-${role}`}>
              {t(`share.mint.${role}`)}
            </button>
          )}
        </div>
      ))}
      <div className="share-links__row">
        <button type="button" className="button button--secondary" onClick={() => void downloadGuide()} data-testid="template-export">
          {t('templates.export')}
        </button>
      </div>
      {error && (
        <p role="alert" className="share-links__error">
          {error}
        </p>
      )}
    </details>
  );
}
