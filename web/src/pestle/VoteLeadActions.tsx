import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestFocus, useRefocus } from './refocus';
import type { Mutate } from './types';

/**
 * The facilitator's Reveal and Clear for a vote in progress; Clear wipes everyone's dots, so
 * it is confirmed in place. Each step hands focus to the control that replaces the one pressed.
 */
export function VoteLeadActions({ open, lead }: { open: boolean; lead: Mutate }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const clearRef = useRefocus<HTMLButtonElement>('voting:clear');
  const confirmRef = useRefocus<HTMLButtonElement>('voting:confirm');
  const revealRef = useRefocus<HTMLButtonElement>('voting:reveal');
  const go = (key: string, confirm: boolean) => {
    requestFocus(key);
    setConfirming(confirm);
  };

  if (confirming) {
    return (
      <div className="voting__actions">
        <span className="hint">{t('organize.vote.clearHint')}</span>
        <button
          ref={confirmRef}
          type="button"
          className="button button--small button--danger"
          data-testid="pestle-vote-clear-confirm"
          onClick={() => {
            requestFocus('voting:open');
            lead('pestle.clearVoting', {});
          }}
        >
          {t('organize.vote.confirmClear')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => go('voting:clear', false)}>
          {t('organize.vote.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="voting__actions">
      {open && (
        <button
          ref={revealRef}
          type="button"
          className="button button--small"
          data-testid="pestle-votes-reveal"
          onClick={() => {
            requestFocus('voting:clear');
            lead('pestle.revealVotes', {});
          }}
        >
          {t('organize.vote.reveal')}
        </button>
      )}
      <button
        ref={clearRef}
        type="button"
        className="button button--small button--secondary"
        data-testid="pestle-vote-clear"
        onClick={() => go('voting:confirm', true)}
      >
        {t('organize.vote.clear')}
      </button>
    </div>
  );
}
