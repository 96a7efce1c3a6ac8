import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/constants';
import { documentsOf } from '../../../shared/domain/documents';
import type { RoomKind } from '../../../shared/domain/plenary';
import { loadToken } from '../auth/tokens';
import { useLang } from '../content/useLang';
import { ApiError, downloadExport } from '../lib/api';
import { saveFile } from '../lib/saveFile';
import { local } from '../lib/storage';
import { useApiOptions } from '../useApiOptions';
import { LanguageOptions } from '../components/LanguageOptions';

/**
 * The facilitator's and the rapporteur's downloads: each document of the workshop, its labels
 * in the language chosen here (what people wrote stays as written).
 */
export function DocumentsMenu({ workshopId, kind }: { workshopId: string; kind: RoomKind }) {
  const { t } = useTranslation();
  const options = useApiOptions();
  const uiLang = useLang();
  const langId = useId();
  const [docLang, setDocLang] = useState<Language>(uiLang);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(file: string) {
    const token = loadToken(local, workshopId);
    if (!token || busy) return;
    setBusy(file);
    setError(null);
    try {
      const { blob, filename } = await downloadExport(workshopId, file, docLang, token, options);
      saveFile(blob, filename);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('errors.network'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <details className="share-links" data-testid="documents-menu">
      <summary>{t('documents.summary')}</summary>
      <div className="share-links__row">
        <label htmlFor={langId}>{t('documents.language')}</label>
        <select
          id={langId}
          className="input documents-lang"
          value={docLang}
          onChange={(e) => setDocLang(e.target.value as Language)}
          data-testid="documents-lang"
        >
          <LanguageOptions />
        </select>
      </div>
      <ul className="documents-list">
        {documentsOf(kind).map((document) => (
          <li key={document.kind} className="documents-list__kind">
            <span className="documents-list__name">{t(`documents.kinds.${document.kind}`)}</span>
            <span className="documents-list__formats">
              {document.formats.map((format) => {
                const file = `${document.kind}.${format}`;
                return (
                  <button
                    key={format}
                    type="button"
                    className="button button--secondary"
                    aria-busy={busy === file}
                    aria-label={`${t(`documents.kinds.${document.kind}`)} (${t(`documents.formats.${format}`)})`}
                    onClick={() => void download(file)}
                    data-testid="documents-download"
                    data-file={file}
                  >
                    {t(`documents.formats.${format}`)}
                  </button>
                );
              })}
            </span>
          </li>
        ))}
      </ul>
      <p className="share-links__hint">{t('documents.hint')}</p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
