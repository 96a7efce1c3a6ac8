import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../content/useLang';
import { isLanguage, setLanguage } from '../i18n';
import { LanguageOptions } from './LanguageOptions';

/** Spanish, English or French; the choice is remembered in this browser. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  return (
    <div className="lang-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="lang-switch"
        value={lang}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
      >
        <LanguageOptions />
      </select>
    </div>
  );
}
