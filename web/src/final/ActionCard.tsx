import { useTranslation } from 'react-i18next';
import { cellOf, type FinalAction } from '../../../shared/domain/final-matrix-model';
import { requestFocus, useRefocus } from '../pestle/refocus';
import { ActionScheme } from './ActionScheme';
import { cellBinding, type EditorCtx } from './editorCtx';
import { FinalCellField } from './FinalCellField';
import { Provenance } from './Provenance';
import { ConfirmRemove } from '../components/ConfirmRemove';
import { isCandidate } from './voting';
import { VoteTotal } from './VoteTotal';

/** Where focus goes once the action it was on is gone: the matrix's "Add action". */
export const addFocusKey = (finalId: string) => `final-add:${finalId}`;

/** One action of a final matrix being written: its number, text, order, scheme and provenance. */
export function ActionCard({ ctx, action, index }: { ctx: EditorCtx; action: FinalAction; index: number }) {
  const { t } = useTranslation();
  const n = index + 1;
  const last = index === ctx.matrix.actionOrder.length - 1;
  const candidate = isCandidate(index, ctx.view.template.matrices.final.actionSlots);
  const names = { n, matrix: ctx.matrixName };
  const upRef = useRefocus<HTMLButtonElement>(`final-up:${action.id}`);
  const downRef = useRefocus<HTMLButtonElement>(`final-down:${action.id}`);
  // Moving re-orders the cards, which can drop focus; the pressed button takes it back where it lands.
  const move = (key: 'up' | 'down', to: number) => {
    requestFocus(`final-${key}:${action.id}`);
    ctx.send.moveAction(action.id, to);
  };
  return (
    <li
      className={candidate ? 'final-action final-action--candidate' : 'final-action'}
      data-testid="final-action"
      data-action={action.id}
      data-candidate={String(candidate)}
    >
      <div className="final-action__head">
        <h5 className="final-action__title">{t('finalUi.action.heading', { n })}</h5>
        {candidate && <span className="badge final-candidate">{t('finalUi.action.candidate')}</span>}
        <VoteTotal matrix={ctx.matrix} actionId={action.id} />
        <div className="final-action__tools">
          <button
            ref={upRef}
            type="button"
            className="icon-button"
            aria-label={t('finalUi.labels.up', names)}
            aria-disabled={index === 0}
            data-testid="final-action-up"
            onClick={() => index > 0 && move('up', index - 1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            ref={downRef}
            type="button"
            className="icon-button"
            aria-label={t('finalUi.labels.down', names)}
            aria-disabled={last}
            data-testid="final-action-down"
            onClick={() => !last && move('down', index + 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <ConfirmRemove
            name={t('finalUi.labels.remove', names)}
            texts={{
              remove: t('finalUi.action.remove'),
              question: t('finalUi.action.confirm', { n }),
              yes: t('finalUi.action.confirmYes'),
              cancel: t('finalUi.action.cancel'),
            }}
            testId="final-action-remove"
            className="final-confirm"
            onConfirm={() => {
              requestFocus(addFocusKey(ctx.finalId));
              ctx.send.removeAction(action.id);
            }}
          />
        </div>
      </div>
      <FinalCellField
        cell={cellOf(action, 'text')}
        name={t('finalUi.labels.actionText', names)}
        testId="final-action-text"
        placeholder={t('finalUi.action.placeholder')}
        {...cellBinding(ctx, { actionId: action.id, field: 'text' })}
      />
      <ActionScheme ctx={ctx} action={action} n={n} />
      <Provenance
        view={ctx.view}
        sources={action.sources}
        links={action.links}
        what={t('finalUi.labels.actionOf', names)}
        onLink={(ref, linked) => ctx.send.link(action.id, ref, linked)}
      />
    </li>
  );
}
