import { useTranslation } from 'react-i18next';
import { dotsUsed } from '../../../shared/domain/dot-vote';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { cancelFocus, requestFocus } from './refocus';
import type { Mutate } from './types';
import { VoteLeadActions } from './VoteLeadActions';
import { VoteOpenForm } from '../components/VoteOpenForm';

interface Props {
  view: WorkshopState;
  actor: Actor | null;
  mutate?: Mutate;
}

/**
 * The dot vote above the columns: the facilitator opens it, reveals the results and clears it;
 * everyone seated sees how many of their dots are left. Hidden from others while no vote exists.
 */
export function VotingBar({ view, actor, mutate }: Props) {
  const { t } = useTranslation();
  const voting = view.pestle.voting;
  const lead = actor?.role === 'facilitator' ? mutate : undefined;
  if (!voting && !lead) return null;
  const state = !voting ? 'closed' : voting.revealed ? 'revealed' : 'open';
  const memberId = actor && actor.role !== 'observer' ? actor.memberId : null;
  const left = voting && state === 'open' && memberId ? Math.max(0, voting.dots - dotsUsed(view.pestle.ballots, memberId)) : null;

  return (
    <section className="voting" aria-labelledby="pestle-voting-h" data-testid="pestle-voting" data-state={state}>
      <h4 id="pestle-voting-h" className="voting__title">
        {t('organize.vote.heading')}
      </h4>
      {!voting && lead && (
        <VoteOpenForm
          focusKey="voting:open"
          texts={{ dots: t('organize.vote.dots'), open: t('organize.vote.open') }}
          testIds={{ dots: 'pestle-vote-dots', open: 'pestle-vote-open' }}
          onOpen={(dots) => {
            // The form gives way to Reveal and Clear; focus moves on to Reveal.
            requestFocus('voting:reveal');
            if (!lead('pestle.openVoting', { dots })) cancelFocus('voting:reveal');
          }}
        />
      )}
      {voting && state === 'open' && <p className="voting__status">{t('organize.vote.isOpen', { count: voting.dots })}</p>}
      {state === 'revealed' && <p className="voting__status">{t('organize.vote.revealed')}</p>}
      {voting && left !== null && (
        <p className="voting__left" aria-live="polite" data-testid="pestle-dots-left" data-left={left}>
          <span className="voting__dots" aria-hidden="true">
            {Array.from({ length: voting.dots }, (_, i) => (
              // Dots are interchangeable; their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <span key={i} className={i < left ? 'voting__dot voting__dot--left' : 'voting__dot'} />
            ))}
          </span>
          {t('organize.vote.left', { left, dots: voting.dots })}
        </p>
      )}
      {voting && lead && <VoteLeadActions open={state === 'open'} lead={lead} />}
    </section>
  );
}
