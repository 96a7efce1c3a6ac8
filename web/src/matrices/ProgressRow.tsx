import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { type MatrixOutline, matrixOf } from '../../../shared/domain/working-matrices';
import { useLang } from '../content/useLang';
import { MatrixView } from './MatrixView';
import { clockTime, percent, type ProgressCell, type ProgressRow as Row } from './progress';

interface Props {
  row: Row;
  view: WorkshopState;
  outlines: MatrixOutline[];
  expanded: boolean;
  onToggle: () => void;
}

/** A participant's progress; opening the row shows their matrices, read-only, right below it. */
export function ProgressRow({ row, view, outlines, expanded, onToggle }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const detailId = useId();
  const name = row.name || t('matricesUi.progress.unnamed');
  const { fields } = view.template.matrices.working;
  const when = row.updatedAt ? clockTime(row.updatedAt, lang) : t('matricesUi.progress.never');
  return (
    <>
      {/* The whole row toggles for a mouse or a tap; the name's button is the keyboard's way in (its click bubbles here). */}
      <tr className="wm-progress__row" data-testid="wm-progress-row" data-member={row.memberId} onClick={onToggle}>
        <th scope="row">
          <button type="button" className="wm-progress__toggle" aria-expanded={expanded} aria-controls={expanded ? detailId : undefined}>
            <span aria-hidden="true" className="wm-progress__caret">
              {expanded ? '▾' : '▸'}
            </span>
            {name}
          </button>
          {row.institution && <span className="wm-progress__meta">{row.institution}</span>}
          <span className="wm-progress__meta wm-progress__when--inline">
            {t('matricesUi.progress.updated')}: {when}
          </span>
        </th>
        {row.cells.map((cell) => (
          <ProgressCellView key={cell.matrixId} cell={cell} />
        ))}
        <td className="wm-progress__when">{when}</td>
      </tr>
      {expanded && (
        <tr className="wm-progress__detail">
          <td id={detailId} colSpan={outlines.length + 2} aria-label={t('matricesUi.progress.detail', { name })}>
            {outlines.map((o) => (
              <MatrixView key={o.id} outline={o} matrix={matrixOf(view, row.memberId, o.id)} fields={fields} />
            ))}
          </td>
        </tr>
      )}
    </>
  );
}

function ProgressCellView({ cell }: { cell: ProgressCell }) {
  const { t } = useTranslation();
  return (
    <td data-testid="wm-progress-cell" data-matrix={cell.matrixId} data-filled={cell.filled}>
      <span className="wm-progress__count">{t('matricesUi.progress.cell', { filled: cell.filled, total: cell.total })}</span>
      {cell.proposals > 0 && <span className="wm-progress__extra"> {t('matricesUi.progress.proposals', { count: cell.proposals })}</span>}
      <span className="wm-bar" aria-hidden="true">
        <span className="wm-bar__fill" style={{ width: `${percent(cell.filled, cell.total)}%` }} />
      </span>
    </td>
  );
}
