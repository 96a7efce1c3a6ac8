import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Sector } from '../../../shared/domain/constants';
import { SectorField } from '../components/SectorField';
import { ApiError, api, type Joined } from '../lib/api';
import { useApiOptions } from '../useApiOptions';
import { COUNTRY_KEYS } from './countries';

/** Name, institution, country and sector: what the room sees next to each contribution. */
export function JoinForm({ joinCode, onJoined }: { joinCode: string; onJoined: (joined: Joined) => void }) {
  const { t } = useTranslation();
  const apiOptions = useApiOptions();
  const id = useId();
  const [name, setName] = useState('');
  const [institution, setInstitution] = useState('');
  const [country, setCountry] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !sector) return;
    setBusy(true);
    setError('');
    try {
      onJoined(
        await api.join({ joinCode, name: name.trim(), institution: institution.trim(), country: country.trim(), sector }, apiOptions),
      );
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.network'));
      setBusy(false);
    }
  };

  return (
    <form className="join-form" onSubmit={submit} data-testid="join-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('join.name')}</label>
        <input
          id={`${id}-name`}
          name="name"
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={LIMITS.participantName}
          autoComplete="name"
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-inst`}>{t('join.institution')}</label>
        <input
          id={`${id}-inst`}
          name="institution"
          className="input"
          value={institution}
          onChange={(e) => setInstitution(e.target.value)}
          maxLength={LIMITS.institution}
          autoComplete="organization"
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('join.country')}</label>
        <input
          id={`${id}-country`}
          name="country"
          className="input"
          list={`${id}-countries`}
          value={country}
          onChange={(e) => setCountry(e.target.value)}
          maxLength={LIMITS.country}
          aria-describedby={`${id}-country-hint`}
          autoComplete="off"
          required
        />
        <datalist id={`${id}-countries`}>
          {COUNTRY_KEYS.map((key) => (
            <option key={key} value={t(`countries.${key}`)} />
          ))}
        </datalist>
        <p id={`${id}-country-hint`} className="hint">
          {t('join.countryHint')}
        </p>
      </div>
      <SectorField id={`${id}-sector`} label={t('join.sector')} value={sector} onChange={setSector} required />
      <p className="hint">{t('join.privacy')}</p>
      {error && (
        <p className="field-error" role="alert" data-testid="join-error">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy} data-testid="join-submit">
        {busy ? t('join.submitting') : t('join.submit')}
      </button>
    </form>
  );
}
