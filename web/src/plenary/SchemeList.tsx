import { useTranslation } from 'react-i18next';
import type { PresentedAction } from '../../../shared/domain/plenary';
import { schemeOf } from './scheme';
import { useSchemeLabels } from './useSchemeLabels';

/** What the group set of an action's scheme, as term and value; nothing when none of it is set. */
export function SchemeList({ action }: { action: PresentedAction }) {
  const { t } = useTranslation();
  const labels = useSchemeLabels();
  const { scopes, timeframe, texts } = schemeOf(action);
  if (scopes.length === 0 && !timeframe && texts.length === 0) return null;
  return (
    <dl className="scheme-list">
      {scopes.length > 0 && (
        <div>
          <dt>{t('plenaryUi.scheme.scope')}</dt>
          <dd>{labels.scopes(scopes)}</dd>
        </div>
      )}
      {timeframe && (
        <div>
          <dt>{t('plenaryUi.scheme.timeframe')}</dt>
          <dd>{labels.timeframe(timeframe)}</dd>
        </div>
      )}
      {texts.map(([field, text]) => (
        <div key={field}>
          <dt>{t(`plenaryUi.scheme.${field}`)}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
