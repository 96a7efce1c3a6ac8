import { type FormEvent, type RefObject, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import { localize } from '../../../shared/template/schema';
import { loadToken } from '../auth/tokens';
import { useLang } from '../content/useLang';
import { type AddedGroup, ApiError, api, type TemplateSummary } from '../lib/api';
import { local } from '../lib/storage';
import { useApiOptions } from '../useApiOptions';

interface Props {
  workshopId: string;
  templates: TemplateSummary[] | null;
  templatesError: string;
  onAdded: (group: AddedGroup & { name: string }) => void;
  nameRef: RefObject<HTMLInputElement | null>;
}

/** "Add a group": its name and guide; the server creates the group's room and answers with its secret links. */
export function AddGroupForm({ workshopId, templates, templatesError, onAdded, nameRef }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const apiOptions = useApiOptions();
  const id = useId();
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    setTemplateId((current) => current || templates?.[0]?.id || '');
  }, [templates]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const token = loadToken(local, workshopId);
    if (busy || !token) return;
    setBusy(true);
    setError('');
    try {
      const added = await api.addGroup(workshopId, token, { name: name.trim(), templateId }, apiOptions);
      onAdded({ ...added, name: name.trim() });
      setName('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  const shownError = error || templatesError;
  return (
    <section className="card plenary-add" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('plenaryUi.add.heading')}</h3>
      <form onSubmit={submit} className="plenary-add__form">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('plenaryUi.add.name')}</label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('plenaryUi.add.namePlaceholder')}
            maxLength={LIMITS.groupName}
            required
            data-testid="group-add-name"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-tpl`}>{t('plenaryUi.add.guide')}</label>
          <select
            id={`${id}-tpl`}
            className="input"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
            disabled={!templates}
            required
            data-testid="group-add-template"
          >
            {!templates && <option value="">{t('plenaryUi.add.loadingGuides')}</option>}
            {templates?.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {localize(tpl.group, lang)}
              </option>
            ))}
          </select>
        </div>
        {shownError && (
          <p className="field-error" role="alert">
            {shownError}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || !templateId} data-testid="group-add-submit">
          {busy ? t('plenaryUi.add.submitting') : t('plenaryUi.add.submit')}
        </button>
      </form>
    </section>
  );
}
