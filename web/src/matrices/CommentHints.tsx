import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/template/schema';
import { Localized } from '../content/Localized';

/** The guide's ideas for an action's comment, shown (and announced) beside the comment field. */
export function CommentHints({ hints }: { hints: LocalizedText[] }) {
  const { t } = useTranslation();
  if (hints.length === 0) return null;
  return (
    <>
      <span>{t('matricesUi.action.hints')}</span>
      <ul className="matrix__hints wm-hints">
        {hints.map((hint) => (
          <Localized key={hint.es} as="li" text={hint} />
        ))}
      </ul>
    </>
  );
}
