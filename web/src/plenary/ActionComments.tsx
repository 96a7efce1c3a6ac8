import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import { actionKey } from '../../../shared/domain/plenary';
import { ItemActions } from '../inputs/ItemActions';
import { TextForm } from '../inputs/TextForm';
import { uuidv4 } from '../lib/random';
import type { ActionWork } from './types';

interface Props {
  work: ActionWork;
  target: { groupId: string; finalId: string; actionId: string };
  n: number;
  /** Id of the matrix's title, read after the comment box's label: every action has one. */
  titleId: string;
}

/** The plenary's comments on one action, and a box to add one for those who may. */
export function ActionComments({ work, target, n, titleId }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const { actor, mutate, confirmed } = work;
  const list = work.comments.get(actionKey(target.groupId, target.finalId, target.actionId)) ?? [];
  const mayRemove = (authorId: string) => actor?.role === 'facilitator' || (!!actor?.memberId && authorId === actor.memberId);
  return (
    <div className="plenary-comments" ref={box} tabIndex={-1}>
      {list.length > 0 && (
        <>
          <h5 className="plenary-comments__heading">
            {t('plenaryUi.comments.heading')} ({list.length})
          </h5>
          <ul className="plenary-comments__list">
            {list.map((c) => {
              const pending = confirmed !== null && !Object.hasOwn(confirmed.plenary.comments, c.id);
              return (
                <li key={c.id} className="plenary-comment" data-testid="plenary-comment" data-pending={pending ? 'true' : undefined}>
                  <p className="plenary-comment__text">{c.text}</p>
                  <p className="plenary-comment__meta">
                    {work.byline(c)}
                    {pending && <span> · {t('plenaryUi.comments.pending')}</span>}
                  </p>
                  {mutate && mayRemove(c.authorId) && (
                    <ItemActions
                      testId="plenary-comment"
                      onDelete={() => {
                        mutate('plenary.removeComment', { id: c.id });
                        // The pressed button goes away with the comment: keep the keyboard in this action's comments.
                        box.current?.focus();
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {work.canComment && mutate && (
        <TextForm
          label={t('plenaryUi.comments.label', { n })}
          submitLabel={t('plenaryUi.comments.add')}
          max={LIMITS.contributionText}
          describedBy={titleId}
          testIds={{ input: 'plenary-comment-text', submit: 'plenary-comment-add' }}
          onSubmit={(text) => mutate('plenary.comment', { id: uuidv4(), ...target, text })}
        />
      )}
    </div>
  );
}
