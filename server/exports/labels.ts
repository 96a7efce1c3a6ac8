import type { Language } from '../../shared/domain/constants.js';
import { interpolate } from '../../shared/i18n/errors.js';
import { exportsText } from '../../shared/i18n/exports.js';
import { reportText } from '../../shared/i18n/exports-report.js';
import { en } from '../../shared/i18n/ui/en.js';
import { es } from '../../shared/i18n/ui/es.js';
import { fr } from '../../shared/i18n/ui/fr.js';

const UI = { es, en, fr };

/** The labels of a document in one language: the export texts, and the interface's where it has them. */
export function labels(lang: Language) {
  const ui = UI[lang];
  const text = exportsText[lang];
  return {
    ...text,
    /** The group session report's own texts (shared/i18n/exports-report.ts). */
    report: reportText[lang],
    /** The interface's catalogue, for names the screen already gives (PESTLE categories, priorities…). */
    ui,
    format: (template: string, params: Record<string, string | number>) => interpolate(template, params),
    scheme: ui.finalUi.scheme,
    /** The Work Plan's column names, as its screen shows them. */
    planScheme: ui.plenaryUi.scheme,
    adoption: ui.plenaryUi.adoption,
    workplan: ui.plenaryUi.workplan,
    date: (at: number | Date) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(at),
  };
}

export type Labels = ReturnType<typeof labels>;
