import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { localize } from '../../../shared/template/schema';
import { Localized } from '../content/Localized';
import { useLang } from '../content/useLang';
import { WorkPlanTable } from './WorkPlanTable';
import { workPlan } from '../../../shared/domain/work-plan';

/**
 * The draft regional Work Plan as one document: per group, per final matrix, the objective, the
 * commitment and the actions with the plenary's decision; deferred actions apart at the group's
 * end. Printing it prints only the document (plenary.css hides the app around it).
 */
export function WorkPlan({ view }: { view: WorkshopState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const groups = workPlan(view.plenary);
  return (
    <article className="workplan" data-testid="workplan" aria-labelledby="workplan-title">
      <header className="workplan__head">
        <div>
          <p className="eyebrow">{t('plenaryUi.workplan.heading')}</p>
          <h2 id="workplan-title" className="workplan__title">
            {view.title}
          </h2>
        </div>
        <button type="button" className="button button--secondary workplan__print" onClick={() => window.print()}>
          {t('plenaryUi.workplan.print')}
        </button>
      </header>
      <p className="workplan__intro">{t('plenaryUi.workplan.intro')}</p>
      {groups.length === 0 && <p className="notice">{t('plenaryUi.workplan.empty')}</p>}
      {groups.map((group) => (
        <section key={group.id} className="workplan__group" aria-labelledby={`workplan-${group.id}`}>
          <h3 id={`workplan-${group.id}`}>{group.name}</h3>
          {group.matrices.map((m) => (
            <section key={m.finalId} className="workplan__matrix">
              <h4>
                <span className="workplan__label">{t('plenaryUi.workplan.objective')}</span> <Localized text={m.title} />
              </h4>
              {m.commitment && (
                <p>
                  <span className="workplan__label">{t('plenaryUi.presentations.commitment')}</span> {m.commitment}
                </p>
              )}
              {m.actions.length > 0 && (
                <WorkPlanTable caption={t('plenaryUi.workplan.actions', { matrix: localize(m.title, lang) })} rows={m.actions} />
              )}
            </section>
          ))}
          {group.deferred.length > 0 && (
            <section className="workplan__deferred">
              <h4>{t('plenaryUi.workplan.deferred')}</h4>
              <WorkPlanTable caption={t('plenaryUi.workplan.deferredOf', { group: group.name })} rows={group.deferred} withObjective />
            </section>
          )}
        </section>
      ))}
    </article>
  );
}
