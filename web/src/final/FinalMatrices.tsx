import { useTranslation } from 'react-i18next';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { localize } from '../../../shared/template/schema';
import { Consolidation } from '../consolidate/Consolidation';
import { useLang } from '../content/useLang';
import { LockNotice } from '../inputs/LockNotice';
import { isLockedOut } from '../lib/allows';
import type { Mutate } from '../pestle/types';
import { FinalMatrixEditor } from './FinalMatrixEditor';
import { FinalMatrixRead } from './FinalMatrixRead';
import '../styles/matrices.css';
import '../styles/final.css';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  actor: Actor | null;
  mutate?: Mutate;
  /** The facilitator or the rapporteur, who write the matrices (final/access.ts). */
  writes: boolean;
}

/**
 * Every final matrix the group must produce. Those who write get, per matrix, the consolidation
 * of the working matrices beside the editor (stacked on narrow screens); everyone else reads
 * them live, side by side where the screen allows.
 */
export function FinalMatrices({ view, confirmed, actor, mutate, writes }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { required } = view.template.matrices.final;
  return (
    <section className="section final-matrices" aria-labelledby="fm-h">
      <h3 id="fm-h">{t('finalUi.heading')}</h3>
      <p className="hint">{writes ? t('finalUi.leadHint') : t('finalUi.readHint')}</p>
      <LockNotice locked={isLockedOut(view, actor, 'final-matrix')} />
      {writes && required.length > 1 && (
        <nav className="final-jump" aria-label={t('finalUi.jumpTo')}>
          {required.map((r) => (
            <a key={r.id} href={`#final-${r.id}`} className="final-jump__link">
              {localize(r.title, lang)}
            </a>
          ))}
        </nav>
      )}
      <div className={writes ? 'final-layouts' : 'final-layouts final-layouts--read'}>
        {required.map((r) =>
          writes && actor && mutate ? (
            <div key={r.id} id={`final-${r.id}`} className="final-layout">
              <div className="final-layout__consolidation">
                <Consolidation view={view} finalId={r.id} mutate={mutate} />
              </div>
              <FinalMatrixEditor view={view} confirmed={confirmed} actor={actor} mutate={mutate} required={r} />
            </div>
          ) : (
            <FinalMatrixRead key={r.id} view={view} actor={actor} mutate={mutate} required={r} />
          ),
        )}
      </div>
    </section>
  );
}
