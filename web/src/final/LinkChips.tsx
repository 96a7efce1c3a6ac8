import { useTranslation } from 'react-i18next';
import type { LinkRef } from '../../../shared/domain/final-matrix-model';
import type { WorkshopState } from '../../../shared/domain/state';
import { useLang } from '../content/useLang';
import { linkLabel, shortLabel } from './links';

/** What an element answers, as chips; with × to unlink for those who edit. */
export function LinkChips({ view, links, onUnlink }: { view: WorkshopState; links: LinkRef[]; onUnlink?: (ref: LinkRef) => boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (links.length === 0) return <p className="hint">{t('finalUi.links.none')}</p>;
  return (
    <div className="final-links">
      <p className="final-links__heading">{t('finalUi.links.heading')}</p>
      <ul className="final-links__list">
        {links.map((ref) => {
          const full = linkLabel(view, ref, lang) ?? t('finalUi.links.missing');
          return (
            <li key={`${ref.kind}:${ref.id}`} className="final-link" data-testid="final-link" data-kind={ref.kind} data-id={ref.id}>
              <span className="final-link__kind">{t(`finalUi.links.kinds.${ref.kind}`)}</span>
              <span className="final-link__label" title={full}>
                {shortLabel(full, 60)}
              </span>
              {onUnlink && (
                <button
                  type="button"
                  className="final-link__remove"
                  aria-label={t('finalUi.links.remove', { label: shortLabel(full, 60) })}
                  data-testid="final-link-remove"
                  onClick={() => onUnlink(ref)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
