import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type TemplateSummary } from '../lib/api';
import { useApiOptions } from '../useApiOptions';

/** "Import a template": a guide written as a template file (.json), validated by the server. */
export function TemplateImport({ onImported }: { onImported: (template: TemplateSummary) => void }) {
  const { t } = useTranslation();
  const apiOptions = useApiOptions();
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = async (file: File) => {
    setMessage(null);
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setMessage({ ok: false, text: t('templates.notJson', { name: file.name }) });
      return;
    }
    try {
      const imported = await api.importTemplate(data, apiOptions);
      onImported(imported);
      setMessage({ ok: true, text: t('templates.imported', { id: imported.id }) });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : t('errors.network') });
    }
  };

  return (
    <div className="field template-import">
      <label htmlFor={`${id}-file`}>{t('templates.import')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        className="input"
        aria-describedby={`${id}-hint`}
        data-testid="template-import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void load(file);
          e.target.value = '';
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('templates.importHint')}
      </p>
      {message && (
        <p className={message.ok ? 'hint' : 'field-error'} role={message.ok ? 'status' : 'alert'} data-testid="template-import-result">
          {message.text}
        </p>
      )}
    </div>
  );
}
