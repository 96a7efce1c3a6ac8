import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Sector } from '../../../shared/domain/constants';
import { SectorField } from '../components/SectorField';
import type { Actor, Member, WorkshopState } from '../../../shared/domain/state';
import type { Mutate } from '../pestle/types';

interface Props {
  state: WorkshopState;
  actor: Actor;
  mutate: Mutate;
}

/**
 * "Complete or correct your line": each person edits their own roster line; the facilitator
 * may pick anyone's. Only the fields that changed are sent.
 */
export function RosterEditor({ state, actor, mutate }: Props) {
  const { t } = useTranslation();
  const isFacilitator = actor.role === 'facilitator';
  const [memberId, setMemberId] = useState(actor.memberId ?? '');
  const member = state.members[memberId];
  if (!actor.memberId || !member) return null;
  const others = isFacilitator ? state.memberOrder.map((id) => state.members[id]).filter((m) => m !== undefined) : [];
  return (
    <section className="section roster-editor" aria-labelledby="roster-edit-h" data-testid="roster-editor">
      <h3 id="roster-edit-h">{memberId === actor.memberId ? t('roster.editOwn') : t('roster.editOther', { name: member.name })}</h3>
      {isFacilitator && (
        <div className="field">
          <label htmlFor="roster-edit-who">{t('roster.who')}</label>
          <select
            id="roster-edit-who"
            className="input"
            value={memberId}
            onChange={(e) => setMemberId(e.target.value)}
            data-testid="roster-edit-who"
          >
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name || t(`roles.${m.role}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {/* Keyed by member, so picking someone else starts from their line. */}
      <MemberForm key={member.id} member={member} mutate={mutate} />
    </section>
  );
}

function MemberForm({ member, mutate }: { member: Member; mutate: Mutate }) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState<{ name: string; institution: string; country: string; sector: Sector | ''; functions: string }>({
    name: member.name,
    institution: member.institution,
    country: member.country,
    sector: member.sector,
    functions: member.functions ?? '',
  });
  const [saved, setSaved] = useState(false);
  const changed = Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v.trim() !== String(member[k as keyof typeof fields] ?? '').trim()),
  ) as Partial<typeof fields>;
  const dirty = Object.keys(changed).length > 0;
  const set = (key: keyof typeof fields) => (value: string) => {
    setSaved(false);
    setFields((f) => ({ ...f, [key]: value }));
  };
  const text = (key: 'name' | 'institution' | 'country', max: number, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        className="input"
        value={fields[key]}
        maxLength={max}
        onChange={(e) => set(key)(e.target.value)}
        data-testid={`roster-edit-${key}`}
      />
    </div>
  );
  return (
    <form
      className="roster-editor__form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty) return;
        const args = { id: member.id, ...changed };
        if (mutate('member.update', args)) setSaved(true);
      }}
    >
      {text('name', LIMITS.participantName, t('preliminary.name'))}
      {text('institution', LIMITS.institution, t('preliminary.institution'))}
      {text('country', LIMITS.country, t('preliminary.country'))}
      <SectorField id={`${id}-sector`} label={t('preliminary.sector')} value={fields.sector} onChange={(sector) => set('sector')(sector)} />
      <div className="field roster-editor__functions">
        <label htmlFor={`${id}-functions`}>{t('preliminary.functions')}</label>
        <textarea
          id={`${id}-functions`}
          className="input"
          rows={2}
          value={fields.functions}
          maxLength={LIMITS.memberFunctions}
          onChange={(e) => set('functions')(e.target.value)}
          data-testid="roster-edit-functions"
        />
      </div>
      <div className="roster-editor__actions">
        <button type="submit" className="button" disabled={!dirty} data-testid="roster-edit-save">
          {t('roster.save')}
        </button>
        {saved && !dirty && (
          <span role="status" className="muted">
            {t('roster.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
