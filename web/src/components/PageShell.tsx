import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../routes';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Link } from './Link';

/** The frame of the pages outside a workshop: brand, language, and one main region. */
export function PageShell({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={paths.home()} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={narrow ? 'page page--narrow' : 'page'}>
        {children}
      </main>
    </>
  );
}
