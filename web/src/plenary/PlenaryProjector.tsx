import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import type { WorkshopSnapshot } from '../sync/useWorkshop';
import { useDocumentTitle } from '../useDocumentTitle';
import { PresentedMatrix } from './PresentedMatrix';
import '../styles/plenary.css';
import { ProjectorJoin } from '../projector/ProjectorJoin';

/**
 * /w/:id/projector of a plenary: the presenting group's final matrices in large type with the
 * plenary's decisions; between presentations, the groups and whether each has sent its matrices.
 */
export function PlenaryProjector({ view, snapshot }: { view: WorkshopState; snapshot: WorkshopSnapshot }) {
  const { t } = useTranslation();
  useDocumentTitle(view.title);
  const p = view.plenary;
  const presenting = p.presenting;
  const result = presenting && Object.hasOwn(p.results, presenting) ? p.results[presenting] : undefined;
  return (
    <div className="projector projector--plenary" data-testid="projector-plenary">
      <header className="projector__header">
        <div className="projector__titles">
          <p className="projector__group">{t('plenaryUi.name')}</p>
          <h1 className="projector__title">{view.title}</h1>
        </div>
        <div className="projector__phase">
          <p className="projector__phase-label">
            {presenting ? t('plenaryUi.projector.presenting') : t('plenaryUi.presentations.between')}
          </p>
          {presenting && (
            <h2 className="projector__phase-title" data-testid="projector-presenting">
              {p.groups[presenting]?.name}
            </h2>
          )}
        </div>
      </header>
      <main className="projector__body">
        <div className="projector__content">
          {presenting && result ? (
            <div className="projector-matrices">
              {result.matrices.map((matrix) => (
                <PresentedMatrix key={matrix.finalId} plenary={p} groupId={presenting} matrix={matrix} />
              ))}
            </div>
          ) : (
            <section aria-labelledby="projector-groups-h">
              <h2 id="projector-groups-h">{t('plenaryUi.projector.groups')}</h2>
              <ol className="projector-groups">
                {p.groupOrder.map((id) => (
                  <li key={id} className="projector-groups__item">
                    <span className="projector-groups__name">{p.groups[id]?.name}</span>
                    <span className={Object.hasOwn(p.results, id) ? 'sent-badge' : 'muted'}>
                      {Object.hasOwn(p.results, id) ? t('plenaryUi.projector.sent') : t('plenaryUi.projector.notSent')}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
        <div className="projector__side">
          <ProjectorJoin snapshot={snapshot} joinCode={snapshot.joinCode} />
        </div>
      </main>
    </div>
  );
}
