import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/domain/state';
import { matrixOf, workingMatrixOutlines } from '../../../shared/domain/working-matrices';
import type { Mutate } from '../pestle/types';
import { isMatrixPending, type MatrixAccess } from './access';
import { MatrixEditor } from './MatrixEditor';
import { MatrixView } from './MatrixView';
import { matrixSender } from './send';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  memberId: string;
  access: MatrixAccess;
  mutate?: Mutate;
}

/** The viewer's own working matrices: editors while they may write, else the same matrices to read. */
export function MyMatrices({ view, confirmed, memberId, access, mutate }: Props) {
  const { t } = useTranslation();
  const outlines = workingMatrixOutlines(view.template);
  const { fields } = view.template.matrices.working;
  if (outlines.length === 0) return <p className="muted">{t('matricesUi.mine.none')}</p>;
  return (
    <div className="wm-list">
      {access.locked && (
        <p className="notice notice--room" role="status" data-testid="wm-lock-notice">
          {t('lock.notice')}
        </p>
      )}
      {access.editable && <p className="hint">{t('matricesUi.mine.hint')}</p>}
      {outlines.map((outline) => {
        const matrix = matrixOf(view, memberId, outline.id);
        return access.editable && mutate ? (
          <MatrixEditor
            key={outline.id}
            outline={outline}
            matrix={matrix}
            fields={fields}
            pending={isMatrixPending(view, confirmed, memberId, outline.id)}
            send={matrixSender(mutate, outline.id)}
          />
        ) : (
          <MatrixView key={outline.id} outline={outline} matrix={matrix} fields={fields} />
        );
      })}
    </div>
  );
}
