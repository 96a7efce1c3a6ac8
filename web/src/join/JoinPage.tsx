import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadToken, saveToken } from '../auth/tokens';
import { Link } from '../components/Link';
import { PageShell } from '../components/PageShell';
import { ApiError, api, type JoinLookup } from '../lib/api';
import { local } from '../lib/storage';
import { navigate, paths } from '../routes';
import { useApiOptions } from '../useApiOptions';
import { JoinForm } from './JoinForm';

type Lookup = { state: 'loading' } | { state: 'found'; workshop: JoinLookup } | { state: 'failed'; message: string };

/** /join/CODE: which workshop the code opens, then the participant's profile. */
export function JoinPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const apiOptions = useApiOptions();
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: look the code up once per code
  useEffect(() => {
    let live = true;
    setLookup({ state: 'loading' });
    api
      .lookupJoinCode(code, apiOptions)
      .then((workshop) => live && setLookup({ state: 'found', workshop }))
      .catch((e: unknown) => live && setLookup({ state: 'failed', message: e instanceof ApiError ? e.message : t('errors.network') }));
    return () => {
      live = false;
    };
  }, [code]);

  const hasAccess = lookup.state === 'found' && loadToken(local, lookup.workshop.workshopId) !== null;

  return (
    <PageShell narrow>
      <h1>{t('join.heading')}</h1>
      {lookup.state === 'loading' && (
        <p role="status" className="muted">
          {t('join.lookingUp')}
        </p>
      )}
      {lookup.state === 'failed' && (
        <div className="card">
          <p className="field-error" role="alert" data-testid="join-error">
            {lookup.message}
          </p>
          <p>
            <Link href={paths.home()} className="button button--secondary">
              {t('join.otherCode')}
            </Link>
          </p>
        </div>
      )}
      {lookup.state === 'found' && (
        <>
          <div className="join-workshop">
            <p className="eyebrow">{t('join.workshop')}</p>
            <p className="join-workshop__title" data-testid="join-workshop-title">
              {lookup.workshop.title}
            </p>
            <p className="muted">{t('join.code', { code: lookup.workshop.joinCode })}</p>
          </div>
          {hasAccess && (
            <div className="notice">
              <p>{t('join.alreadyIn')}</p>
              <Link className="button button--secondary" href={paths.workshop(lookup.workshop.workshopId)}>
                {t('join.continue')}
              </Link>
            </div>
          )}
          <section className="card">
            <p>{t('join.intro')}</p>
            <JoinForm
              joinCode={lookup.workshop.joinCode}
              groups={lookup.workshop.kind === 'plenary' ? lookup.workshop.groups : []}
              onJoined={(joined) => {
                saveToken(local, joined.workshopId, joined.participantToken);
                // The plenary seat that comes with a group's: this browser opens the plenary later with it.
                if (joined.plenary) saveToken(local, joined.plenary.workshopId, joined.plenary.participantToken);
                navigate(paths.workshop(joined.workshopId));
              }}
            />
          </section>
        </>
      )}
    </PageShell>
  );
}
