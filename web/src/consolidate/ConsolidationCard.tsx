import { useTranslation } from 'react-i18next';
import { own } from '../../../shared/domain/decision';
import type { FinalMatrix } from '../../../shared/domain/final-matrix-model';
import type { WorkshopState } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';
import { memberMeta, memberName, partDescription, partLabel, takenLabel } from './labels';
import { PromoteControl } from './PromoteControl';
import type { Card } from './rows';
import { takenInto } from './taken';

interface Props {
  view: WorkshopState;
  finalId: string;
  final: FinalMatrix;
  matrixId: string;
  card: Card;
  openSlot: boolean;
  mutate?: Mutate;
}

const partKey = (p: Card['parts'][number]['part']) =>
  'slot' in p ? `${p.field}-${p.slot}` : 'proposalId' in p ? `${p.field}-${p.proposalId}` : p.field;

/** One participant's texts in a row, each with where it can go in the final matrix and where it already went. */
export function ConsolidationCard({ view, finalId, final, matrixId, card, openSlot, mutate }: Props) {
  const { t } = useTranslation();
  const member = own(view.members, card.memberId);
  const name = memberName(t, member);
  const meta = memberMeta(member);
  const taken = card.parts.map((p) => takenInto(final, card.memberId, matrixId, p.part));
  return (
    <li
      className="cons-card"
      data-testid="consolidation-card"
      data-member={card.memberId}
      data-taken={taken.some((x) => x.length > 0) || undefined}
    >
      <p className="cons-card__who">
        <span className="cons-card__name">{name}</span>
        {meta && <span className="cons-card__meta">{meta}</span>}
      </p>
      {card.parts.map((text, i) => {
        const label = partLabel(t, text, openSlot);
        const used = taken[i] ?? [];
        return (
          <div
            key={partKey(text.part)}
            className={used.length > 0 ? 'cons-part cons-part--taken' : 'cons-part'}
            data-testid="consolidation-part"
            data-part={text.part.field}
            data-taken={used.length > 0 || undefined}
          >
            {label && <p className="cons-part__label">{label}</p>}
            <p className="cons-part__text" data-testid="consolidation-text">
              {text.text}
            </p>
            {used.length > 0 && (
              <p className="cons-part__taken">
                {used.map((u) => (
                  <span key={u.kind === 'action' ? u.actionId : u.kind} className="cons-taken" data-testid="consolidation-taken">
                    {takenLabel(t, u)}
                  </span>
                ))}
              </p>
            )}
            {mutate && (
              <PromoteControl
                finalId={finalId}
                final={final}
                memberId={card.memberId}
                matrixId={matrixId}
                part={text.part}
                what={partDescription(t, text, openSlot)}
                name={name}
                mutate={mutate}
              />
            )}
          </div>
        );
      })}
    </li>
  );
}
