import { describe, expect, it } from 'vitest';
import { group4Template } from '../../../shared/domain/fixtures.test-util';
import { labelEntries, objectiveEntries, phaseEntries, questionEntries } from './entries';

const t = group4Template();

describe('entries', () => {
  it('shows phases with their title, day and minutes as typed strings, and their kind', () => {
    const objectives = phaseEntries(t, 'es').find((e) => e.id === 'objectives');
    expect(objectives).toMatchObject({ kind: 'objectives', values: { day: '1', minutes: '45' } });
    expect(objectives?.values.text).toBe(objectives?.name);
  });

  it('writes an absent day or duration as an empty field', () => {
    const phases = phaseEntries({ ...t, phases: [{ ...t.phases[0]!, day: undefined, plannedMinutes: undefined }] }, 'es');
    expect(phases[0]?.values).toMatchObject({ day: '', minutes: '' });
  });

  it('names objectives by label and text, in the UI language', () => {
    const group = t.objectives.groups[0]!;
    const [first] = objectiveEntries(group, 'en');
    expect(first?.values).toEqual({ label: group.objectives[0]?.label, text: group.objectives[0]?.text.en });
    expect(first?.name.startsWith(`${group.objectives[0]?.label} `)).toBe(true);
    expect(first?.name.length).toBeLessThanOrEqual(60);
  });

  it('gives questions an empty hint when they have none, and profiles and needs their label as text', () => {
    const section = { id: 's', intro: [], questions: [{ id: 'q', text: { es: 'P', en: 'Q' } }] };
    expect(questionEntries(section, 'fr')[0]?.values).toEqual({ text: 'P', hint: '' });
    expect(labelEntries(t.needs, 'es')[0]?.values.text).toBe(t.needs[0]?.label.es);
  });
});
