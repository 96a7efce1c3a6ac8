import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/constants';
import type { Template } from '../../../shared/template/schema';
import { useLang } from '../content/useLang';
import type { Conflict } from '../sync/conflictStore';
import { conflictReason, describeConflict, typedText } from './conflictDescription';
import { CopyField } from './CopyField';

function formatTime(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' }).format(ms);
}

/** One refused change: what it was, why it was refused, when, and the typed text to copy. */
export function ConflictItem({ conflict, template, onDismiss }: { conflict: Conflict; template: Template | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const what = describeConflict(conflict, t, lang, template);
  const text = typedText(conflict);
  return (
    <li className="conflict" aria-labelledby={headingId} data-testid="conflict" data-conflict-id={conflict.id} data-code={conflict.code}>
      <h3 id={headingId} className="conflict__what">
        {what}
      </h3>
      <p className="conflict__reason">{t('conflicts.reason', { reason: conflictReason(conflict, lang) })}</p>
      <p className="conflict__when">{t('conflicts.when', { time: formatTime(conflict.rejectedAt, lang) })}</p>
      {text !== null && <CopyField label={t('conflicts.text')} value={text} multiline testId="conflict-text" />}
      <button
        type="button"
        className="button button--small button--secondary conflict__dismiss"
        aria-label={t('conflicts.dismissLabel', { what })}
        data-testid="conflict-dismiss"
        onClick={onDismiss}
      >
        {t('conflicts.dismiss')}
      </button>
    </li>
  );
}
