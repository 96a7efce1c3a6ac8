import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../content/useLang';
import { clockTime } from '../matrices/progress';
import { ActionWorkArea } from './ActionWorkArea';
import { PresentedMatrix } from './PresentedMatrix';
import type { ActionWork } from './types';

/** One group's column in the presentations: what it sent, marked while it presents. */
export function GroupColumn({ work, groupId, onPresent }: { work: ActionWork; groupId: string; onPresent?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const p = work.view.plenary;
  const result = Object.hasOwn(p.results, groupId) ? p.results[groupId] : undefined;
  const presenting = p.presenting === groupId;
  if (!result) return null;
  return (
    <section
      className={presenting ? 'plenary-group plenary-group--presenting' : 'plenary-group'}
      aria-labelledby={headingId}
      aria-current={presenting ? 'true' : undefined}
      data-testid="plenary-group"
      data-group={groupId}
    >
      <header className="plenary-group__head">
        {presenting && <span className="live-badge">{t('plenaryUi.presentations.now')}</span>}
        <h3 id={headingId} className="plenary-group__name">
          {p.groups[groupId]?.name}
        </h3>
        <p className="hint">
          {t('plenaryUi.presentations.version', { version: result.version, time: clockTime(result.receivedAt, lang) })}
        </p>
        {onPresent && !presenting && (
          <button type="button" className="button button--small button--secondary" onClick={onPresent}>
            {t('plenaryUi.presentations.presentThis')}
          </button>
        )}
      </header>
      {result.matrices.map((matrix) => (
        <PresentedMatrix
          key={matrix.finalId}
          plenary={p}
          groupId={groupId}
          matrix={matrix}
          extras={(action, n, titleId) => (
            <ActionWorkArea work={work} groupId={groupId} matrix={matrix} action={action} n={n} titleId={titleId} />
          )}
        />
      ))}
    </section>
  );
}
