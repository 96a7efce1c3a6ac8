import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { workingMatrixOutlines } from '../../../shared/domain/working-matrices';
import { TableScroll } from '../components/TableScroll';
import { useLang } from '../content/useLang';
import { toggled } from './autosave';
import { matrixName } from './outline';
import { progressRows } from './progress';
import { ProgressRow } from './ProgressRow';

/** For the facilitation and the rapporteur: how far each participant has filled each matrix. */
export function ProgressTable({ view }: { view: WorkshopState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const outlines = workingMatrixOutlines(view.template);
  const rows = progressRows(view, outlines);
  return (
    <section className="section" aria-labelledby="wm-progress-h">
      <h3 id="wm-progress-h">{t('matricesUi.progress.heading')}</h3>
      <p className="hint">{t('matricesUi.progress.hint')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('matricesUi.progress.none')}</p>
      ) : (
        <TableScroll label={t('matricesUi.progress.caption')}>
          <table className="table wm-progress" data-testid="wm-progress">
            <caption className="visually-hidden">{t('matricesUi.progress.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matricesUi.progress.participant')}</th>
                {outlines.map((o) => (
                  <th key={o.id} scope="col">
                    {t('matricesUi.progress.matrix', { matrix: matrixName(o, lang) })}
                  </th>
                ))}
                <th scope="col" className="wm-progress__when">
                  {t('matricesUi.progress.updated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ProgressRow
                  key={row.memberId}
                  row={row}
                  view={view}
                  outlines={outlines}
                  expanded={open.has(row.memberId)}
                  onToggle={() => setOpen((prev) => toggled(prev, row.memberId, !prev.has(row.memberId)))}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
