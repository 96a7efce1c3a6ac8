import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/constants';
import type { RoomKind } from '../../../shared/domain/plenary';
import { loadToken } from '../auth/tokens';
import { useLang } from '../content/useLang';
import { ApiError, downloadExport } from '../lib/api';
import { saveFile } from '../lib/saveFile';
import { local } from '../lib/storage';
import { useApiOptions } from '../useApiOptions';
import { LanguageOptions } from '../components/LanguageOptions';

type Label = 'finalMatricesDocx' | 'finalMatricesXlsx' | 'finalMatrices' | 'workplanDocx' | 'workplanXlsx' | 'workplan' | 'backup';

/** The documents a room offers so far, by kind of room: `<kind>.<format>` as the export API names them. */
const DOCUMENTS: Record<RoomKind, Array<{ file: string; label: Label }>> = {
  group: [
    { file: 'final-matrices.docx', label: 'finalMatricesDocx' },
    { file: 'final-matrices.xlsx', label: 'finalMatricesXlsx' },
    { file: 'final-matrices.md', label: 'finalMatrices' },
    { file: 'backup.json', label: 'backup' },
  ],
  plenary: [
    { file: 'workplan.docx', label: 'workplanDocx' },
    { file: 'workplan.xlsx', label: 'workplanXlsx' },
    { file: 'workplan.md', label: 'workplan' },
    { file: 'backup.json', label: 'backup' },
  ],
};

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
        {DOCUMENTS[kind].map(({ file, label }) => (
          <li key={file}>
            <button
              type="button"
              className="button button--secondary"
              aria-busy={busy === file}
              onClick={() => void download(file)}
              data-testid="documents-download"
              data-file={file}
            >
              {t(`documents.files.${label}`)}
            </button>
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
