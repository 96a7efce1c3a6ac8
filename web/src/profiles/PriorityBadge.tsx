import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../shared/domain/constants';

/** Shapes as well as colours, so priority never depends on colour alone. */
const ICONS: Record<Priority, string> = { high: '▲', medium: '◆', low: '▼' };

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <span className={`priority priority--${priority}`} data-testid="grid-cell-priority-badge">
      <span aria-hidden="true">{ICONS[priority]}</span> {t(`profilesUi.priority.${priority}`)}
    </span>
  );
}
