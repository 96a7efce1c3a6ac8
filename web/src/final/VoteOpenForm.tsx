import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/constants';
import { useRefocus } from '../pestle/refocus';

const DEFAULT_DOTS = 3;

/** The facilitator's "open a vote with N dots each", N from 1 to LIMITS.votingDots. */
export function VoteOpenForm({ label, focusKey, onOpen }: { label: string; focusKey: string; onOpen: (dots: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // Focus returns here after the facilitator clears a vote (the Clear button is gone then).
  const openRef = useRefocus<HTMLButtonElement>(focusKey);
  // Kept as typed so a half-typed number can be corrected; only a whole number in range is sent.
  const [raw, setRaw] = useState(String(DEFAULT_DOTS));
  const dots = Number(raw);
  const valid = raw.trim() !== '' && Number.isInteger(dots) && dots >= 1 && dots <= LIMITS.votingDots;
  return (
    <form
      className="vote-open"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onOpen(dots);
      }}
    >
      <label htmlFor={`${id}-dots`}>{t('finalUi.voting.dots')}</label>
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
        data-testid="final-vote-dots"
      />
      <button ref={openRef} type="submit" className="button button--small" aria-disabled={!valid} data-testid="final-vote-open">
        {t('finalUi.voting.open')}
      </button>
    </form>
  );
}
