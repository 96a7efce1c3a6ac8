import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../components/CopyField';
import type { AddedGroup } from '../lib/api';

/**
 * A new group's secret links, shown once: the server keeps only their hashes. Focus moves here
 * so the facilitator (and a screen reader) notices them before going on.
 */
export function GroupLinks({ group, onDone }: { group: AddedGroup & { name: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per group added
  useEffect(() => {
    heading.current?.focus();
  }, [group.id]);
  return (
    <section className="group-links" aria-labelledby={`group-links-${group.id}`} data-testid="group-links">
      <h3 id={`group-links-${group.id}`} ref={heading} tabIndex={-1}>
        {t('plenaryUi.links.heading', { name: group.name })}
      </h3>
      <p className="group-links__note">
        <strong>{t('plenaryUi.links.note')}</strong>
      </p>
      <CopyField label={t('plenaryUi.links.facilitator')} value={group.links.facilitator} testId="group-link-facilitator" />
      <CopyField label={t('plenaryUi.links.rapporteur')} value={group.links.rapporteur} testId="group-link-rapporteur" />
      <CopyField label={t('plenaryUi.links.projector')} value={group.links.projector} testId="group-link-projector" />
      <CopyField label={t('plenaryUi.links.joinCode')} value={group.joinCode} testId="group-link-code" />
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('plenaryUi.links.done')}
      </button>
    </section>
  );
}
