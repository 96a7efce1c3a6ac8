import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import { useRefocus } from './refocus';

const DEFAULT_DOTS = 3;

/** The facilitator's "open a vote with N dots each", N from 1 to LIMITS.votingDots. */
export function VoteOpenForm({ onOpen }: { onOpen: (dots: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // Kept as typed so a half-typed number can be corrected; only a whole number in range is sent.
  const [raw, setRaw] = useState(String(DEFAULT_DOTS));
  // Focus returns here after the facilitator clears a vote (the Clear button is gone then).
  const openRef = useRefocus<HTMLButtonElement>('voting:open');
  const dots = Number(raw);
  const valid = raw.trim() !== '' && Number.isInteger(dots) && dots >= 1 && dots <= LIMITS.votingDots;
  return (
    <form
      className="vote-open"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onOpen(dots);
      }}
    >
      <label htmlFor={`${id}-dots`}>{t('organize.vote.dots')}</label>
      <input
        id={`${id}-dots`}
        className="input vote-open__dots"
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.votingDots}
        step={1}
        value={raw}
        aria-invalid={!valid}
        onChange={(e) => setRaw(e.target.value)}
        data-testid="pestle-vote-dots"
      />
      <button ref={openRef} type="submit" className="button button--small" disabled={!valid} data-testid="pestle-vote-open">
        {t('organize.vote.open')}
      </button>
    </form>
  );
}
