import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, LIMITS } from '../../../shared/domain/constants';
import type { RoomKind } from '../../../shared/domain/plenary';
import { localize } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import { isLanguage } from '../i18n';
import { ApiError, api, type CreatedWorkshop } from '../lib/api';
import { useTemplates } from '../lib/useTemplates';
import { useApiOptions } from '../useApiOptions';
import { TemplateImport } from './TemplateImport';
import { WorkshopKindField } from './WorkshopKindField';
import { LanguageOptions } from '../components/LanguageOptions';

/** The plenary's own room needs a guide the server knows; the groups' guides are chosen as they are added. */
const PLENARY_TEMPLATE = 'working-group';

/** "Create a workshop": a single group or one with groups and a plenary, a guide (template), a title and the workshop's language. */
export function CreateWorkshopForm({ onCreated }: { onCreated: (created: CreatedWorkshop, title: string, kind: RoomKind) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const apiOptions = useApiOptions();
  const id = useId();
  const { templates, error: templatesError, add: addTemplate } = useTemplates();
  const [kind, setKind] = useState<RoomKind>('group');
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(lang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    setTemplateId((current) => current || templates?.[0]?.id || '');
  }, [templates]);

  const selected = templates?.find((tpl) => tpl.id === templateId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      const created = await api.createWorkshop(
        { templateId: kind === 'plenary' ? PLENARY_TEMPLATE : templateId, title: title.trim(), language, kind },
        apiOptions,
      );
      onCreated(created, title.trim(), kind);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.network'));
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('home.create.heading')}</h2>
      <form onSubmit={submit} data-testid="create-form">
        <WorkshopKindField value={kind} onChange={setKind} />
        <div className="field" hidden={kind === 'plenary'}>
          <label htmlFor={`${id}-tpl`}>{t('home.create.template')}</label>
          <select
            id={`${id}-tpl`}
            className="input"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
            disabled={!templates}
            required={kind === 'group'}
            aria-describedby={selected ? `${id}-tpl-desc` : undefined}
          >
            {!templates && <option value="">{t('home.create.loadingTemplates')}</option>}
            {templates?.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {localize(tpl.group, lang)}
              </option>
            ))}
          </select>
          {selected && (
            <p id={`${id}-tpl-desc`} className="hint">
              {localize(selected.description, lang)}
            </p>
          )}
        </div>
        {kind === 'group' && (
          <TemplateImport
            onImported={(imported) => {
              addTemplate(imported);
              setTemplateId(imported.id);
            }}
          />
        )}
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('home.create.title')}</label>
          <input
            id={`${id}-title`}
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('home.create.titlePlaceholder')}
            maxLength={LIMITS.workshopTitle}
            required
            data-testid="create-title"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('home.create.language')}</label>
          <select
            id={`${id}-lang`}
            className="input"
            value={language}
            onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
          >
            <LanguageOptions />
          </select>
        </div>
        {(error || templatesError) && (
          <p className="field-error" role="alert">
            {error || templatesError}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || (kind === 'group' && !templateId)} data-testid="create-submit">
          {busy ? t('home.create.submitting') : t('home.create.submit')}
        </button>
      </form>
    </section>
  );
}
