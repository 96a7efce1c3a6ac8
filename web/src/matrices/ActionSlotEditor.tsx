import { useTranslation } from 'react-i18next';
import type { MatrixOutline } from '../../../shared/domain/working-matrices';
import { localize } from '../../../shared/template/schema';
import { CommentHints } from './CommentHints';
import { AutosaveField } from './AutosaveField';
import { shownLanguage } from '../content/localized';
import { useLang } from '../content/useLang';
import { actionTextToStore, shownActionText } from './outline';
import type { MatrixSend } from './send';

interface Props {
  slot: number;
  guide: MatrixOutline['actions'][number];
  stored: { text: string; comment: string };
  matrix: string;
  send: MatrixSend;
  onDirty: (key: string, dirty: boolean) => void;
}

/**
 * One action slot: its text (the guide's, which the member may reword, or an open slot to write)
 * and the member's comment on it, with the guide's hints for that comment.
 */
export function ActionSlotEditor({ slot, guide, stored, matrix, send, onDirty }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const guideText = localize(guide.text, lang);
  const followsGuide = guide.text !== undefined && stored.text === '';
  const saveText = (typed: string) => {
    const next = actionTextToStore(typed, guideText);
    return next === stored.text || send.setAction(slot, { text: next });
  };
  return (
    <li className="wm-action">
      <div className="wm-action__fields">
        <AutosaveField
          label={t('matricesUi.action.heading', { n: slot })}
          badge={guide.text ? undefined : <span className="badge">{t('matricesUi.action.open')}</span>}
          name={t('matricesUi.labels.actionText', { n: slot, matrix })}
          value={shownActionText(guide.text, stored.text, lang)}
          save={saveText}
          testId="wm-action-text"
          slot={slot}
          lang={followsGuide && shownLanguage(guide.text, lang) !== lang ? shownLanguage(guide.text, lang) : undefined}
          placeholder={guide.text ? undefined : t('matricesUi.action.openPlaceholder')}
          onDirtyChange={(dirty) => onDirty(`action-${slot}`, dirty)}
        />
        <AutosaveField
          label={t('matricesUi.action.comment')}
          name={t('matricesUi.labels.actionComment', { n: slot, matrix })}
          value={stored.comment}
          save={(comment) => send.setAction(slot, { comment })}
          testId="wm-action-comment"
          slot={slot}
          hint={guide.commentHints.length > 0 ? <CommentHints hints={guide.commentHints} /> : undefined}
          onDirtyChange={(dirty) => onDirty(`comment-${slot}`, dirty)}
        />
      </div>
    </li>
  );
}
