interface Props {
  mine: number;
  canAdd: boolean;
  canRemove: boolean;
  labels: { group: string; minus: string; plus: string };
  /** An id describing what the dots go on (the item's text), when the labels do not say it. */
  describedBy?: string;
  testIds: { minus: string; mine: string; plus: string };
  onVote: (dots: number) => void;
}

/** A member's dots on one option of a dot vote: − n +. aria-disabled keeps the buttons focusable at the limits. */
export function DotStepper({ mine, canAdd, canRemove, labels, describedBy, testIds, onVote }: Props) {
  return (
    <fieldset className="dot-vote" aria-label={labels.group}>
      <button
        type="button"
        className="dot-vote__button"
        aria-label={labels.minus}
        aria-describedby={describedBy}
        aria-disabled={!canRemove}
        data-testid={testIds.minus}
        onClick={() => canRemove && onVote(mine - 1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <span className="dot-vote__mine" data-testid={testIds.mine} data-dots={mine} aria-hidden="true">
        <span className={mine === 0 ? 'dot-vote__dot dot-vote__dot--empty' : 'dot-vote__dot'} />
        {mine}
      </span>
      <button
        type="button"
        className="dot-vote__button"
        aria-label={labels.plus}
        aria-describedby={describedBy}
        aria-disabled={!canAdd}
        data-testid={testIds.plus}
        onClick={() => canAdd && onVote(mine + 1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </fieldset>
  );
}
