import { describe, expect, it } from 'vitest';
import { ids, workshopState } from '../../../shared/domain/fixtures.test-util';
import { decide, parseMutation } from '../../../shared/domain/mutations';
import { addArgs, canSave, changedFields, newId, parseCount, problemOf, problems, shortName } from './draft';

/** Whether the real domain accepts what the editor would send, as the facilitator. */
function accepted(name: string, args: unknown): true | string {
  const parsed = parseMutation(name, args);
  if (!parsed.ok) return parsed.code;
  const decided = decide(workshopState(), { role: 'facilitator', memberId: ids.facilitator }, parsed.mutation);
  return decided.ok ? true : decided.code;
}

describe('parseCount', () => {
  it('reads empty as none, whole numbers in range as themselves, anything else as NaN', () => {
    expect(parseCount('day', '')).toBeNull();
    expect(parseCount('day', '  ')).toBeNull();
    expect(parseCount('day', ' 3 ')).toBe(3);
    expect(parseCount('minutes', '1440')).toBe(1440);
    for (const bad of ['0', '15', '1.5', '-1', 'e', '2x']) expect(parseCount('day', bad)).toBeNaN();
    expect(parseCount('minutes', '1441')).toBeNaN();
  });
});

describe('problemOf', () => {
  it('requires the text and the label but not the hint', () => {
    expect(problemOf('text', '  ')).toEqual({ key: 'required', max: 2000 });
    expect(problemOf('label', '')).toEqual({ key: 'required', max: 8 });
    expect(problemOf('hint', '')).toBeNull();
  });

  it('keeps the limits and ranges the server checks', () => {
    expect(problemOf('label', 'abcdefghi')).toEqual({ key: 'tooLong', max: 8 });
    expect(problemOf('text', 'x'.repeat(2001))).toEqual({ key: 'tooLong', max: 2000 });
    expect(problemOf('day', '15')).toEqual({ key: 'range', min: 1, max: 14 });
    expect(problemOf('minutes', '')).toBeNull();
  });

  it('collects the problems of a whole draft', () => {
    expect(problems({ text: 'ok', day: '0', hint: '' })).toEqual({ day: { key: 'range', min: 1, max: 14 } });
  });
});

describe('changedFields', () => {
  const base = { text: 'Objetivos', day: '1', minutes: '45' };

  it('sends only what differs, numbers as numbers and emptied numbers as null', () => {
    expect(changedFields(base, { text: 'Objetivos', day: '2', minutes: '' })).toEqual({ day: 2, plannedMinutes: null });
  });

  it('treats whitespace-only edits as unchanged (a resend would drop the translations)', () => {
    expect(changedFields(base, { text: '  Objetivos ' })).toEqual({});
    expect(changedFields({ minutes: '45' }, { minutes: '045' })).toEqual({});
  });

  it('trims the texts it sends and lets the hint be emptied', () => {
    expect(changedFields({ text: 'a', hint: 'b' }, { text: ' c ', hint: '' })).toEqual({ text: 'c', hint: '' });
  });

  it('says nothing about fields the draft does not hold', () => {
    expect(changedFields(base, {})).toEqual({});
  });
});

describe('canSave', () => {
  it('needs a change and no problem', () => {
    expect(canSave({ text: 'a' }, { text: 'a' })).toBe(false);
    expect(canSave({ text: 'a' }, { text: '' })).toBe(false);
    expect(canSave({ text: 'a', day: '' }, { day: '20' })).toBe(false);
    expect(canSave({ text: 'a', day: '' }, { day: '2' })).toBe(true);
  });
});

describe('newId', () => {
  it('prefixes the list to the first eight characters of a UUID, which the id pattern allows', () => {
    const id = newId('objective', () => '0f3a9c1e-2b4d-4e5f-8a6b-7c8d9e0f1a2b');
    expect(id).toBe('objective-0f3a9c1e');
    expect(id).toMatch(/^[a-z0-9][a-z0-9._-]*$/i);
    expect(newId('need')).toMatch(/^need-[0-9a-f]{8}$/);
  });
});

describe('addArgs', () => {
  it('is null while the text is empty', () => {
    expect(addArgs('need', undefined, { text: '  ' }, 'need-1')).toBeNull();
  });

  it('gives phases their kind, objectives their group and label, and nothing extra to the others', () => {
    expect(addArgs('phase', undefined, { text: ' Pausa ', label: 'x', kind: 'plenary' }, 'phase-1')).toEqual({
      list: 'phase',
      id: 'phase-1',
      text: 'Pausa',
      kind: 'plenary',
    });
    expect(addArgs('objective', 'A', { text: 'Nuevo', label: ' f) ' }, 'o-1')).toEqual({
      list: 'objective',
      id: 'o-1',
      parentId: 'A',
      text: 'Nuevo',
      label: 'f)',
    });
    expect(addArgs('objective', 'A', { text: 'Nuevo', label: '' }, 'o-1')).not.toHaveProperty('label');
    expect(addArgs('profile', undefined, { text: 'P', kind: 'pestle' }, 'p-1')).toEqual({ list: 'profile', id: 'p-1', text: 'P' });
  });

  it('builds what the domain accepts for every list', () => {
    const cases = [
      addArgs('phase', undefined, { text: 'Pausa café', kind: 'preliminary' }, newId('phase')),
      addArgs('objective', 'B', { text: 'Nuevo objetivo', label: 'f)' }, newId('objective')),
      addArgs('objective', 'B', { text: 'Sin etiqueta' }, newId('objective')),
      addArgs('question', 'care.profiles', { text: '¿Y las rutas?' }, newId('question')),
      addArgs('profile', undefined, { text: 'Mujeres embarazadas' }, newId('profile')),
      addArgs('need', undefined, { text: 'Agua' }, newId('need')),
    ];
    for (const args of cases) expect(accepted('guide.add', args)).toBe(true);
  });
});

describe('edits the domain accepts', () => {
  it('for a phase’s title, day and minutes, and a question’s emptied hint', () => {
    const phase = changedFields({ text: 'Objetivos', day: '1', minutes: '45' }, { text: 'Objetivos y acciones', day: '', minutes: '60' });
    expect(accepted('guide.edit', { list: 'phase', id: 'objectives', ...phase })).toBe(true);
    const question = changedFields({ hint: 'algo' }, { hint: ' ' });
    expect(accepted('guide.edit', { list: 'question', id: 'care.profiles.needs', ...question })).toBe(true);
  });
});

describe('shortName', () => {
  it('folds whitespace and cuts long texts with an ellipsis', () => {
    expect(shortName('  a\n b  ')).toBe('a b');
    expect(shortName('abcdefghij', 6)).toBe('abcde…');
    expect(shortName('abcdef', 6)).toBe('abcdef');
  });
});
