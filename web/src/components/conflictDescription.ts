import type { TFunction } from 'i18next';
import { type Language, PESTLE_CATEGORIES, PESTLE_KINDS, PESTLE_MODES } from '../../../shared/domain/constants';
import { isErrorCode } from '../../../shared/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import { localize, type Template } from '../../../shared/template/schema';
import type { Conflict } from '../sync/conflictStore';

/** Characters of the typed text quoted in the one-line description; the full text is shown beside it. */
const QUOTE_CHARS = 60;

const field = (args: unknown, name: string): string | undefined => {
  const value = typeof args === 'object' && args !== null ? (args as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
};

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (values as readonly string[]).includes(value);

/** The text the person typed in the refused change, if it had one. */
export function typedText(conflict: Conflict): string | null {
  return field(conflict.args, 'text') ?? null;
}

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_CHARS ? `${line.slice(0, QUOTE_CHARS - 1).replace(/[\s,;:.—–-]+$/, '')}…` : line;
}

/** One line saying what the refused change was, e.g. "Edit item: “…”", in the UI language. */
export function describeConflict(conflict: Conflict, t: TFunction, lang: Language, template: Template | null): string {
  const { args } = conflict;
  const text = field(args, 'text');
  const category = field(args, 'category');
  const kind = field(args, 'kind');
  const categoryLabel = oneOf(PESTLE_CATEGORIES, category) ? t(`pestleCategories.${category}`) : category;
  const kindLabel = oneOf(PESTLE_KINDS, kind) ? t(`pestleKinds.${kind}`) : kind;
  switch (conflict.name) {
    case 'pestle.add':
      return t('conflicts.change.pestleAdd', { category: categoryLabel ?? '', kind: kindLabel ?? '', text: quote(text ?? '') });
    case 'pestle.edit': {
      if (text !== undefined) return t('conflicts.change.pestleEdit', { text: quote(text) });
      const changes = [
        categoryLabel && `${t('pestle.add.category')}: ${categoryLabel}`,
        kindLabel && `${t('pestle.add.kind')}: ${kindLabel}`,
      ].filter(Boolean);
      return t('conflicts.change.pestleEditFields', { changes: changes.join('; ') });
    }
    case 'pestle.remove':
      return t('conflicts.change.pestleRemove');
    case 'pestle.setMode': {
      const mode = field(args, 'mode');
      return t('conflicts.change.pestleSetMode', { mode: oneOf(PESTLE_MODES, mode) ? t(`pestle.mode.${mode}`) : (mode ?? '') });
    }
    case 'phase.set': {
      const phaseId = field(args, 'phaseId') ?? '';
      const phase = template?.phases.find((p) => p.id === phaseId);
      return t('conflicts.change.phaseSet', { phase: phase ? localize(phase.title, lang) : phaseId });
    }
    default:
      return t('conflicts.change.other', { name: conflict.name });
  }
}

/** Why the server refused it, in the UI language; a code this page does not know keeps the server's words. */
export function conflictReason(conflict: Conflict, lang: Language): string {
  return isErrorCode(conflict.code) ? errorMessage(lang, conflict.code, conflict.params) : conflict.message;
}
