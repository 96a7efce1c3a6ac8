import { describe, expect, it } from 'vitest';
import { accepted, ids, runMutation, uuid, workshopState } from './fixtures.test-util.js';
import type { Actor } from './state.js';

const fac: Actor = { role: 'facilitator', memberId: ids.facilitator };
const ana: Actor = { role: 'participant', memberId: ids.ana };

describe('prepare mode: the guide as mutations', () => {
  it('edits the agenda: title, planned minutes, day, order, a new phase and a removed one', () => {
    let s = accepted(
      runMutation(workshopState(), fac, 'guide.edit', {
        list: 'phase',
        id: 'objectives',
        text: 'Objetivos y acciones',
        plannedMinutes: 60,
      }),
    );
    const objectives = s.template.phases.find((p) => p.id === 'objectives');
    expect(objectives?.title).toEqual({ es: 'Objetivos y acciones', en: 'Objetivos y acciones', fr: 'Objetivos y acciones' });
    expect(objectives?.plannedMinutes).toBe(60);
    s = accepted(runMutation(s, fac, 'guide.edit', { list: 'phase', id: 'objectives', plannedMinutes: null, day: 2 }));
    expect(s.template.phases.find((p) => p.id === 'objectives')).toMatchObject({ plannedMinutes: undefined, day: 2 });
    s = accepted(runMutation(s, fac, 'guide.add', { list: 'phase', id: 'break-1', kind: 'preliminary', text: 'Pausa café' }));
    s = accepted(runMutation(s, fac, 'guide.move', { list: 'phase', id: 'break-1', toIndex: 2 }));
    expect(s.template.phases.map((p) => p.id).slice(0, 4)).toEqual(['preliminary', 'pestle', 'break-1', 'objectives']);
    s = accepted(runMutation(s, fac, 'guide.remove', { list: 'phase', id: 'break-1' }));
    expect(s.template.phases.some((p) => p.id === 'break-1')).toBe(false);
  });

  it('adds, rewords, reorders and removes objectives, questions, profiles and needs', () => {
    let s = accepted(
      runMutation(workshopState(), fac, 'guide.add', {
        list: 'objective',
        id: 'B.f',
        parentId: 'B',
        label: 'f)',
        text: 'Nuevo objetivo de la sala',
      }),
    );
    expect(s.template.objectives.groups[1]?.objectives.at(-1)).toMatchObject({ id: 'B.f', label: 'f)', sourceIds: [] });
    s = accepted(runMutation(s, fac, 'guide.move', { list: 'objective', id: 'B.f', toIndex: 0 }));
    expect(s.template.objectives.groups[1]?.objectives[0]?.id).toBe('B.f');
    s = accepted(
      runMutation(s, fac, 'guide.add', { list: 'question', id: 'care.profiles.extra', parentId: 'care.profiles', text: '¿Y las rutas?' }),
    );
    s = accepted(runMutation(s, fac, 'guide.edit', { list: 'question', id: 'care.profiles.extra', hint: 'Pensar en NNA' }));
    expect(s.template.questions.themes[0]?.sections[0]?.questions.at(-1)?.hint?.es).toBe('Pensar en NNA');
    s = accepted(runMutation(s, fac, 'guide.edit', { list: 'need', id: 'food', text: 'Alimentación y agua' }));
    expect(s.template.needs.find((n) => n.id === 'food')?.label.es).toBe('Alimentación y agua');
    s = accepted(runMutation(s, fac, 'guide.add', { list: 'profile', id: 'pregnant-women', text: 'Mujeres embarazadas' }));
    s = accepted(runMutation(s, fac, 'guide.remove', { list: 'need', id: 'food' }));
    expect(s.template.needs.some((n) => n.id === 'food')).toBe(false);
    expect(s.template.profiles.at(-1)?.id).toBe('pregnant-women');
  });

  it('adds, retitles, reorders and removes objective groups (the objectives A, B…)', () => {
    let s = accepted(
      runMutation(workshopState(), fac, 'guide.edit', { list: 'objectiveGroup', id: 'A', text: 'Soluciones migratorias', label: 'A' }),
    );
    expect(s.template.objectives.groups[0]?.title.en).toBe('Soluciones migratorias');
    s = accepted(runMutation(s, fac, 'guide.add', { list: 'objectiveGroup', id: 'C', label: 'C', text: 'Prevención' }));
    s = accepted(
      runMutation(s, fac, 'guide.add', { list: 'objective', id: 'C.a', parentId: 'C', label: 'a)', text: 'Campañas de información' }),
    );
    s = accepted(runMutation(s, fac, 'guide.move', { list: 'objectiveGroup', id: 'C', toIndex: 0 }));
    expect(s.template.objectives.groups.map((g) => g.id)).toEqual(['C', 'A', 'B']);
    const rated = accepted(runMutation(s, ana, 'objective.rate', { objectiveId: 'C.a', relevance: 3 }));
    expect(runMutation(rated, fac, 'guide.remove', { list: 'objectiveGroup', id: 'C' })).toBe('in_use');
    s = accepted(runMutation(s, fac, 'guide.remove', { list: 'objectiveGroup', id: 'C' }));
    expect(s.template.objectives.groups.map((g) => g.id)).toEqual(['A', 'B']);
  });

  it('is the facilitator’s alone', () => {
    expect(runMutation(workshopState(), ana, 'guide.edit', { list: 'need', id: 'food', text: 'x' })).toBe('forbidden');
  });

  it('refuses what would lose the room’s work or break the guide, and changes nothing', () => {
    const s = workshopState();
    const commented = accepted(runMutation(s, ana, 'contribution.add', { id: uuid(1), target: 'objective', targetId: 'A.a', text: 'c' }));
    expect(runMutation(commented, fac, 'guide.remove', { list: 'objective', id: 'A.a' })).toBe('in_use');
    expect(runMutation(s, fac, 'guide.remove', { list: 'phase', id: 'preliminary' })).toBe('in_use'); // the room is there
    expect(runMutation(s, fac, 'guide.remove', { list: 'phase', id: 'pestle' })).toBe('invalid_args'); // a guide needs its PESTLE
    expect(runMutation(s, fac, 'guide.add', { list: 'need', id: 'food', text: 'x' })).toBe('duplicate_id');
    expect(runMutation(s, fac, 'guide.add', { list: 'phase', id: 'p9', text: 'x' })).toBe('invalid_args'); // no kind
    expect(runMutation(s, fac, 'guide.add', { list: 'question', id: 'q9', text: 'x' })).toBe('invalid_args'); // no section
    expect(runMutation(s, fac, 'guide.add', { list: 'question', id: 'q9', parentId: 'nowhere', text: 'x' })).toBe('target_missing');
    expect(runMutation(s, fac, 'guide.edit', { list: 'need', id: 'nope', text: 'x' })).toBe('target_missing');
    expect(runMutation(s, fac, 'guide.edit', { list: 'need', id: 'food' })).toBe('invalid_args');
    expect(runMutation(s, fac, 'guide.edit', { list: 'objective', id: 'A.a', text: 'x'.repeat(2001) })).toBe('too_long');
    expect(runMutation(s, fac, 'guide.add', { list: 'need', id: 'bad id!', text: 'x' })).toBe('invalid_args');
  });
});
