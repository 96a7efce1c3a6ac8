import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideList } from '../../../shared/domain/guide-edit';

/** One part of the prepare panel, titled by the list it edits. */
export function PrepareSection({ list, empty = false, children }: { list: GuideList; empty?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="prepare-section" aria-labelledby={headingId} data-testid={`prepare-section-${list}`}>
      <h3 id={headingId} className="prepare-section__title">
        {t(`prepare.sections.${list}`)}
      </h3>
      {/* A guide may have no objectives or questions at all; there is then no group to add to. */}
      {empty ? <p className="hint">{t('prepare.empty')}</p> : children}
    </section>
  );
}
