import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/constants';
import { en } from '../../shared/i18n/ui/en';
import { es } from '../../shared/i18n/ui/es';
import { fr } from '../../shared/i18n/ui/fr';
import { local } from './lib/storage';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof es };
  }
}

const LANGUAGE_KEY = 'mesa.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Spanish first; a visitor's earlier choice wins. */
export function initialLanguage(stored: string | null): Language {
  return isLanguage(stored) ? stored : 'es';
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'es';
}

function applyToDocument(lang: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function setLanguage(lang: Language): void {
  local.setItem(LANGUAGE_KEY, lang);
  void i18next.changeLanguage(lang);
  applyToDocument(lang);
}

export function initI18n(): typeof i18next {
  const lng = initialLanguage(local.getItem(LANGUAGE_KEY));
  void i18next.use(initReactI18next).init({
    resources: { es: { translation: es }, en: { translation: en }, fr: { translation: fr } },
    lng,
    fallbackLng: 'es',
    supportedLngs: [...LANGUAGES],
    // React escapes; the catalogues hold plain text.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyToDocument(lng);
  return i18next;
}
