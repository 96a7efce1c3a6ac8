import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/template/schema';
import { TableScroll } from '../components/TableScroll';
import { Localized } from '../content/Localized';
import { AdoptionBadge } from './AdoptionBadge';
import { useSchemeLabels } from './useSchemeLabels';
import type { PlanAction } from '../../../shared/domain/work-plan';

type Row = PlanAction & { finalId?: string; title?: LocalizedText };

/** A table of Work Plan actions; with `withObjective`, each row also names its objective (the deferred list mixes them). */
export function WorkPlanTable({ caption, rows, withObjective = false }: { caption: string; rows: Row[]; withObjective?: boolean }) {
  const { t } = useTranslation();
  const labels = useSchemeLabels();
  return (
    <TableScroll label={caption}>
      <table className="table workplan__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {withObjective && <th scope="col">{t('plenaryUi.workplan.objective')}</th>}
            <th scope="col" className="workplan__n">
              {t('plenaryUi.workplan.number')}
            </th>
            <th scope="col" className="workplan__text">
              {t('plenaryUi.workplan.action')}
            </th>
            <th scope="col">{t('plenaryUi.scheme.scope')}</th>
            <th scope="col">{t('plenaryUi.scheme.timeframe')}</th>
            <th scope="col">{t('plenaryUi.scheme.institutions')}</th>
            <th scope="col">{t('plenaryUi.scheme.indicators')}</th>
            <th scope="col">{t('plenaryUi.workplan.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.finalId ?? ''}|${row.action.id}`} data-testid="workplan-action" data-status={row.status ?? 'undecided'}>
              {withObjective && (
                <td>
                  <Localized text={row.title} />
                </td>
              )}
              <td className="workplan__n">{row.n}</td>
              <td className="workplan__text">{row.action.text}</td>
              <td>{labels.scopes(row.action.scope)}</td>
              <td>{labels.timeframe(row.action.timeframe)}</td>
              <td>{row.action.institutions}</td>
              <td>{row.action.indicators}</td>
              <td>
                <AdoptionBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
