import { useTranslation } from 'react-i18next';
import { useRefocus } from './refocus';

interface Props {
  categoryName: string;
  /** Key under which the "New cluster" button takes focus back after its form closes. */
  focusKey: string;
  /** Absent for those who may not make clusters (or while the form is open). */
  onAddCluster?: () => void;
  /** Undefined when sorting by votes is not offered (before the reveal, or not the facilitator). */
  sorted?: boolean;
  onSort: (sorted: boolean) => void;
}

/** A column's organising tools under its title: a new cluster, and sorting by revealed votes. */
export function ColumnTools({ categoryName, focusKey, onAddCluster, sorted, onSort }: Props) {
  const { t } = useTranslation();
  const addRef = useRefocus<HTMLButtonElement>(focusKey);
  if (!onAddCluster && sorted === undefined) return null;
  return (
    <div className="column-tools">
      {onAddCluster && (
        <button
          ref={addRef}
          type="button"
          className="button button--small button--secondary"
          aria-label={t('organize.cluster.addIn', { category: categoryName })}
          data-testid="pestle-cluster-add"
          onClick={onAddCluster}
        >
          <span aria-hidden="true">+</span> {t('organize.cluster.add')}
        </button>
      )}
      {sorted !== undefined && (
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={sorted}
          aria-label={t('organize.vote.sortIn', { category: categoryName })}
          data-testid="pestle-sort-votes"
          onClick={() => onSort(!sorted)}
        >
          {t('organize.vote.sort')}
        </button>
      )}
    </div>
  );
}
