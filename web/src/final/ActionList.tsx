import { useTranslation } from 'react-i18next';
import { own } from '../../../shared/domain/decision';
import { LIMITS } from '../../../shared/domain/constants';
import { uuidv4 } from '../lib/random';
import { requestFocus, useRefocus } from '../pestle/refocus';
import { ActionCard, addFocusKey } from './ActionCard';
import { cellFocusKey, type EditorCtx } from './editorCtx';

/** The matrix's actions in order, each a card, and "Add action" at the end. */
export function ActionList({ ctx, heading }: { ctx: EditorCtx; heading: string }) {
  const { t } = useTranslation();
  const addRef = useRefocus<HTMLButtonElement>(addFocusKey(ctx.finalId));
  const { actionOrder, actions } = ctx.matrix;
  const full = actionOrder.length >= LIMITS.finalActions;
  const add = () => {
    if (full) return;
    const id = uuidv4();
    // The new card's text takes focus once it is on screen.
    requestFocus(cellFocusKey(ctx.finalId, { actionId: id, field: 'text' }));
    ctx.send.addAction(id);
  };
  return (
    <section className="final-actions" aria-label={heading}>
      <h5 className="final-actions__heading">{heading}</h5>
      <ol className="final-actions__list">
        {actionOrder.map((id, index) => {
          const action = own(actions, id);
          return action ? <ActionCard key={id} ctx={ctx} action={action} index={index} /> : null;
        })}
      </ol>
      <button
        ref={addRef}
        type="button"
        className="button button--secondary final-actions__add"
        aria-label={t('finalUi.labels.add', { matrix: ctx.matrixName })}
        aria-disabled={full}
        data-testid="final-action-add"
        onClick={add}
      >
        <span aria-hidden="true">+</span> {t('finalUi.action.add')}
      </button>
    </section>
  );
}
