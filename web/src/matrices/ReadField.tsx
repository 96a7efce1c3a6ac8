import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A field of a matrix as read by someone who cannot edit it. */
export function ReadField({ label, text, badge }: { label: ReactNode; text: string; badge?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="wm-field">
      <p className="wm-field__label">
        {label} {badge}
      </p>
      {text ? <p className="wm-field__text">{text}</p> : <p className="wm-field__text muted">{t('matricesUi.view.empty')}</p>}
    </div>
  );
}
