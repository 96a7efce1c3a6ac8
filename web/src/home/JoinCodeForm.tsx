import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, normalizeJoinCode, paths } from '../routes';

/** "Join a workshop": a code, then the join page of that code. */
export function JoinCodeForm() {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!/^[A-Z0-9]{1,32}$/.test(normalized)) {
      setError(t('home.join.empty'));
      return;
    }
    navigate(paths.join(normalized));
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('home.join.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('home.join.codeLabel')}</label>
          <input
            id={`${id}-code`}
            className="input input--code"
            data-testid="home-join-code"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setError('');
            }}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
            aria-invalid={error ? true : undefined}
          />
          <p id={`${id}-hint`} className="hint">
            {t('home.join.codeHint')}
          </p>
          {error && (
            <p id={`${id}-err`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button" data-testid="home-join-submit">
          {t('home.join.submit')}
        </button>
      </form>
    </section>
  );
}
