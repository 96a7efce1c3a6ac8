import type { Language } from '../../../shared/domain/constants';
import { localize, type PhaseKind, type Template } from '../../../shared/template/schema';
import { type Draft, shortName } from './draft';

/** One row of a list editor: the entry as shown in the UI language. */
export interface Entry {
  id: string;
  /** A one-line name for the row's legend and its buttons' accessible names. */
  name: string;
  /** The editable fields as they stand: the base a row's draft is compared with. */
  values: Draft;
  /** Phases only: shown next to the title (a phase's kind is fixed once it exists). */
  kind?: PhaseKind;
}

const count = (n: number | undefined) => (n === undefined ? '' : String(n));

export function phaseEntries(t: Template, lang: Language): Entry[] {
  return t.phases.map((p) => {
    const title = localize(p.title, lang);
    return { id: p.id, name: shortName(title), values: { text: title, day: count(p.day), minutes: count(p.plannedMinutes) }, kind: p.kind };
  });
}

/** The objectives themselves (A, B…): a label and a title; their lettered items are listed per group. */
export function objectiveGroupEntries(t: Template, lang: Language): Entry[] {
  return t.objectives.groups.map((g) => {
    const title = localize(g.title, lang);
    return { id: g.id, name: shortName(`${g.label}. ${title}`), values: { label: g.label, text: title } };
  });
}

export function objectiveEntries(group: Template['objectives']['groups'][number], lang: Language): Entry[] {
  return group.objectives.map((o) => {
    const text = localize(o.text, lang);
    return { id: o.id, name: shortName(`${o.label} ${text}`), values: { label: o.label, text } };
  });
}

type Section = Template['questions']['themes'][number]['sections'][number];

export function questionEntries(section: Section, lang: Language): Entry[] {
  return section.questions.map((q) => {
    const text = localize(q.text, lang);
    return { id: q.id, name: shortName(text), values: { text, hint: localize(q.hint, lang) } };
  });
}

/** Profiles and needs: a label and nothing else. */
export function labelEntries(items: ReadonlyArray<Template['profiles'][number] | Template['needs'][number]>, lang: Language): Entry[] {
  return items.map((i) => {
    const label = localize(i.label, lang);
    return { id: i.id, name: shortName(label), values: { text: label } };
  });
}
