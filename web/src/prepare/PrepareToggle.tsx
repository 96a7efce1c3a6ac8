import { useTranslation } from 'react-i18next';
import '../styles/prepare.css';

/** The facilitator's switch between the phase on screen and the guide's editor. */
export function PrepareToggle({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      // Pressed shows as the filled button, so the mode is visible without reading the label.
      className={`button button--small prepare-toggle${pressed ? '' : ' button--secondary'}`}
      aria-pressed={pressed}
      title={t('prepare.toggleHint')}
      data-testid="prepare-toggle"
      onClick={onToggle}
    >
      {t('prepare.toggle')}
    </button>
  );
}
