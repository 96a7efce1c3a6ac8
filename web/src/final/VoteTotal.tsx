import { useTranslation } from 'react-i18next';
import { own } from '../../../shared/domain/decision';
import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';
import '../styles/organize.css';

/** An action's dots once the facilitator revealed the vote; nothing before. */
export function VoteTotal({ matrix, actionId }: { matrix: FinalMatrix; actionId: string }) {
  const { t } = useTranslation();
  const revealed = matrix.voting?.revealed;
  if (!revealed) return null;
  const total = own(revealed, actionId) ?? 0;
  return (
    <span className={total === 0 ? 'dot-total dot-total--zero' : 'dot-total'} data-testid="final-vote-total" data-votes={total}>
      {t('finalUi.voting.total', { count: total })}
    </span>
  );
}
