import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/constants';
import type { Catalog } from '../../shared/i18n/ui/es';
import { es } from '../../shared/i18n/ui/es';
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

/**
 * Spanish, the source and fallback, is in the page; English and French are fetched when chosen
 * (separate chunks), so a phone downloads one language's texts, not three.
 */
const CATALOGS: Record<Exclude<Language, 'es'>, () => Promise<Catalog>> = {
  en: () => import('../../shared/i18n/ui/en').then((m) => m.en),
  fr: () => import('../../shared/i18n/ui/fr').then((m) => m.fr),
};

async function loadCatalog(lang: Language): Promise<void> {
  if (lang === 'es' || i18next.hasResourceBundle(lang, 'translation')) return;
  i18next.addResourceBundle(lang, 'translation', await CATALOGS[lang]());
}

/** Switches the interface language; false when its texts could not be fetched (offline): it stays as it was. */
export async function setLanguage(lang: Language): Promise<boolean> {
  try {
    await loadCatalog(lang);
  } catch {
    return false;
  }
  local.setItem(LANGUAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  applyToDocument(lang);
  return true;
}

/** Resolves once the remembered language's texts are in (Spanish if they cannot be fetched). */
export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { es: { translation: es } },
    lng: 'es',
    fallbackLng: 'es',
    supportedLngs: [...LANGUAGES],
    // React escapes; the catalogues hold plain text.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyToDocument('es');
  const lng = initialLanguage(local.getItem(LANGUAGE_KEY));
  if (lng !== 'es') await setLanguage(lng);
  return i18next;
}
