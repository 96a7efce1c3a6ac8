import { LIMITS } from '../../../shared/domain/constants';
import type { GuideList } from '../../../shared/domain/guide-edit';
import type { MutationArgs } from '../../../shared/domain/mutations';
import type { PhaseKind } from '../../../shared/template/schema';
import { uuidv4 } from '../lib/random';

/** The fields a row of the guide can edit: the entry's text, an objective's label, a question's hint, a phase's day and minutes. */
export type FieldName = 'label' | 'text' | 'hint' | 'day' | 'minutes';
/** A row's fields as typed, all strings: numbers are parsed on save, '' clears an optional field. */
export type Draft = Partial<Record<FieldName, string>>;
export type EditChanges = Omit<MutationArgs<'guide.edit'>, 'list' | 'id'>;

export type Problem = { key: 'required' | 'tooLong'; max: number } | { key: 'range'; min: number; max: number };

const RANGES = { day: { min: 1, max: 14 }, minutes: { min: 1, max: 24 * 60 } } as const;

/** '' is "none" (null); anything but a whole number in the field's range is NaN. */
export function parseCount(field: 'day' | 'minutes', value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return Number.NaN;
  const n = Number(trimmed);
  const { min, max } = RANGES[field];
  return n >= min && n <= max ? n : Number.NaN;
}

/** Why a field's value would be refused, checked here so Save stays off instead of the server saying no. */
export function problemOf(field: FieldName, value: string): Problem | null {
  if (field === 'day' || field === 'minutes') {
    return Number.isNaN(parseCount(field, value)) ? { key: 'range', ...RANGES[field] } : null;
  }
  const max = field === 'label' ? LIMITS.guideLabel : LIMITS.guideText;
  const trimmed = value.trim();
  // The hint is the one text that may be emptied (it then goes away).
  if (trimmed === '' && field !== 'hint') return { key: 'required', max };
  return trimmed.length > max ? { key: 'tooLong', max } : null;
}

export function problems(draft: Draft): Partial<Record<FieldName, Problem>> {
  const out: Partial<Record<FieldName, Problem>> = {};
  for (const [field, value] of Object.entries(draft) as [FieldName, string][]) {
    const problem = problemOf(field, value);
    if (problem) out[field] = problem;
  }
  return out;
}

/**
 * What a save sends: only the fields that differ from the entry as shown. Sending an unchanged
 * text would still replace its translations, so whitespace-only edits count as unchanged.
 */
export function changedFields(base: Draft, draft: Draft): EditChanges {
  const out: EditChanges = {};
  for (const [field, value] of Object.entries(draft) as [FieldName, string][]) {
    const before = base[field] ?? '';
    if (field === 'day' || field === 'minutes') {
      const next = parseCount(field, value);
      if (next !== parseCount(field, before)) out[field === 'day' ? 'day' : 'plannedMinutes'] = next;
    } else if (value.trim() !== before.trim()) {
      out[field] = value.trim();
    }
  }
  return out;
}

/** A save is possible when something changed and every field is acceptable. */
export function canSave(base: Draft, draft: Draft): boolean {
  return Object.keys(problems(draft)).length === 0 && Object.keys(changedFields(base, draft)).length > 0;
}

/** Objectives and their groups carry a short label ("A", "f)"). */
export const hasLabel = (list: GuideList) => list === 'objective' || list === 'objectiveGroup';

/** A new entry's id, made on this device like every other client id (the template's id pattern allows it). */
export function newId(list: GuideList, uuid: () => string = uuidv4): string {
  return `${list}-${uuid().slice(0, 8)}`;
}

export interface AddValues {
  text: string;
  label?: string;
  kind?: PhaseKind;
}

/** The `guide.add` arguments for what the add form holds, or null while its text is empty. */
export function addArgs(list: GuideList, parentId: string | undefined, values: AddValues, id: string): MutationArgs<'guide.add'> | null {
  const text = values.text.trim();
  if (text === '') return null;
  const label = values.label?.trim();
  return {
    list,
    id,
    text,
    ...(parentId !== undefined && { parentId }),
    // An objective (or group) without a label gets the domain's default bullet.
    ...(hasLabel(list) && label && { label }),
    ...(list === 'phase' && { kind: values.kind ?? 'preliminary' }),
  };
}

/** A one-line name for a control's accessible label ("Subir «…»"): whitespace folded, long texts cut. */
export function shortName(text: string, max = 60): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1).trimEnd()}…` : folded;
}
