import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/domain/constants';
import { useRefocus } from '../pestle/refocus';

const DEFAULT_DOTS = 3;

interface Props {
  /** The form's accessible name, where several votes can be opened on one page. */
  label?: string;
  /** Where focus returns after the facilitator clears a vote (the Clear button is gone then). */
  focusKey: string;
  texts: { dots: string; open: string };
  testIds: { dots: string; open: string };
  onOpen: (dots: number) => void;
}

/** The facilitator's "open a vote with N dots each", N from 1 to LIMITS.votingDots (the PESTLE's, a final matrix's). */
export function VoteOpenForm({ label, focusKey, texts, testIds, onOpen }: Props) {
  const id = useId();
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
      <label htmlFor={`${id}-dots`}>{texts.dots}</label>
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
        data-testid={testIds.dots}
      />
      {/* aria-disabled, not disabled: the button keeps focus while the number is corrected. */}
      <button ref={openRef} type="submit" className="button button--small" aria-disabled={!valid} data-testid={testIds.open}>
        {texts.open}
      </button>
    </form>
  );
}
