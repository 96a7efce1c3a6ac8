import { useTranslation } from 'react-i18next';
import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';
import { cancelFocus, requestFocus, useRefocus } from '../pestle/refocus';
import type { FinalAccess } from './access';
import type { FinalSend } from './send';
import { VoteOpenForm } from '../components/VoteOpenForm';
import { dotsLeft, ranking } from './voting';
import '../styles/organize.css';

interface Props {
  finalId: string;
  matrix: FinalMatrix;
  slots: number;
  matrixName: string;
  access: FinalAccess;
  send?: FinalSend;
  /** The seated viewer, who sees their dots left while the vote is open. */
  memberId: string | null;
}

/**
 * The dot vote on a final matrix's actions, for when more were written than fit: the facilitator
 * opens, reveals and clears it; a voter sees their dots left; after the reveal, the order to follow.
 * Hidden from others while no vote exists.
 */
export function FinalVoting({ finalId, matrix, slots, matrixName, access, send, memberId }: Props) {
  const { t } = useTranslation();
  // Each step replaces the button pressed; focus moves on to the one that takes its place.
  const keys = { open: `final-vote-open:${finalId}`, reveal: `final-vote-reveal:${finalId}`, clear: `final-vote-clear:${finalId}` };
  const revealRef = useRefocus<HTMLButtonElement>(keys.reveal);
  const clearRef = useRefocus<HTMLButtonElement>(keys.clear);
  const step = (next: string, act: () => boolean) => {
    requestFocus(next);
    if (!act()) cancelFocus(next);
  };
  const voting = matrix.voting;
  const lead = send && (access.openVoting || access.revealVotes || access.clearVoting) ? send : undefined;
  if (!voting && !lead) return null;
  const state = !voting ? 'closed' : voting.revealed ? 'revealed' : 'open';
  const left = dotsLeft(matrix, memberId);
  const ranked = ranking(matrix);
  return (
    <section className="voting final-voting" aria-label={t('finalUi.labels.voting', { matrix: matrixName })} data-state={state}>
      <h5 className="voting__title">{t('finalUi.voting.heading')}</h5>
      {!voting && <p className="hint">{t('finalUi.voting.hint', { count: slots })}</p>}
      {!voting && lead && access.openVoting && (
        <VoteOpenForm
          label={t('finalUi.labels.voting', { matrix: matrixName })}
          focusKey={keys.open}
          texts={{ dots: t('finalUi.voting.dots'), open: t('finalUi.voting.open') }}
          testIds={{ dots: 'final-vote-dots', open: 'final-vote-open' }}
          onOpen={(dots) => step(keys.reveal, () => lead.openVoting(dots))}
        />
      )}
      {voting && state === 'open' && <p className="voting__status">{t('finalUi.voting.isOpen', { count: voting.dots })}</p>}
      {state === 'revealed' && <p className="voting__status">{t('finalUi.voting.revealed')}</p>}
      {voting && left !== null && (
        <p className="voting__left" aria-live="polite" data-testid="final-vote-left" data-left={left}>
          <span className="voting__dots" aria-hidden="true">
            {Array.from({ length: voting.dots }, (_, i) => (
              // Dots are interchangeable; their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <span key={i} className={i < left ? 'voting__dot voting__dot--left' : 'voting__dot'} />
            ))}
          </span>
          {t('finalUi.voting.left', { left, dots: voting.dots })}
        </p>
      )}
      {lead && ranked.length > 0 && (
        <p className="hint final-voting__ranking" data-testid="final-vote-ranking">
          {t('finalUi.voting.ranking', {
            list: ranked.map((r) => `${t('finalUi.action.heading', { n: r.position })} (${r.total})`).join(', '),
            count: slots,
          })}
        </p>
      )}
      {voting && lead && (
        <div className="voting__actions">
          {state === 'open' && access.revealVotes && (
            <button
              ref={revealRef}
              type="button"
              className="button button--small"
              data-testid="final-vote-reveal"
              onClick={() => step(keys.clear, lead.revealVotes)}
            >
              {t('finalUi.voting.reveal')}
            </button>
          )}
          {access.clearVoting && (
            <button
              ref={clearRef}
              type="button"
              className="button button--small button--secondary"
              data-testid="final-vote-clear"
              onClick={() => step(keys.open, lead.clearVoting)}
            >
              {t('finalUi.voting.clear')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
