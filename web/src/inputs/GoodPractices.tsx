import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoodPractice } from '../../../shared/domain/state';
import { uuidv4 } from '../lib/random';
import { canAddPractice, practiceRights } from './permissions';
import { PracticeForm } from './PracticeForm';
import { PracticeItem } from './PracticeItem';
import { isUnconfirmed } from '../sync/pending';
import type { InputsContext } from './types';
import '../styles/inputs.css';

interface Props {
  ctx: InputsContext;
  themeId: string;
  practices: readonly GoodPractice[];
}

/** The good practices presented for a theme, and the form the rapporteur (or anyone allowed) records one with. */
export function GoodPractices({ ctx, themeId, practices }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  // Focus lands here when a practice is removed, rather than falling back to the page's top.
  const box = useRef<HTMLDivElement>(null);
  const [adding, setAdding] = useState(false);
  const { view, confirmed, actor, mutate } = ctx;
  const canAdd = mutate !== undefined && canAddPractice(view, actor, themeId);
  if (practices.length === 0 && !canAdd) return null;

  return (
    <div ref={box} className="practices" tabIndex={-1} data-testid="practices" data-theme-id={themeId}>
      <p id={headingId} className="practices__heading">
        {t('inputs.practice.heading')}
      </p>
      {practices.length === 0 ? (
        <p className="muted">{t('inputs.practice.empty')}</p>
      ) : (
        <ul className="practices__list" aria-labelledby={headingId}>
          {practices.map((p) => (
            <PracticeItem
              key={p.id}
              practice={p}
              pending={isUnconfirmed(view.practices, confirmed?.practices, p.id)}
              rights={practiceRights(view, actor, p)}
              mutate={mutate}
              onRemoved={() => box.current?.focus()}
            />
          ))}
        </ul>
      )}
      {canAdd && (
        <div className="practices__add">
          <button
            type="button"
            className="button button--small button--secondary"
            aria-expanded={adding}
            data-testid="practice-add-open"
            onClick={() => setAdding(!adding)}
          >
            {t('inputs.practice.add')}
          </button>
          {adding && (
            <PracticeForm
              heading={t('inputs.practice.add')}
              submitLabel={t('inputs.practice.submit')}
              testId="practice-form"
              focusOnMount
              onCancel={() => setAdding(false)}
              onSubmit={(fields) => {
                // A refused practice keeps its form open, so nothing typed is lost.
                const sent = mutate('practice.add', { id: uuidv4(), themeId, ...fields });
                if (sent) setAdding(false);
                return sent;
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
