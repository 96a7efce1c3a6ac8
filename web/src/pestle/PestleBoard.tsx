import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PESTLE_CATEGORIES, type PestleCategory } from '../../../shared/domain/constants';
import { canWritePestle } from '../../../shared/domain/mutations';
import { useByline } from '../attribution/useByline';
import type { Actor, WorkshopState } from '../../../shared/domain/state';
import { itemsByCategory } from './board';
import { PestleAddForm } from './PestleAddForm';
import { PestleColumn } from './PestleColumn';
import { PestleModeToggle } from './PestleModeToggle';
import type { Mutate } from './types';
import { VotingBar } from './VotingBar';
import '../styles/organize.css';

interface Props {
  view: WorkshopState;
  confirmed: WorkshopState | null;
  /** Who is looking; null (the projector) shows the board read-only. */
  actor: Actor | null;
  mutate?: Mutate;
  variant?: 'room' | 'projector';
}

/** The six PESTLE categories side by side (stacked on phones), with the add form above them. */
export function PestleBoard({ view, confirmed, actor, mutate, variant = 'room' }: Props) {
  const { t } = useTranslation();
  const authorLabel = useByline(view, actor, 'pestle');
  const [category, setCategory] = useState<PestleCategory>('political');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const grouped = itemsByCategory(view);
  const mode = view.pestle.mode;
  const canWrite = actor !== null && mutate !== undefined && canWritePestle(view, actor);
  const isFacilitator = actor?.role === 'facilitator';
  const locked = actor?.role === 'participant' && mode === 'facilitator';

  const addHere = (c: PestleCategory) => {
    setCategory(c);
    textRef.current?.focus();
    textRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  return (
    <section className={`pestle pestle--${variant}`} data-testid="pestle-board" data-mode={mode} aria-labelledby="pestle-board-h">
      <div className="pestle__toolbar">
        <h3 id="pestle-board-h" className={variant === 'projector' ? 'visually-hidden' : 'pestle__title'}>
          {t('pestle.board')}
        </h3>
        {isFacilitator && mutate && <PestleModeToggle mode={mode} onChange={(next) => mutate('pestle.setMode', { mode: next })} />}
      </div>
      {locked && (
        <p className="notice notice--info" role="status" data-testid="pestle-locked-notice">
          {t('pestle.lockedNotice')}
        </p>
      )}
      {canWrite && <PestleAddForm category={category} onCategoryChange={setCategory} mutate={mutate} textRef={textRef} />}
      <VotingBar view={view} actor={actor} mutate={mutate} />
      <div className="pestle__columns">
        {PESTLE_CATEGORIES.map((c) => (
          <PestleColumn
            key={c}
            category={c}
            items={grouped[c]}
            view={view}
            confirmed={confirmed}
            actor={actor}
            mutate={mutate}
            authorLabel={variant === 'projector' ? null : authorLabel}
            onAddHere={canWrite ? () => addHere(c) : undefined}
          />
        ))}
      </div>
    </section>
  );
}
