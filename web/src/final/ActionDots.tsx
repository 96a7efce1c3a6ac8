import { useTranslation } from 'react-i18next';
import { DotStepper } from '../components/DotStepper';
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
 * dots with − and +.
 */
export function ActionDots({ view, finalId, matrix, actionId, voter, send, labels }: Props) {
  const { t } = useTranslation();
  if (matrix.voting?.revealed) return <VoteTotal matrix={matrix} actionId={actionId} />;
  const dots = voteControls(view, voter, finalId, matrix, actionId);
  if (!dots) return null;
  return (
    <DotStepper
      mine={dots.mine}
      canAdd={dots.canAdd}
      canRemove={dots.canRemove}
      labels={{ group: t('finalUi.voting.mine', { count: dots.mine }), ...labels }}
      testIds={{ minus: 'final-vote-minus', mine: 'final-vote-mine', plus: 'final-vote-plus' }}
      onVote={(next) => send.vote(actionId, next)}
    />
  );
}
