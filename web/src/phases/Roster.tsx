import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { TableScroll } from '../components/TableScroll';

/** Who is in the workshop; facilitator and rapporteur seats show their role when unnamed. */
export function Roster({ state }: { state: WorkshopState }) {
  const { t } = useTranslation();
  const members = state.memberOrder.map((id) => state.members[id]).filter((m) => m !== undefined);
  return (
    <section className="section" aria-labelledby="roster-h">
      <h3 id="roster-h">
        {t('preliminary.roster')} <span className="badge">{t('preliminary.rosterCount', { count: members.length })}</span>
      </h3>
      {members.length === 0 ? (
        <p className="muted">{t('preliminary.rosterEmpty')}</p>
      ) : (
        <TableScroll label={t('preliminary.roster')}>
          <table className="table" data-testid="roster">
            <thead>
              <tr>
                <th scope="col">{t('preliminary.name')}</th>
                <th scope="col">{t('preliminary.institution')}</th>
                <th scope="col">{t('preliminary.country')}</th>
                <th scope="col">{t('preliminary.sector')}</th>
                <th scope="col">{t('preliminary.functions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} data-testid="roster-member">
                  <th scope="row">
                    {m.name || t(`roles.${m.role}`)}
                    {m.name && m.role !== 'participant' && <span className="muted"> · {t(`roles.${m.role}`)}</span>}
                  </th>
                  <td>{m.institution}</td>
                  <td>{m.country}</td>
                  <td>{m.sector ? t(`sectors.${m.sector}`) : ''}</td>
                  <td>{m.functions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
