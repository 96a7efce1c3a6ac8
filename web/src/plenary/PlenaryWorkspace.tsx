import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupsPanel } from './GroupsPanel';
import { PlenaryTabs } from './PlenaryTabs';
import { PresentationsPanel } from './PresentationsPanel';
import type { PlenaryProps } from './types';
import { WorkPlan } from './WorkPlan';

type TabKey = 'groups' | 'presentations' | 'workplan';

/** The plenary room: its working groups, the groups' presentations side by side, and the draft Work Plan. */
export function PlenaryWorkspace(props: PlenaryProps & { joinCode: string | null }) {
  const { t } = useTranslation();
  const { view, actor } = props;
  // The facilitator starts where there is something to do: adding groups until results come in.
  const [tab, setTab] = useState<TabKey>(() =>
    actor?.role === 'facilitator' && Object.keys(view.plenary.results).length === 0 ? 'groups' : 'presentations',
  );
  return (
    <div className="plenary" data-testid="plenary-workspace">
      <PlenaryTabs
        label={t('plenaryUi.tabs.label')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'groups', label: t('plenaryUi.tabs.groups'), panel: <GroupsPanel {...props} /> },
          { key: 'presentations', label: t('plenaryUi.tabs.presentations'), panel: <PresentationsPanel {...props} /> },
          { key: 'workplan', label: t('plenaryUi.tabs.workplan'), panel: <WorkPlan view={view} /> },
        ]}
      />
    </div>
  );
}
