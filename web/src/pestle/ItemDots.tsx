import { useTranslation } from 'react-i18next';
import { DotStepper } from '../components/DotStepper';
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
 * dots with − and +.
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
  return (
    <DotStepper
      mine={dots.mine}
      canAdd={dots.canAdd}
      canRemove={dots.canRemove}
      labels={{ group: t('organize.vote.mine', { count: dots.mine }), minus: t('organize.vote.remove'), plus: t('organize.vote.add') }}
      describedBy={describedBy}
      testIds={{ minus: 'pestle-dot-remove', mine: 'pestle-dot-mine', plus: 'pestle-dot-add' }}
      onVote={(next) => mutate('pestle.vote', { itemId, dots: next })}
    />
  );
}
