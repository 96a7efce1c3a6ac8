import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ContributionTarget } from '../../../shared/domain/constants';
import type { Contribution } from '../../../shared/domain/state';
import { useByline } from '../attribution/useByline';
import { uuidv4 } from '../lib/random';
import { ContributionItem } from './ContributionItem';
import { canAddContribution, contributionRights } from './permissions';
import { isUnconfirmed } from '../sync/pending';
import { STREAM_TAIL, visibleTail } from './streams';
import { TextForm } from './TextForm';
import type { InputsContext } from './types';
import '../styles/inputs.css';

interface Props {
  ctx: InputsContext;
  target: ContributionTarget;
  targetId: string;
  /** This target's contributions, oldest first (`groupContributions`). */
  items: readonly Contribution[];
  /** Texts of the stream's title and add form, which differ between objectives and questions. */
  labels: { title: string; input: string; placeholder: string; submit: string };
  /** Hide the add form (a reading filter is on); `decide` already hides it where adding is not allowed. */
  readOnly?: boolean;
  /** Id of the element the stream answers, to describe the add box (see TextForm). */
  describedBy?: string;
}

const PHASE_OF: Record<ContributionTarget, 'objectives' | 'questions'> = { objective: 'objectives', question: 'questions' };
const FORM_TEST_IDS: Record<ContributionTarget, { input: string; submit: string }> = {
  objective: { input: 'objective-comment-input', submit: 'objective-comment-submit' },
  question: { input: 'question-contribution-input', submit: 'question-contribution-submit' },
};

/** The room's contributions to one objective or question, newest last, with the add form right under them. */
export function ContributionStream({ ctx, target, targetId, items, labels, readOnly, describedBy }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const byline = useByline(ctx.view, ctx.actor, PHASE_OF[target]);
  const [expanded, setExpanded] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  // Focus lands on the stream when an entry is removed, rather than falling back to the page's top.
  const box = useRef<HTMLDivElement>(null);
  const { view, confirmed, actor, mutate } = ctx;
  const { shown, hidden } = visibleTail(items, expanded, editingId ? items.findIndex((c) => c.id === editingId) : -1);
  const canAdd = !readOnly && mutate !== undefined && canAddContribution(view, actor, target, targetId);
  if (items.length === 0 && !canAdd) return null;

  return (
    <div ref={box} className="stream" tabIndex={-1} data-testid={`${target}-stream`}>
      {items.length > 0 && (
        <>
          <p id={titleId} className="stream__title">
            {labels.title}
          </p>
          {items.length > STREAM_TAIL && (
            <button
              type="button"
              className="button button--small button--secondary stream__more"
              aria-expanded={expanded}
              data-testid="stream-expand"
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? t('inputs.stream.showLatest') : t('inputs.stream.showEarlier', { count: hidden })}
            </button>
          )}
          <ul className="stream__list" aria-labelledby={titleId}>
            {shown.map((c) => (
              <ContributionItem
                key={c.id}
                contribution={c}
                byline={byline(c)}
                pending={isUnconfirmed(view.contributions, confirmed?.contributions, c.id)}
                rights={contributionRights(view, actor, c)}
                mutate={mutate}
                onRemoved={() => box.current?.focus()}
                onEditing={(editing) => setEditingId(editing ? c.id : null)}
              />
            ))}
          </ul>
        </>
      )}
      {canAdd && (
        <TextForm
          label={labels.input}
          placeholder={labels.placeholder}
          submitLabel={labels.submit}
          max={LIMITS.contributionText}
          testIds={FORM_TEST_IDS[target]}
          describedBy={describedBy}
          // The id is made here so the entry shows at once and a resend is recognised as the same one.
          onSubmit={(text) => mutate('contribution.add', { id: uuidv4(), target, targetId, text })}
        />
      )}
    </div>
  );
}
