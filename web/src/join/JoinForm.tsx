import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Sector } from '../../../shared/domain/constants';
import { SectorField } from '../components/SectorField';
import { ApiError, api, type Joined, type JoinLookup } from '../lib/api';
import { useApiOptions } from '../useApiOptions';
import { COUNTRY_KEYS } from './countries';
import { GroupChoice } from './GroupChoice';

interface Props {
  joinCode: string;
  /** A plenary's groups: the person chooses one (or the plenary alone) and joins with its code. */
  groups: JoinLookup['groups'];
  onJoined: (joined: Joined) => void;
}

/** Name, institution, country and sector: what the room sees next to each contribution; in a workshop with groups, the group too. */
export function JoinForm({ joinCode, groups, onJoined }: Props) {
  const { t } = useTranslation();
  const apiOptions = useApiOptions();
  const id = useId();
  const [name, setName] = useState('');
  const [institution, setInstitution] = useState('');
  const [country, setCountry] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [chosenCode, setChosenCode] = useState('');
  const choosesGroup = groups.length > 0;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !sector || (choosesGroup && !chosenCode)) return;
    setBusy(true);
    setError('');
    try {
      onJoined(
        await api.join(
          {
            joinCode: choosesGroup ? chosenCode : joinCode,
            name: name.trim(),
            institution: institution.trim(),
            country: country.trim(),
            sector,
          },
          apiOptions,
        ),
      );
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.network'));
      setBusy(false);
    }
  };

  return (
    <form className="join-form" onSubmit={submit} data-testid="join-form">
      {choosesGroup && <GroupChoice groups={groups} plenaryCode={joinCode} value={chosenCode} onChange={setChosenCode} />}
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
