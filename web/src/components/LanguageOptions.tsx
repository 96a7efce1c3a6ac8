import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/domain/constants';

/** The options of a language <select>: each language by its name in the interface texts, marked with its `lang`. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </>
  );
}
