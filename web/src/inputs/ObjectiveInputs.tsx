import { useTranslation } from 'react-i18next';
import type { Contribution } from '../../../shared/domain/state';
import { ContributionStream } from './ContributionStream';
import { canHighlight, canRate } from './permissions';
import { RelevanceControl } from './RelevanceControl';
import { RelevanceCounts } from './RelevanceCounts';
import { ownRelevance, relevanceCounts } from './streams';
import type { InputsContext } from './types';
import '../styles/inputs.css';

interface Props {
  ctx: InputsContext;
  objectiveId: string;
  /** The objective's short name ("A.b", `objectiveName`), to name the comment box. */
  label: string;
  comments: readonly Contribution[];
}

/** The room's input on one proposed objective: the viewer's relevance mark, the room's counts, and the comments. */
export function ObjectiveInputs({ ctx, objectiveId, label, comments }: Props) {
  const { t } = useTranslation();
  const { view, actor, mutate } = ctx;
  // `decide` also says no while the phase is locked: the mark is then shown, not offered.
  const rate = mutate && canRate(view, actor, objectiveId) ? mutate : undefined;
  return (
    <div className="objective-inputs" data-testid="objective-inputs" data-objective-id={objectiveId}>
      <div className="objective-inputs__relevance">
        <RelevanceControl
          value={ownRelevance(view, actor, objectiveId)}
          onChange={rate ? (relevance) => rate('objective.rate', { objectiveId, relevance }) : undefined}
        />
        <RelevanceCounts {...relevanceCounts(view, objectiveId)} />
      </div>
      <ContributionStream
        ctx={ctx}
        target="objective"
        targetId={objectiveId}
        items={comments}
        labels={{
          title: t('inputs.objective.comments', { count: comments.length }),
          input: t('inputs.objective.input', { label }),
          placeholder: t('inputs.objective.placeholder'),
          submit: t('inputs.objective.submit'),
        }}
      />
    </div>
  );
}

/** The facilitator's switch: the room takes this objective forward. Shown only to whom `decide` allows it. */
export function HighlightToggle({ ctx, objectiveId, highlighted }: { ctx: InputsContext; objectiveId: string; highlighted: boolean }) {
  const { t } = useTranslation();
  const { view, actor, mutate } = ctx;
  if (!mutate || !canHighlight(view, actor, objectiveId)) return null;
  return (
    <button
      type="button"
      className="button button--small button--secondary highlight-toggle"
      aria-pressed={highlighted}
      data-testid="objective-highlight"
      onClick={() => mutate('objective.highlight', { objectiveId, highlighted: !highlighted })}
    >
      <span aria-hidden="true">{highlighted ? '★' : '☆'}</span> {t('inputs.highlight.toggle')}
    </button>
  );
}

/** What everyone sees on a highlighted objective: an icon and words, never colour alone. */
export function HighlightMark() {
  const { t } = useTranslation();
  return (
    <p className="highlight-mark" data-testid="objective-highlighted">
      <span aria-hidden="true">★</span> {t('inputs.highlight.marked')}
    </p>
  );
}
