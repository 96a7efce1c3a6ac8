import { useTranslation } from 'react-i18next';
import type { PlenaryState } from '../../../shared/domain/plenary';
import { localize } from '../../../shared/template/schema';
import { TableScroll } from '../components/TableScroll';
import { useLang } from '../content/useLang';
import type { TemplateSummary } from '../lib/api';
import { clockTime } from '../matrices/progress';

/** The groups: name, guide, whether (and when) they sent their final matrices, and their join code when known. */
export function GroupList({
  plenary,
  templates,
  codes,
}: {
  plenary: PlenaryState;
  templates: TemplateSummary[] | null;
  codes: Record<string, string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (plenary.groupOrder.length === 0) return <p className="muted">{t('plenaryUi.groups.none')}</p>;
  const guide = (templateId: string) => {
    const found = templates?.find((tpl) => tpl.id === templateId);
    return found ? localize(found.group, lang) : templateId;
  };
  const showCodes = Object.keys(codes).length > 0;
  return (
    <TableScroll label={t('plenaryUi.groups.listLabel')}>
      <table className="table plenary-groups__table">
        <thead>
          <tr>
            <th scope="col">{t('plenaryUi.groups.name')}</th>
            <th scope="col">{t('plenaryUi.groups.guide')}</th>
            <th scope="col">{t('plenaryUi.groups.results')}</th>
            {showCodes && <th scope="col">{t('plenaryUi.groups.code')}</th>}
          </tr>
        </thead>
        <tbody>
          {plenary.groupOrder.map((id) => {
            const group = plenary.groups[id];
            const result = Object.hasOwn(plenary.results, id) ? plenary.results[id] : undefined;
            return (
              <tr key={id} data-testid="group-row" data-group={id}>
                <th scope="row">{group?.name}</th>
                <td>{group ? guide(group.templateId) : ''}</td>
                <td>
                  {result ? (
                    <span className="sent-badge" data-testid="group-sent" data-version={result.version}>
                      {t('plenaryUi.groups.sent', { version: result.version, time: clockTime(result.receivedAt, lang) })}
                    </span>
                  ) : (
                    <span className="muted">{t('plenaryUi.groups.notSent')}</span>
                  )}
                </td>
                {showCodes && <td className="plenary-groups__code">{codes[id] ?? ''}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
