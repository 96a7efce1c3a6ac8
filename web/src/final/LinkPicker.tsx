import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_KINDS, type LinkKind, type LinkRef } from '../../../shared/domain/final-matrix-model';
import type { WorkshopState } from '../../../shared/domain/state';
import { useLang } from '../content/useLang';
import { shortLabel, unlinkedTargets } from './links';

interface Props {
  view: WorkshopState;
  links: LinkRef[];
  what: string;
  onLink: (ref: LinkRef) => boolean;
}

/** "Add link": the kind of element, then the element (those not linked yet), then Link. */
export function LinkPicker({ view, links, what, onLink }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [kind, setKind] = useState<LinkKind>('pestle');
  const [target, setTarget] = useState('');
  const targets = unlinkedTargets(view, kind, links, lang);
  const chosen = targets.some((x) => x.id === target) ? target : '';
  const scoped = (label: string) => t('finalUi.labels.scoped', { label, what });
  return (
    <div className="final-link-picker">
      <div className="final-link-picker__field">
        <label htmlFor={`${id}-kind`}>{t('finalUi.links.kind')}</label>
        <select
          id={`${id}-kind`}
          className="input"
          aria-label={scoped(t('finalUi.links.kind'))}
          data-testid="final-link-kind"
          value={kind}
          onChange={(e) => {
            setKind(LINK_KINDS.find((k) => k === e.target.value) ?? 'pestle');
            setTarget('');
          }}
        >
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`finalUi.links.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="final-link-picker__field final-link-picker__field--wide">
        <label htmlFor={`${id}-target`}>{t('finalUi.links.target')}</label>
        <select
          id={`${id}-target`}
          className="input"
          aria-label={scoped(t('finalUi.links.target'))}
          data-testid="final-link-target"
          value={chosen}
          onChange={(e) => setTarget(e.target.value)}
        >
          <option value="">{targets.length === 0 ? t('finalUi.links.nothing') : t('finalUi.links.choose')}</option>
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {shortLabel(x.label)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--small button--secondary"
        aria-label={scoped(t('finalUi.links.add'))}
        data-testid="final-link-add"
        // aria-disabled, not disabled: after linking, focus stays on the button for the next link.
        aria-disabled={chosen === ''}
        onClick={() => {
          if (chosen !== '' && onLink({ kind, id: chosen })) setTarget('');
        }}
      >
        {t('finalUi.links.add')}
      </button>
    </div>
  );
}
