import { useTranslation } from 'react-i18next';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { votesOf } from './board';
import { dotControls } from './controls';
import type { Mutate } from './types';

interface Props {
  itemId: string;
  view: WorkshopState;
  actor: Actor | null;
  mutate?: Mutate;
  /** The item's text, so "add a dot" says to what. */
  describedBy: string;
}

/**
 * An item's part of the dot vote: after the reveal its total, while voting the viewer's own
 * dots with − and +. The buttons stay focusable when they cannot act (aria-disabled rather
 * than disabled), so pressing + until the dots run out does not drop keyboard focus.
 */
export function ItemDots({ itemId, view, actor, mutate, describedBy }: Props) {
  const { t } = useTranslation();
  const total = votesOf(view.pestle, itemId);
  if (total !== null) {
    return (
      <span className={total === 0 ? 'dot-total dot-total--zero' : 'dot-total'} data-testid="pestle-item-votes" data-votes={total}>
        {t('organize.vote.total', { count: total })}
      </span>
    );
  }
  const dots = mutate ? dotControls(view, actor, itemId) : null;
  if (!dots || !mutate) return null;
  const vote = (next: number) => mutate('pestle.vote', { itemId, dots: next });
  return (
    <fieldset className="dot-vote" aria-label={t('organize.vote.mine', { count: dots.mine })}>
      <button
        type="button"
        className="dot-vote__button"
        aria-label={t('organize.vote.remove')}
        aria-describedby={describedBy}
        aria-disabled={!dots.canRemove}
        data-testid="pestle-dot-remove"
        onClick={() => dots.canRemove && vote(dots.mine - 1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <span className="dot-vote__mine" data-testid="pestle-dot-mine" data-dots={dots.mine} aria-hidden="true">
        <span className={dots.mine === 0 ? 'dot-vote__dot dot-vote__dot--empty' : 'dot-vote__dot'} />
        {dots.mine}
      </span>
      <button
        type="button"
        className="dot-vote__button"
        aria-label={t('organize.vote.add')}
        aria-describedby={describedBy}
        aria-disabled={!dots.canAdd}
        data-testid="pestle-dot-add"
        onClick={() => dots.canAdd && vote(dots.mine + 1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </fieldset>
  );
}
