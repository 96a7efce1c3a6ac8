// The rest of day 1 in one group: objectives, guiding questions and good practices, profiles × needs and referral routes.
import { randomUUID } from 'node:crypto';
import type { AttributionMode } from '../../shared/domain/constants.js';
import { type GroupSeats, toPhase } from './seats.js';
import { CONSIDERATIONS, NEED_NOTES, OBJECTIVE_COMMENTS, PRACTICES, QUESTION_NOTES, STEP_INSTITUTIONS } from './texts/discussion.js';
import { inParallel } from './writer.js';

const NOTES_PER_QUESTION = 10;
const COMMENTS_PER_OBJECTIVE = 5;
const PRACTICES_PER_THEME = 2;
/** Groups differ in how they sign the guiding questions, so every attribution reaches the documents. */
const QUESTION_ATTRIBUTION: AttributionMode[] = ['name', 'institution', 'anonymous', 'institution'];

export async function buildObjectives(seats: GroupSeats): Promise<void> {
  const { random, participants, facilitator, room } = seats;
  await toPhase(seats, 'objectives');
  const objectives = room.state.template.objectives.groups.flatMap((g) => g.objectives.map((o) => o.id));
  await inParallel(
    participants.flatMap((p) =>
      objectives.map((objectiveId) => () => p.send('objective.rate', { objectiveId, relevance: random.pick([1, 2, 3, 3, 3]) })),
    ),
  );
  await inParallel(
    objectives.flatMap((targetId) =>
      random.sample(participants, COMMENTS_PER_OBJECTIVE).map(
        (p) => () =>
          p.send('contribution.add', {
            id: randomUUID(),
            target: 'objective',
            targetId,
            text: random.sentences(OBJECTIVE_COMMENTS, 2, 1000),
          }),
      ),
    ),
  );
  await inParallel(
    random.sample(objectives, 3).map((objectiveId) => () => facilitator.send('objective.highlight', { objectiveId, highlighted: true })),
  );
}

export async function buildQuestions(seats: GroupSeats): Promise<void> {
  const { random, participants, facilitator, rapporteur, room, people } = seats;
  await toPhase(seats, 'questions');
  const mode = QUESTION_ATTRIBUTION[seats.index % QUESTION_ATTRIBUTION.length];
  await facilitator.send('phase.setAttribution', { phaseId: 'questions', mode });
  const themes = room.state.template.questions.themes;
  const added: string[][] = [];
  const sends = themes.flatMap((theme) =>
    theme.sections.flatMap((section) =>
      section.questions.map((q) => {
        const ids = random.sample(participants, NOTES_PER_QUESTION).map((p) => ({ p, id: randomUUID() }));
        added.push(ids.map((x) => x.id));
        return ids.map(({ p, id }) => () => {
          const text = random.sentences(QUESTION_NOTES[theme.id] ?? QUESTION_NOTES.care!, random.int(2, 4), 1000);
          return p.send('contribution.add', { id, target: 'question', targetId: q.id, text });
        });
      }),
    ),
  );
  await inParallel(sends.flat());
  // The facilitator marks the key points of each question.
  await inParallel(
    added.flatMap((ids) => random.sample(ids, 3).map((id) => () => facilitator.send('contribution.markKey', { id, key: true }))),
  );
  // The rapporteur records the good practices presented per theme.
  await inParallel(
    themes.flatMap((theme) =>
      random.sample(PRACTICES, PRACTICES_PER_THEME).map((practice) => () => {
        const presenter = random.pick(people);
        return rapporteur.send('practice.add', {
          id: randomUUID(),
          themeId: theme.id,
          country: presenter.country,
          title: practice.title,
          summary: practice.summary,
          presenter: `${presenter.name} (${presenter.institution})`,
        });
      }),
    ),
  );
}

/** The whole grid of profiles × needs and every referral route, written by whoever holds the pen at each table. */
export async function buildProfiles(seats: GroupSeats): Promise<void> {
  const { random, participants, rapporteur, room } = seats;
  await toPhase(seats, 'profiles');
  const { profiles, needs, referralSteps } = room.state.template;
  const writer = () => (random.chance(0.5) ? rapporteur : random.pick(participants));
  await inParallel(
    profiles.flatMap((profile) =>
      needs.map(
        (need) => () =>
          writer().send('grid.setCell', {
            profileId: profile.id,
            needId: need.id,
            note: random.pick(NEED_NOTES[need.id] ?? ['Atención según el caso.']),
            priority: random.pick(['high', 'high', 'medium', 'low'] as const),
          }),
      ),
    ),
  );
  await inParallel(
    profiles.flatMap((profile) => [
      ...referralSteps.map(
        (step) => () =>
          writer().send('referral.setStep', {
            profileId: profile.id,
            stepId: step.id,
            institutions: random.pick(STEP_INSTITUTIONS[step.id] ?? ['Mesa interinstitucional de derivación.']),
          }),
      ),
      () => writer().send('referral.setConsiderations', { profileId: profile.id, text: random.sentences(CONSIDERATIONS, 3, 1000) }),
    ]),
  );
}
