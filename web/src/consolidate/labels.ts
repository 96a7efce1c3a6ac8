import type { TFunction } from 'i18next';
import type { Member } from '../../../shared/domain/state';
import type { PartText, Row } from './rows';
import type { TakenInto } from './taken';
import { preview, type TargetOption } from './targets';

/** A row's title: the part of the matrix, or the action's number (an open slot says so). */
export function rowTitle(t: TFunction, row: Row): string {
  if (row.slot === undefined) return t(`consolidateUi.rows.${row.key as 'commitment' | 'proposals' | 'notes'}`);
  return row.guide ? t('consolidateUi.rows.action', { n: row.slot }) : t('consolidateUi.rows.openSlot', { n: row.slot });
}

/** The small label above a text inside a card; none where the row's title already says what it is. */
export function partLabel(t: TFunction, text: PartText, openSlot: boolean): string | null {
  switch (text.part.field) {
    case 'action':
      return t(openSlot ? 'consolidateUi.parts.openAction' : 'consolidateUi.parts.action');
    case 'comment':
    case 'proposalComment':
      return t('consolidateUi.parts.comment');
    case 'proposal':
      return t('consolidateUi.parts.proposal', { n: text.n });
    default:
      return null;
  }
}

/** What a text is, said in full for a screen reader's label ("Comment on action 2"). */
export function partDescription(t: TFunction, text: PartText, openSlot: boolean): string {
  const { part } = text;
  switch (part.field) {
    case 'commitment':
    case 'notes':
      return t(`consolidateUi.describe.${part.field}`);
    case 'action':
      return t(openSlot ? 'consolidateUi.describe.openAction' : 'consolidateUi.describe.action', { n: part.slot });
    case 'comment':
      return t('consolidateUi.describe.comment', { n: part.slot });
    case 'proposal':
    case 'proposalComment':
      return t(`consolidateUi.describe.${part.field}`, { n: text.n });
  }
}

export const memberName = (t: TFunction, member: Member | undefined) => member?.name || t('consolidateUi.unnamed');

export const memberMeta = (member: Member | undefined) => [member?.institution, member?.country].filter(Boolean).join(' · ');

/** A menu entry, with the action's current words so "action 3" means something. */
export function targetLabel(t: TFunction, option: TargetOption): string {
  if (option.kind === 'new') return t(option.disabled ? 'consolidateUi.targets.full' : 'consolidateUi.targets.new');
  const target =
    option.kind === 'commitment'
      ? t(option.mode === 'replace' ? 'consolidateUi.targets.replaceCommitment' : 'consolidateUi.targets.appendCommitment')
      : t(option.mode === 'replace' ? 'consolidateUi.targets.replaceAction' : 'consolidateUi.targets.appendAction', { n: option.n });
  const words = preview(option.current);
  return words ? t('consolidateUi.targets.withText', { target, text: words }) : t('consolidateUi.targets.empty', { target });
}

export const takenLabel = (t: TFunction, taken: TakenInto) =>
  taken.kind === 'commitment' ? t('consolidateUi.taken.commitment') : t('consolidateUi.taken.action', { n: taken.n });
