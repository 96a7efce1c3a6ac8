import { useTranslation } from 'react-i18next';
import { paths } from '../routes';
import { Link } from './Link';
import { PageShell } from './PageShell';

/** A friendly dead end: what happened, and a way home (or a reload). */
export function ErrorScreen({ title, body, detail, reload = false }: { title: string; body: string; detail?: string; reload?: boolean }) {
  const { t } = useTranslation();
  return (
    <PageShell narrow>
      <section className="error-screen">
        <h1>{title}</h1>
        <p>{body}</p>
        {detail && detail !== body && <p className="muted">{detail}</p>}
        <p className="actions">
          {reload && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </button>
          )}
          <Link className={reload ? 'button button--secondary' : 'button'} href={paths.home()}>
            {t('errors.goHome')}
          </Link>
        </p>
      </section>
    </PageShell>
  );
}
