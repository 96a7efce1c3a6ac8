import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddedGroup } from '../lib/api';
import { AddGroupForm } from './AddGroupForm';
import { GroupLinks } from './GroupLinks';
import { GroupList } from './GroupList';
import type { PlenaryProps } from './types';
import { useGroupCodes } from './useGroupCodes';
import { useTemplates } from '../lib/useTemplates';

/** The workshop's working groups; the plenary facilitator adds them and hands out each group's links. */
export function GroupsPanel({ view, actor, joinCode }: PlenaryProps & { joinCode: string | null }) {
  const { t } = useTranslation();
  const { templates, error } = useTemplates();
  const [added, setAdded] = useState<(AddedGroup & { name: string }) | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const isFacilitator = actor?.role === 'facilitator';
  const leads = isFacilitator || actor?.role === 'rapporteur';
  const codes = useGroupCodes(joinCode, view.plenary.groupOrder.length, leads);
  return (
    <div className="plenary-groups">
      <h2 className="visually-hidden">{t('plenaryUi.tabs.groups')}</h2>
      <p className="plenary-lead">{t('plenaryUi.groups.intro')}</p>
      {added && (
        <GroupLinks
          group={added}
          onDone={() => {
            setAdded(null);
            // The box and its button go away: the next thing to do is usually adding another group.
            nameInput.current?.focus();
          }}
        />
      )}
      <GroupList plenary={view.plenary} templates={templates} codes={added ? { ...codes, [added.id]: added.joinCode } : codes} />
      {isFacilitator && (
        <AddGroupForm workshopId={view.id} templates={templates} templatesError={error} onAdded={setAdded} nameRef={nameInput} />
      )}
    </div>
  );
}
