import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposedAction } from '../../../shared/domain/state';
import { AutosaveField } from './AutosaveField';
import { ConfirmRemove } from '../components/ConfirmRemove';
import type { ActionChange, MatrixSend } from './send';

interface Props {
  proposal: ProposedAction;
  n: number;
  matrix: string;
  send: MatrixSend;
  onDirty: (key: string, dirty: boolean) => void;
  onRemoved: () => void;
}

/** A further action the member proposed: its text and comment, saved as typed, and its removal. */
export function ProposalEditor({ proposal, n, matrix, send, onDirty, onRemoved }: Props) {
  const { t } = useTranslation();
  // Once removed, an edit still waiting in a field is moot: sending it would only be refused.
  const removed = useRef(false);
  const edit = (change: ActionChange) => removed.current || send.editProposal(proposal.id, change);
  return (
    <li className="wm-action wm-proposal" data-testid="wm-proposal" data-id={proposal.id}>
      <div className="wm-action__fields">
        <AutosaveField
          label={t('matricesUi.proposals.item', { n })}
          name={t('matricesUi.labels.proposalText', { n, matrix })}
          value={proposal.text}
          save={(text) => edit({ text })}
          allowEmpty={false}
          problem={(draft) => (draft.trim() === '' ? t('matricesUi.proposals.needsText') : null)}
          testId="wm-proposal-text"
          onDirtyChange={(dirty) => onDirty(`proposal-${proposal.id}`, dirty)}
        />
        <AutosaveField
          label={t('matricesUi.action.comment')}
          name={t('matricesUi.labels.proposalComment', { n, matrix })}
          value={proposal.comment}
          save={(comment) => edit({ comment })}
          testId="wm-proposal-comment"
          onDirtyChange={(dirty) => onDirty(`proposal-comment-${proposal.id}`, dirty)}
        />
      </div>
      <ConfirmRemove
        name={t('matricesUi.labels.proposalRemove', { n, matrix })}
        texts={{
          remove: t('matricesUi.proposals.remove'),
          question: t('matricesUi.proposals.confirm'),
          yes: t('matricesUi.proposals.confirmYes'),
          cancel: t('matricesUi.proposals.cancel'),
        }}
        testId="wm-proposal-remove"
        className="wm-confirm"
        onConfirm={() => {
          removed.current = true;
          if (send.removeProposal(proposal.id)) onRemoved();
        }}
      />
    </li>
  );
}
