import type { es } from '../../../shared/i18n/ui/es';

/**
 * The 11 CRM member countries, then observer states, then "international organization";
 * offered as suggestions (people may type any country or organization).
 */
export const COUNTRY_KEYS = [
  'belize',
  'canada',
  'costaRica',
  'elSalvador',
  'guatemala',
  'honduras',
  'mexico',
  'nicaragua',
  'panama',
  'dominicanRepublic',
  'unitedStates',
  'argentina',
  'colombia',
  'ecuador',
  'jamaica',
  'peru',
  'internationalOrg',
] as const satisfies readonly (keyof typeof es.countries)[];
