import { useTranslation } from 'react-i18next';
import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { voteControls } from './access';
import type { FinalSend } from './send';
import { VoteTotal } from './VoteTotal';

interface Props {
  view: WorkshopState;
  finalId: string;
  matrix: FinalMatrix;
  actionId: string;
  voter: Actor | null;
  send: FinalSend;
  labels: { plus: string; minus: string };
}

/**
 * An action's part of the dot vote: after the reveal its total; while voting, the voter's own
 * dots with − and +. The buttons stay focusable when they cannot act (aria-disabled), so
 * pressing + until the dots run out does not drop keyboard focus.
 */
export function ActionDots({ view, finalId, matrix, actionId, voter, send, labels }: Props) {
  const { t } = useTranslation();
  if (matrix.voting?.revealed) return <VoteTotal matrix={matrix} actionId={actionId} />;
  const dots = voteControls(view, voter, finalId, matrix, actionId);
  if (!dots) return null;
  const vote = (next: number) => send.vote(actionId, next);
  return (
    <fieldset className="dot-vote" aria-label={t('finalUi.voting.mine', { count: dots.mine })}>
      <button
        type="button"
        className="dot-vote__button"
        aria-label={labels.minus}
        aria-disabled={!dots.canRemove}
        data-testid="final-vote-minus"
        onClick={() => dots.canRemove && vote(dots.mine - 1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <span className="dot-vote__mine" data-testid="final-vote-mine" data-dots={dots.mine} aria-hidden="true">
        <span className={dots.mine === 0 ? 'dot-vote__dot dot-vote__dot--empty' : 'dot-vote__dot'} />
        {dots.mine}
      </span>
      <button
        type="button"
        className="dot-vote__button"
        aria-label={labels.plus}
        aria-disabled={!dots.canAdd}
        data-testid="final-vote-plus"
        onClick={() => dots.canAdd && vote(dots.mine + 1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </fieldset>
  );
}
