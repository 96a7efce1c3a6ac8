/**
 * The largest realistic workshop, built through the server's own commands and mutations, in
 * process: a plenary with 4 groups on the group 4 guide, 30 participants each plus facilitator
 * and rapporteur; every phase of every group filled; each group's final matrices sent to the
 * plenary, which comments on them and adopts, amends or defers every action.
 */
import { performance } from 'node:perf_hooks';
import type { Actor } from '../../shared/domain/state.js';
import { addGroup } from '../../server/commands/add-group.js';
import { authenticate } from '../../server/commands/authenticate.js';
import type { AppContext } from '../../server/commands/context.js';
import { createWorkshop } from '../../server/commands/create-workshop.js';
import { joinWorkshop, plenarySeat } from '../../server/commands/join-workshop.js';
import { sendToPlenary } from '../../server/commands/send-to-plenary.js';
import type { Room } from '../../server/rooms/room.js';
import { buildObjectives, buildProfiles, buildQuestions } from './day-one.js';
import { buildFinalMatrices, buildWorkingMatrices } from './day-two.js';
import { buildPestle } from './pestle-board.js';
import { buildPlenarySession } from './plenary-session.js';
import { Random } from './random.js';
import { type GroupSeats, toPhase } from './seats.js';
import { person } from './texts/people.js';
import { inParallel, Writer } from './writer.js';

/** Every group on the group 4 guide: the largest one, with two final matrices of five action slots each. */
const GROUP_TEMPLATE = 'crm-group4';
const PLENARY_TEMPLATE = 'working-group';
const GROUP_NAMES = [
  'Grupo 1 — Inteligencia e investigación',
  'Grupo 2 — Cooperación judicial',
  'Grupo 3 — Fronteras y documentos',
  'Grupo 4 — Prevención, soluciones migratorias y atención',
];

export interface BuildOptions {
  groups: number;
  participants: number;
}

export interface LargeWorkshop {
  plenary: { room: Room; facilitator: Actor };
  groups: Array<{ room: Room; facilitator: Actor }>;
  /** Wall-clock ms per stage of the build, in order. */
  stages: Array<{ stage: string; ms: number }>;
}

async function lead(ctx: AppContext, workshopId: string, token: string): Promise<Writer> {
  const { room, actor } = await authenticate(ctx, workshopId, token);
  return new Writer(room, actor);
}

export async function buildLargeWorkshop(ctx: AppContext, options: BuildOptions, log: (line: string) => void): Promise<LargeWorkshop> {
  const stages: LargeWorkshop['stages'] = [];
  const stage = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    stages.push({ stage: name, ms });
    log(`  ${name}: ${(ms / 1000).toFixed(1)} s`);
    return result;
  };

  const created = await createWorkshop(ctx, {
    templateId: PLENARY_TEMPLATE,
    title: 'Taller Regional — Plan de Trabajo contra el Tráfico Ilícito de Migrantes (San José, 2026)',
    language: 'es',
    kind: 'plenary',
  });
  const plenaryFacilitator = await lead(ctx, created.id, created.facilitatorToken);
  const plenaryRapporteur = await lead(ctx, created.id, created.rapporteurToken);
  const plenaryRoom = plenaryFacilitator.room;
  const plenaryParticipants: Writer[] = [];

  const groups: GroupSeats[] = await stage('groups and seats', async () => {
    const seated: GroupSeats[] = [];
    for (let index = 0; index < options.groups; index++) {
      const group = await addGroup(ctx, plenaryRoom, plenaryFacilitator.actor, {
        name: GROUP_NAMES[index % GROUP_NAMES.length] ?? `Grupo ${index + 1}`,
        templateId: GROUP_TEMPLATE,
      });
      const facilitator = await lead(ctx, group.id, group.facilitatorToken);
      const rapporteur = await lead(ctx, group.id, group.rapporteurToken);
      const people = Array.from({ length: options.participants }, (_, n) => person(index, n));
      const participants: Writer[] = new Array(people.length);
      await inParallel(
        people.map(({ name, institution, country, sector }, n) => async () => {
          const joined = await joinWorkshop(ctx, { joinCode: group.joinCode, name, institution, country, sector });
          participants[n] = new Writer(facilitator.room, { role: 'participant', memberId: joined.memberId });
          if (joined.plenary) plenaryParticipants.push(new Writer(plenaryRoom, { role: 'participant', memberId: joined.plenary.memberId }));
        }),
      );
      seated.push({ index, room: facilitator.room, facilitator, rapporteur, participants, people, random: new Random(1000 + index) });
    }
    return seated;
  });

  // The preliminary activity: the leads give their names, everyone completes their line of the roster.
  await stage('roster', () =>
    Promise.all(
      groups.map(async (g) => {
        const leads: Array<[Writer, number]> = [
          [g.facilitator, options.participants],
          [g.rapporteur, options.participants + 1],
        ];
        await inParallel([
          () => g.facilitator.send('phase.setNavigation', { mode: 'follow' }),
          ...leads.map(([w, n]) => () => {
            const { name, institution, country, sector, functions } = person(g.index, n);
            return w.send('member.update', { id: w.memberId, name, institution, country, sector, functions });
          }),
          ...g.participants.map((w, i) => () => w.send('member.update', { id: w.memberId, functions: g.people[i]?.functions ?? '' })),
        ]);
        // The leads take their seats in the plenary with the names they just gave.
        for (const [w] of leads) {
          const seat = await plenarySeat(ctx, g.room, w.actor);
          plenaryParticipants.push(new Writer(plenaryRoom, { role: 'participant', memberId: seat.memberId }));
        }
      }),
    ),
  );

  const eachGroup = (name: string, build: (g: GroupSeats) => Promise<unknown>) => stage(name, () => Promise.all(groups.map(build)));
  await eachGroup('PESTLE', buildPestle);
  await eachGroup('objectives', buildObjectives);
  await eachGroup('guiding questions and practices', buildQuestions);
  await eachGroup('profiles and referral routes', buildProfiles);
  await eachGroup('working and final matrices', async (g) => buildFinalMatrices(g, await buildWorkingMatrices(g)));
  await stage('sent to the plenary', async () => {
    for (const g of groups) {
      await sendToPlenary(ctx, g.room, g.facilitator.actor);
      await toPhase(g, 'plenary');
    }
  });
  await stage('plenary', () =>
    buildPlenarySession({
      room: plenaryRoom,
      facilitator: plenaryFacilitator,
      rapporteur: plenaryRapporteur,
      participants: plenaryParticipants,
      random: new Random(7),
    }),
  );
  // Snapshots are written a tick after a commit; let them finish so they do not land in a timed run.
  await Promise.all([plenaryRoom, ...groups.map((g) => g.room)].map((room) => room.snapshotsWritten()));
  return {
    plenary: { room: plenaryRoom, facilitator: plenaryFacilitator.actor },
    groups: groups.map((g) => ({ room: g.room, facilitator: g.facilitator.actor })),
    stages,
  };
}
